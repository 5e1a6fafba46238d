// Python and Go programs that cannot run say why in one line (a UserError: exit 2), never a stack
// trace, never a hang: a runtime we cannot run, no interpreter or toolchain, a virtualenv that does
// not exist, no `pulumi` package, a program that raises (the program's own frame: file, line,
// message), a Go build error (the compiler's first error), a prebuilt binary that is not there.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProgramSnapshot } from "../../cli/check/program";
import { firstBuildError } from "../../cli/check/program/languages/go";
import { cli } from "../runner/helpers";
import {
  FIXTURE_VENV,
  goMissing,
  POLYGLOT,
  pythonMissing,
  rejectsWithUserError,
  skipIf,
  tempProgram,
  withPath,
} from "./helpers";

/** An empty folder to stand for a PATH on which nothing is installed. */
const emptyDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-empty-path-"));

const pythonProject = (options: string, main: string, extra: Record<string, string> = {}): string =>
  tempProgram({
    "Pulumi.yaml": `name: py\nruntime:\n  name: python\n  options:\n${options}`,
    "__main__.py": main,
    ...extra,
  });

describe("polyglot: runtimes that cannot run offline", function () {
  for (const runtime of ["dotnet", "java", "yaml"]) {
    it(`${runtime}: one line naming the supported runtimes and the preview-file route (exit 2)`, async function () {
      const dir = tempProgram({ "Pulumi.yaml": `name: other\nruntime: ${runtime}\n` });
      const result = await cli("check", "--program", dir);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, "");
      assert.match(
        result.stderr.trim(),
        new RegExp(
          `runtime "${runtime}"; sovereignty check runs nodejs, python and go programs offline — .*pulumi preview --json --show-sames > preview.json.*sovereignty check --preview preview.json`,
        ),
      );
      assert.equal(result.stderr.trim().split("\n").length, 1);
    });
  }
});

describe("polyglot: Python programs that cannot run", function () {
  this.timeout(120_000);

  it("no interpreter on PATH (no virtualenv set)", async function () {
    const dir = pythonProject("    toolchain: pip\n", "import pulumi\n");
    await withPath([emptyDir()], () =>
      rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /no Python interpreter: none of python3, python is on PATH/,
      ),
    );
  });

  it("a virtualenv that does not exist, with the commands that create it", async function () {
    const dir = pythonProject("    virtualenv: venv\n", "import pulumi\n");
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /the python virtualenv "venv" \(\S+\/venv\) does not exist: create it \(python3 -m venv .*pip install -r requirements.txt\)/,
    );
  });

  for (const toolchain of ["uv", "poetry"]) {
    it(`toolchain ${toolchain} without ${toolchain} on PATH`, async function () {
      const dir = pythonProject(`    toolchain: ${toolchain}\n`, "import pulumi\n");
      await withPath([emptyDir()], () =>
        rejectsWithUserError(
          loadProgramSnapshot({ dir, stack: "dev" }),
          new RegExp(`sets toolchain: ${toolchain}, but ${toolchain} is not on PATH`),
        ),
      );
    });
  }

  it("an unknown toolchain", async function () {
    const dir = pythonProject("    toolchain: conda\n", "import pulumi\n");
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /unsupported python toolchain "conda"/,
    );
  });

  it("a virtualenv without the pulumi package", async function () {
    const python = spawnSync("python3", ["--version"]).status === 0;
    skipIf(this, python ? undefined : "no python3 on PATH to create a bare virtualenv");
    const dir = pythonProject("    virtualenv: bare\n", "import pulumi\n");
    const created = spawnSync("python3", ["-m", "venv", "--without-pip", path.join(dir, "bare")]);
    assert.equal(created.status, 0, String(created.stderr));
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /the pulumi package is not installed for .*bare\/bin\/python .*pip install -r requirements.txt/,
    );
  });

  describe("with the pulumi package installed", function () {
    before(async function () {
      skipIf(this, await pythonMissing());
    });
    const withVenv = `    virtualenv: ${FIXTURE_VENV}\n`;

    it("a program that raises: its own last frame, file and line, and the exception", async function () {
      const dir = pythonProject(withVenv, "import pulumi\n\nbuckets = {}\nbuckets['missing'].upper()\n");
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /: the program raised \/\S+\/__main__\.py:4: KeyError: 'missing'$/,
      );
    });

    it("an error raised inside the SDK points at the program's line that called it", async function () {
      const dir = pythonProject(
        withVenv,
        "import pulumi\nconfig = pulumi.Config()\n\nconfig.require('zone')\n",
      );
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the program raised \/\S+\/__main__\.py:4: Missing required configuration variable 'py:zone'/,
      );
    });

    it("an error in a module of the program names that module", async function () {
      const dir = pythonProject(withVenv, "import pulumi\nimport helpers\n\nhelpers.build()\n", {
        "helpers.py": "def build():\n    raise ValueError('no region for the helpdesk bucket')\n",
      });
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the program raised \/\S+\/helpers\.py:2: ValueError: no region for the helpdesk bucket/,
      );
    });

    it("pulumi.RunError: its message without the class name, and where", async function () {
      const dir = pythonProject(
        withVenv,
        "import pulumi\nraise pulumi.RunError('stack config zone is not set')\n",
      );
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the program raised \/\S+\/__main__\.py:2: stack config zone is not set$/,
      );
    });

    it("a program that stops making progress ends within seconds, saying so", async function () {
      const dir = pythonProject(withVenv, "import time\nimport pulumi\n\ntime.sleep(600)\n");
      const started = Date.now();
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev", stallMs: 2000 }),
        /the program stopped making progress: idle for \d+ s/,
      );
      assert.ok(Date.now() - started < 30_000);
    });

    it("main naming a folder without __main__.py", async function () {
      const dir = pythonProject(withVenv, "", { "src/other.py": "" });
      fs.appendFileSync(path.join(dir, "Pulumi.yaml"), "main: src\n");
      await rejectsWithUserError(loadProgramSnapshot({ dir, stack: "dev" }), /no __main__\.py in .*src/);
    });
  });
});

