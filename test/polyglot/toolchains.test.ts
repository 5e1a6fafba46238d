// How the runner finds a Python program's interpreter and a Go program's build, option by option,
// as pulumi-language-python (toolchain pip | uv | poetry, virtualenv, main) and pulumi-language-go
// (buildTarget) read them. uv and poetry are stood in for by small scripts on PATH: what matters
// here is which virtualenv the runner picks, not the tools themselves.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProgramSnapshot } from "../../cli/check/program";
import { FIXTURE_VENV, goMissing, POLYGLOT, pythonMissing, skipIf, tempProgram, withPath } from "./helpers";

const MAIN = "import pulumi\npulumi.CustomResource('aws:s3/bucket:Bucket', 'found', {})\n";

/** A folder holding an executable `name` that prints `output` (a stand-in for uv or poetry). */
function fakeTool(name: string, output: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sovereignty-fake-${name}-`));
  fs.writeFileSync(path.join(dir, name), `#!/bin/sh\necho '${output}'\n`, { mode: 0o755 });
  return dir;
}

const names = (resources: readonly { name: string }[]): string[] => resources.map((r) => r.name).sort();

describe("polyglot: finding a Python program's interpreter", function () {
  this.timeout(120_000);
  before(async function () {
    skipIf(this, await pythonMissing());
  });

  it("toolchain uv: the .venv next to pyproject.toml, found from the project up", async function () {
    const root = tempProgram({ "pyproject.toml": "[project]\nname = 'infra'\n" });
    fs.symlinkSync(FIXTURE_VENV, path.join(root, ".venv"));
    const dir = path.join(root, "infra");
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, "Pulumi.yaml"),
      "name: py\nruntime:\n  name: python\n  options:\n    toolchain: uv\n",
    );
    fs.writeFileSync(path.join(dir, "__main__.py"), MAIN);
    const uv = fakeTool("uv", "uv 0.5.0");
    const snapshot = await withPath([uv, ...(process.env["PATH"] ?? "").split(path.delimiter)], () =>
      loadProgramSnapshot({ dir, stack: "dev" }),
    );
    assert.deepEqual(names(snapshot.resources), ["found", "py-dev"]);
  });

  it("toolchain poetry: the virtualenv `poetry env info --path` names", async function () {
    const dir = tempProgram({
      "Pulumi.yaml": "name: py\nruntime:\n  name: python\n  options:\n    toolchain: poetry\n",
      "__main__.py": MAIN,
    });
    const poetry = fakeTool("poetry", FIXTURE_VENV);
    const snapshot = await withPath([poetry, ...(process.env["PATH"] ?? "").split(path.delimiter)], () =>
      loadProgramSnapshot({ dir, stack: "dev" }),
    );
    assert.deepEqual(names(snapshot.resources), ["found", "py-dev"]);
  });

  it("main naming a file: runs it from its own folder", async function () {
    const dir = tempProgram({
      "Pulumi.yaml": `name: py\nmain: src/app.py\nruntime:\n  name: python\n  options:\n    virtualenv: ${FIXTURE_VENV}\n`,
      "src/app.py":
        "import os, pulumi\npulumi.CustomResource('aws:s3/bucket:Bucket', os.path.basename(os.getcwd()), {})\n",
    });
    const snapshot = await loadProgramSnapshot({ dir, stack: "dev" });
    assert.deepEqual(names(snapshot.resources), ["py-dev", "src"]);
  });
});

describe("polyglot: building a Go program", function () {
  this.timeout(300_000);
  before(async function () {
    skipIf(this, await goMissing());
  });

  it("buildTarget: builds to that path (relative to the program) and keeps it", async function () {
    const twin = path.join(POLYGLOT, "go", "twin");
    const dir = tempProgram({
      "Pulumi.yaml": "name: twin\nruntime:\n  name: go\n  options:\n    buildTarget: out/twin\n",
      "Pulumi.dev.yaml": fs.readFileSync(path.join(twin, "Pulumi.dev.yaml"), "utf8"),
      "main.go": fs.readFileSync(path.join(twin, "main.go"), "utf8"),
      "go.mod": fs.readFileSync(path.join(POLYGLOT, "go", "go.mod"), "utf8"),
      "go.sum": fs.readFileSync(path.join(POLYGLOT, "go", "go.sum"), "utf8"),
    });
    const snapshot = await loadProgramSnapshot({ dir, stack: "dev" });
    assert.equal(snapshot.resources.length, 9);
    assert.ok(fs.existsSync(path.join(dir, "out", "twin")), "the build is kept where buildTarget says");
  });
});
