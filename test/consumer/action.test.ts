// The GitHub Action (action.yml) run locally: its script with a fake job summary and output file,
// the way the runner would call it (issue 14, "CI in one step").
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";

const REPO = path.join(__dirname, "..", "..");
const STATE = path.join(REPO, "test", "fixtures", "state");

interface ActionRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
  readonly dir: string;
}

function runAction(inputs: Record<string, string>): ActionRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-action-"));
  const summary = path.join(dir, "summary.md");
  const output = path.join(dir, "output.txt");
  fs.writeFileSync(summary, "## earlier step\n");
  const run = spawnSync("bash", [path.join(REPO, "scripts", "action.sh")], {
    encoding: "utf8",
    env: {
      ...process.env,
      ...inputs,
      INPUT_WORKING_DIRECTORY: dir,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: dir,
      SOVEREIGNTY_COMMAND: `${process.execPath} ${path.join(REPO, "bin", "sovereignty.js")}`,
    },
  });
  const outputs = Object.fromEntries(
    (fs.existsSync(output) ? fs.readFileSync(output, "utf8") : "")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status: run.status, stderr: run.stderr, summary: fs.readFileSync(summary, "utf8"), outputs, dir };
}

describe("the GitHub Action (action.yml, scripts/action.sh)", function () {
  this.timeout(120_000);

  it("is a composite action: the script, then upload-sarif, then the verdict", () => {
    const action = parseYaml(fs.readFileSync(path.join(REPO, "action.yml"), "utf8")) as {
      runs: {
        using: string;
        steps: { run?: string; uses?: string; if?: string; with?: Record<string, string> }[];
      };
      inputs: Record<string, unknown>;
    };
    assert.equal(action.runs.using, "composite");
    const [check, upload, verdict] = action.runs.steps;
    assert.match(check?.run ?? "", /scripts\/action\.sh/);
    assert.match(upload?.uses ?? "", /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.match(upload?.if ?? "", /always\(\)/, "SARIF is uploaded whatever the verdict");
    assert.match(verdict?.run ?? "", /exit-code/);
    for (const input of ["program", "state", "preview", "stack", "policy-config", "fail-on"])
      assert.ok(input in action.inputs, input);
  });

  it("on a state export with violations: SARIF written, Markdown appended to the job summary, exit code 1 as an output", () => {
    const run = runAction({ INPUT_STATE: path.join(STATE, "helpdesk-eu.json") });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.outputs, { "exit-code": "1", "sarif-file": "sovereignty.sarif" });
    assert.match(run.summary, /^## earlier step\n### ❌ Residency check failed: 2 mandatory/);
    assert.match(run.summary, /#### Residency inventory/);
    const sarif = JSON.parse(fs.readFileSync(path.join(run.dir, "sovereignty.sarif"), "utf8")) as {
      runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[];
    };
    assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, true);
    assert.ok(sarif.runs[0]!.results.length >= 2);
  });

  it("on a check that cannot run: a SARIF log saying so and a summary saying why, exit code 2", () => {
    const run = runAction({ INPUT_STATE: path.join(STATE, "truncated.json") });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.outputs, { "exit-code": "2", "sarif-file": "sovereignty.sarif" });
    assert.match(run.summary, /### ⛔ Residency check did not run\n\n.*truncated/);
    const sarif = JSON.parse(fs.readFileSync(path.join(run.dir, "sovereignty.sarif"), "utf8")) as {
      runs: { invocations: { executionSuccessful: boolean }[] }[];
    };
    assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, false);
  });

  it("on a usage mistake: a summary pointing at the log, exit code 2, no SARIF to upload", () => {
    const run = runAction({ INPUT_STATE: path.join(STATE, "clean.json"), INPUT_FAIL_ON: "sometimes" });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.outputs, { "exit-code": "2" });
    assert.match(run.stderr, /--fail-on sometimes: expected mandatory or advisory/);
    assert.match(run.summary, /did not run/);
  });

  it("refuses two inputs at once", () => {
    const run = runAction({ INPUT_STATE: "a.json", INPUT_PREVIEW: "b.json" });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /give one of program, state or preview/);
  });
});
