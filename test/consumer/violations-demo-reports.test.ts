// The reports of the violations-demo stack (stacks/violations-demo.ts), as a pull request and a
// code-scanning upload would get them (issue 14, "Done when"): the SARIF validates with
// sarif-multitool and every result sits at a line of a program file; the Markdown renders to
// HTML with no literal backticks or escaped entities; the JSON validates against its schema.
//
// The program-line part needs the runner to record RegisterResource source positions
// (SnapshotResource.sourcePosition); until it does, results fall back to the stack's config file
// and that assertion fails, naming the fallback.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as Sarif from "sarif";
import { run } from "../../cli/main";
import { renderingProblems, reportValidator } from "../report-formats/render-checks";
import { validate } from "../report-formats/sarif-validate";

const REPO = path.join(__dirname, "..", "..");

describe("the violations-demo stack's reports", function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-demo-reports-"));
  const sarifFile = path.join(dir, "demo.sarif");
  const markdownFile = path.join(dir, "demo.md");
  const jsonFile = path.join(dir, "demo.json");
  let code: number;

  before(async () => {
    code = await run([
      "check",
      "--stack",
      "violations-demo",
      "--format",
      "sarif",
      "--output",
      sarifFile,
      "--also",
      `markdown=${markdownFile}`,
      "--also",
      `json=${jsonFile}`,
    ]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 1 with every report written", () => {
    assert.equal(code, 1);
    for (const file of [sarifFile, markdownFile, jsonFile]) assert.ok(fs.statSync(file).size > 0, file);
  });

  it("SARIF validates with sarif-multitool, with rule metadata", () => {
    const text = fs.readFileSync(sarifFile, "utf8");
    assert.deepEqual(validate(text), []);
    const log = JSON.parse(text) as Sarif.Log;
    for (const rule of log.runs[0]!.tool.driver.rules ?? []) {
      assert.match(String(rule.properties?.["security-severity"]), /^\d+\.\d$/, rule.id);
      assert.ok(rule.help?.text?.includes("Remediation:"), rule.id);
    }
  });

  it("every SARIF result has region.startLine inside a program file (needs the runner's source positions)", () => {
    const log = JSON.parse(fs.readFileSync(sarifFile, "utf8")) as Sarif.Log;
    const results = log.runs.flatMap((r) => r.results ?? []);
    assert.ok(results.length > 0);
    for (const result of results) {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? "";
      const line = location?.region?.startLine ?? 0;
      assert.match(
        uri,
        /\.(ts|js|mts|cts|mjs|cjs)$/,
        `${result.ruleId}: at ${uri}:${line}, not in a program file`,
      );
      const file = path.join(REPO, decodeURIComponent(uri));
      assert.ok(fs.existsSync(file), `${uri} exists`);
      const lines = fs.readFileSync(file, "utf8").split("\n").length;
      assert.ok(line >= 1 && line <= lines, `${uri}:${line} is inside the file (${lines} lines)`);
    }
  });

  it("Markdown renders to HTML with no literal backticks or escaped entities", () => {
    assert.deepEqual(renderingProblems(fs.readFileSync(markdownFile, "utf8")), []);
  });

  it("JSON validates against schemas/report.schema.json", () => {
    assert.deepEqual(reportValidator()(JSON.parse(fs.readFileSync(jsonFile, "utf8"))), []);
  });
});