describe("polyglot: Go programs that cannot run", function () {
  this.timeout(300_000);
  const goProject = (main: string, pulumiYaml = "name: gp\nruntime: go\n"): string =>
    tempProgram({
      "Pulumi.yaml": pulumiYaml,
      "main.go": main,
      // The fixtures' module files: the same pinned SDK, already in the module cache after setup.
      "go.mod": fs.readFileSync(path.join(POLYGLOT, "go", "go.mod"), "utf8"),
      "go.sum": fs.readFileSync(path.join(POLYGLOT, "go", "go.sum"), "utf8"),
    });
  const program = (body: string): string =>
    `package main\n\nimport "github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n\nfunc main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n${body}\n\t})\n}\n`;

  it("no go on PATH", async function () {
    const dir = goProject(program("\t\treturn nil"));
    await withPath([emptyDir()], () =>
      rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the Go toolchain is not installed \(no go on PATH\)/,
      ),
    );
  });

  it("a prebuilt binary that does not exist", async function () {
    const dir = goProject(
      program("\t\treturn nil"),
      "name: gp\nruntime:\n  name: go\n  options:\n    binary: bin/helpdesk\n",
    );
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /sets runtime.options.binary "bin\/helpdesk", but there is no such executable .*go build -o bin\/helpdesk/,
    );
  });

  describe("with the Go toolchain", function () {
    before(async function () {
      skipIf(this, await goMissing());
    });

    it("a build error: the compiler's first error, file:line:col", async function () {
      const dir = goProject(program("\t\tvar region string = notDeclared\n\t\t_ = region\n\t\treturn nil"));
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /go build failed in .*: \.\/main\.go:7:23: undefined: notDeclared$/,
      );
    });

    it("a program whose run function returns an error: that error", async function () {
      const dir = goProject(
        program('\t\treturn fmt.Errorf("no region for the helpdesk bucket")').replace(
          'import "github.com/pulumi/pulumi/sdk/v3/go/pulumi"',
          'import (\n\t"fmt"\n\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n)',
        ),
      );
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the program failed: no region for the helpdesk bucket$/,
      );
    });

    it("a program that panics: the panic and the program's frame", async function () {
      const dir = goProject(
        program('\t\tvar zones map[string]string\n\t\tzones["eu"] = "frankfurt"\n\t\treturn nil'),
      );
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev" }),
        /the program panicked at \/\S+\/main\.go:8: panic: assignment to entry in nil map/,
      );
    });

    it("a program that stops making progress ends within seconds, saying so", async function () {
      const dir = goProject(program("\t\tselect {}"));
      await rejectsWithUserError(
        loadProgramSnapshot({ dir, stack: "dev", stallMs: 2000 }),
        /the program stopped making progress: idle for \d+ s/,
      );
    });

    it("runs a prebuilt binary (runtime.options.binary) with the language host's environment", async function () {
      const twin = path.join(POLYGLOT, "go", "twin");
      const bin = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-go-bin-")), "twin");
      const built = spawnSync("go", ["build", "-o", bin, "."], { cwd: twin, encoding: "utf8" });
      assert.equal(built.status, 0, built.stderr);
      const dir = tempProgram({
        "Pulumi.yaml": `name: twin\nruntime:\n  name: go\n  options:\n    binary: ${bin}\n`,
        "Pulumi.dev.yaml": fs.readFileSync(path.join(twin, "Pulumi.dev.yaml"), "utf8"),
      });
      const snapshot = await loadProgramSnapshot({ dir, stack: "dev" });
      assert.deepEqual(snapshot.resources.map((r) => r.name).sort(), [
        "exports",
        "records",
        "records-key",
        "records-sse",
        "scratch",
        "twin-dev",
        "vault",
        "vault-bucket",
        "virginia",
      ]);
    });
  });
});

describe("polyglot: the compiler's first error", function () {
  it("is the first file:line:col line, without the package header", function () {
    const stderr =
      "# sovereignty.test/x\n./main.go:7:23: undefined: notDeclared\n./main.go:9:2: declared and not used: y\n";
    assert.equal(firstBuildError(stderr), "./main.go:7:23: undefined: notDeclared");
  });

  it("is a module error when nothing compiled", function () {
    const stderr =
      "main.go:3:8: no required module provides package github.com/pulumi/pulumi/sdk/v3/go/pulumi; to add it:\n\tgo get github.com/pulumi/pulumi/sdk/v3/go/pulumi\n";
    assert.match(
      firstBuildError(stderr),
      /^main\.go:3:8: no required module provides package github\.com\/pulumi/,
    );
    assert.equal(
      firstBuildError("go: cannot find main module, but found .git/config\n"),
      "cannot find main module, but found .git/config",
    );
  });
});
