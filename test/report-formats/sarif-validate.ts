// `sarif-multitool validate` (@microsoft/sarif-multitool: the SARIF schema plus its rules), for tests.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as Sarif from "sarif";

const REPO = path.join(__dirname, "..", "..");

/** Runs `sarif-multitool validate` (schema and rules) and returns the problems it reports. */
export function validate(log: string): { level: string; rule: string; detail: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-sarif-"));
  try {
    const input = path.join(dir, "report.sarif");
    const output = path.join(dir, "validation.sarif");
    fs.writeFileSync(input, log);
    const run = spawnSync(
      path.join(REPO, "node_modules", ".bin", "sarif-multitool"),
      ["validate", input, "-o", output],
      {
        encoding: "utf8",
      },
    );
    assert.equal(run.status, 0, `sarif-multitool failed: ${run.stderr}${run.stdout}`);
    // The validator exits 0 even when the file is invalid: its findings are in the output log.
    const validation = JSON.parse(fs.readFileSync(output, "utf8")) as Sarif.Log;
    return validation.runs.flatMap((run) =>
      (run.results ?? []).map((result) => ({
        level: result.level ?? "warning",
        rule: result.ruleId ?? "?",
        detail: result.message.text ?? JSON.stringify(result.message.arguments),
      })),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
