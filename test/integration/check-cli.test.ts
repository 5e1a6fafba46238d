// `sovereignty check` over stacks/ end to end: the default run (every stack not marked demo) to a
// file in every format, the demo's exit code, and progress only where a person watches a terminal.
// Program runs cost seconds each: the default run happens once and its JSON report feeds the
// other formats through the same writer the command uses.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import { writeReports } from "../../cli/check/run";
import { createProgress, progressWanted } from "../../cli/check/progress";
import type { CheckReport } from "../../cli/check/report/types";
import { cli } from "../runner/helpers";

// In the order `check` runs them: the stacks of stacks/ by name.
const SYSTEMS = ["backup-eu", "helpdesk-eu", "purchase-orders-br", "purchase-orders-us"];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-integration-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `fn` with stderr reporting that it is (or is not) a terminal. */
async function withStderrTTY<T>(isTTY: boolean, fn: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
  Object.defineProperty(process.stderr, "isTTY", { value: isTTY, configurable: true, writable: true });
  try {
    return await fn();
  } finally {
    if (own) Object.defineProperty(process.stderr, "isTTY", own);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  }
}

/** A stream that says it is a terminal (cli-progress draws only on those), collecting what is drawn. */
function fakeTerminal(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  Object.assign(stream, {
    isTTY,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream, written: () => chunks.join("") };
}

describe("sovereignty check over stacks/ (every stack not marked demo)", function () {
  this.timeout(300_000);
  let reports: CheckReport[];

  before(async function () {
    const out = path.join(tmp, "all.json");
    const result = await withStderrTTY(false, () => cli("check", "--format", "json", "--output", out));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "", "the report went to --output");
    assert.equal(result.stderr, "", "no progress (nor anything else) on a stderr that is not a terminal");
    reports = JSON.parse(fs.readFileSync(out, "utf8")) as CheckReport[];
  });

  it("checks the four systems and not the demo, with zero mandatory violations, as a JSON array", function () {
    assert.ok(Array.isArray(reports), "several stacks: an array of reports");
    assert.deepEqual(
      reports.map((r) => r.stack),
      SYSTEMS,
    );
    for (const report of reports) {
      assert.deepEqual(
        report.violations.filter((v) => v.enforcementLevel === "mandatory"),
        [],
        report.stack,
      );
    }
  });

  it("ends each stack's report with an inventory that places every data-holding resource (GCP key rings, crypto keys included)", function () {
    for (const report of reports) {
      assert.ok(report.inventory.length > 0, `${report.stack}: empty inventory`);
      const unplaced = report.inventory.filter((row) =>
        [row.zone, row.location, row.classification].some(
          (cell) => cell === "(none)" || cell === "(unknown)",
        ),
      );
      assert.deepEqual(unplaced, [], report.stack);
    }
    const us = reports.find((r) => r.stack === "purchase-orders-us")!;
    assert.deepEqual(
      us.inventory.map((r) => [r.zone, r.cloud, r.location, r.classification]),
      [
        ["us", "gcp", "NAM4", "confidential"],
        ["us", "gcp", "us", "confidential"],
        ["us", "gcp", "us-central1", "confidential"],
      ],
    );
  });

  for (const format of ["text", "markdown", "sarif", "json"] as const) {
    it(`writes --format ${format} with every stack and its inventory to --output`, function () {
      const out = path.join(tmp, `all.${format}`);
      const code = writeReports(reports, { format, output: out, failOn: "mandatory", color: false });
      assert.equal(code, 0);
      const text = fs.readFileSync(out, "utf8");
      assert.ok(!text.includes("\u001b["), "no colour in a file");
      for (const stack of SYSTEMS) assert.ok(text.includes(stack), `${format}: names ${stack}`);
      if (format === "json") assert.deepEqual(JSON.parse(text), reports);
      if (format === "sarif") {
        const log = JSON.parse(text) as { version: string; runs: unknown[] };
        assert.equal(log.version, "2.1.0");
      }
      if (format === "text" || format === "markdown") assert.match(text, /inventory/i);
      assert.ok(text.includes("NAM4"), `${format}: the inventory's locations`);
    });
  }

  it("exits 1 on the violations demo when it is named", async function () {
    const result = await withStderrTTY(false, () => cli("check", "--stack", "violations-demo"));
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /violations-demo/);
    assert.match(result.stdout, /mandatory/);
    assert.equal(result.stderr, "");
  });
});

describe("check progress: on a terminal only", function () {
  it("draws on a terminal, clears when stopped, and draws nothing elsewhere or for JSON to stdout", function () {
    const tty = fakeTerminal(true);
    const progress = createProgress({ stream: tty.stream, format: "text" });
    progress.loading("helpdesk-eu", 0, 2);
    progress.analysing("helpdesk-eu", 3, 10);
    progress.stop();
    assert.match(tty.written(), /loading helpdesk-eu/);

    for (const context of [
      { stream: fakeTerminal(false).stream, format: "text" },
      { stream: fakeTerminal(true).stream, format: "json" },
    ]) {
      assert.equal(progressWanted(context), false, JSON.stringify(context.format));
    }
    assert.equal(progressWanted({ stream: tty.stream, format: "json", output: "report.json" }), true);

    const pipe = fakeTerminal(false);
    const silent = createProgress({ stream: pipe.stream, format: "text" });
    silent.loading("helpdesk-eu", 0, 1);
    silent.analysing("helpdesk-eu", 1, 1);
    silent.stop();
    assert.equal(pipe.written(), "");
  });
});
