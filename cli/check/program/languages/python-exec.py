# sovereignty check's exec shim for Pulumi Python programs, run with the program's own interpreter.
#
# Modelled on Pulumi's own shim, pulumi/pulumi sdk/python/cmd/pulumi-language-python-exec (v3.248):
# the same arguments (--monitor --engine --project --root_directory --stack --pwd --dry_run
# --parallel --organization PROGRAM), config from PULUMI_CONFIG / PULUMI_CONFIG_SECRET_KEYS through
# pulumi.runtime.set_all_config, pulumi.runtime.configure(Settings(...)) with the keyword arguments
# the installed SDK accepts, then runpy.run_path(PROGRAM) inside pulumi.runtime.run_in_stack on a
# fresh event loop. What differs: instead of only logging a failure to the engine, it also writes
# it as JSON to the file named by SOVEREIGNTY_RESULT_FILE — the SDK version it found, or why it
# stopped (no `pulumi` package; the program raised: the innermost frame of the program's own code,
# its line and the exception) — so the runner can say so in one line.

import argparse
import asyncio
import inspect
import json
import logging
import os
import runpy
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor

RESULT_FILE = os.environ.get("SOVEREIGNTY_RESULT_FILE")


def write_result(result):
    if RESULT_FILE:
        with open(RESULT_FILE, "w", encoding="utf-8") as f:
            json.dump(result, f)


try:
    import pulumi
    import pulumi.runtime
except ImportError as error:
    write_result(
        {
            "error": {
                "kind": "sdk-missing",
                "message": "cannot import the pulumi package (%s) with %s" % (error, sys.executable),
            }
        }
    )
    sys.exit(1)


def sdk_version():
    try:
        from pulumi._version import _VERSION  # present in 3.x releases

        return str(_VERSION)
    except Exception:  # noqa: BLE001 - an unknown layout is not an error
        try:
            from importlib.metadata import version

            return version("pulumi")
        except Exception:  # noqa: BLE001
            return "unknown"


def program_frame(tb, program_dir):
    """The innermost traceback frame in the program's own files (not an installed package), else the last one."""
    frames = traceback.extract_tb(tb)
    root = os.path.abspath(program_dir) + os.sep
    own = [
        f
        for f in frames
        if os.path.abspath(f.filename).startswith(root)
        and "site-packages" not in f.filename
        and os.sep + "venv" not in f.filename
    ]
    chosen = (own or frames or [None])[-1]
    if chosen is None:
        return None
    return {"file": os.path.abspath(chosen.filename), "line": chosen.lineno}


def describe(error):
    text = str(error).strip().splitlines()
    first = text[0] if text else ""
    name = type(error).__name__
    return "%s: %s" % (name, first) if first else name


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Execute a Pulumi Python program")
    ap.add_argument("--project")
    ap.add_argument("--root_directory")
    ap.add_argument("--stack")
    ap.add_argument("--parallel")
    ap.add_argument("--dry_run")
    ap.add_argument("--pwd")
    ap.add_argument("--monitor")
    ap.add_argument("--engine")
    ap.add_argument("--tracing")
    ap.add_argument("--organization")
    ap.add_argument("PROGRAM")
    ap.add_argument("ARGS", nargs="*")
    args = ap.parse_args()

    version = sdk_version()
    write_result({"sdkVersion": version})

    config_env = pulumi.runtime.get_config_env()
    if hasattr(pulumi.runtime, "get_config_secret_keys_env") and hasattr(pulumi.runtime, "set_all_config"):
        pulumi.runtime.set_all_config(config_env, pulumi.runtime.get_config_secret_keys_env())
    else:
        for k, v in config_env.items():
            pulumi.runtime.set_config(k, v)

    settings_kwargs = {
        "monitor": args.monitor,
        "engine": args.engine,
        "project": args.project,
        "stack": args.stack,
        "parallel": int(args.parallel),
        "dry_run": args.dry_run == "true",
        "organization": args.organization,
        "root_directory": args.root_directory,
    }
    try:
        settings = pulumi.runtime.Settings(**settings_kwargs)
    except TypeError:
        # Older SDKs lack organization / root_directory: pass what this one accepts, as upstream does.
        accepted = inspect.signature(pulumi.runtime.Settings.__init__).parameters
        settings = pulumi.runtime.Settings(**{k: v for k, v in settings_kwargs.items() if k in accepted})
    pulumi.runtime.configure(settings)

    sys.argv = [args.PROGRAM] + args.ARGS
    if args.pwd is not None:
        os.chdir(args.pwd)
    program_dir = os.path.dirname(os.path.abspath(args.PROGRAM)) if args.PROGRAM.endswith(".py") else os.path.abspath(args.PROGRAM)
    if not os.path.exists(args.PROGRAM if args.PROGRAM.endswith(".py") else os.path.join(args.PROGRAM, "__main__.py")):
        write_result(
            {
                "sdkVersion": version,
                "error": {
                    "kind": "program-missing",
                    "message": "no __main__.py in %s" % os.path.abspath(args.PROGRAM),
                },
            }
        )
        sys.exit(1)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    executor = None
    if settings.parallel is not None:
        executor = ThreadPoolExecutor(max_workers=max(settings.parallel, 1) * 4)
        loop.set_default_executor(executor)
    # As upstream: asyncio's complaints about futures left unobserved after a failure are noise.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)

    exit_code = 1
    try:
        coro = pulumi.runtime.run_in_stack(lambda: runpy.run_path(args.PROGRAM, run_name="__main__"))
        loop.run_until_complete(coro)
        exit_code = 0
    except pulumi.RunError as e:
        # A user-facing error (ConfigMissingError is one): its message, without the class name.
        error = {"kind": "program-error", "message": str(e).strip()}
        error.update(program_frame(e.__traceback__, program_dir) or {})
        write_result({"sdkVersion": version, "error": error})
        pulumi.log.error(str(e))
    except Exception as e:  # noqa: BLE001 - any failure of the program is reported, never raised
        error = {"kind": "program-error", "message": describe(e)}
        frame = program_frame(e.__traceback__, program_dir)
        if frame is not None:
            error.update(frame)
        write_result({"sdkVersion": version, "error": error})
        pulumi.log.error("Program failed with an unhandled exception:\n" + traceback.format_exc())
        # The whole traceback also goes to stderr, which `sovereignty check --verbose` shows.
        traceback.print_exc()
    finally:
        if executor is not None:
            executor.shutdown(wait=True)
        loop.close()
        sys.stdout.flush()
        sys.stderr.flush()

    sys.exit(exit_code)
