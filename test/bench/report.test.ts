// The bench's verdicts for the targets of issues #11–#13, from figures made up to sit on either
// side of each bound: the comparisons must pick the right runs and the right direction.
import assert from "node:assert/strict";
import { targets, type BenchReport, type Measurement } from "../../bench/report";
import type { InventoryTiming, RunResult } from "../../bench/worker";

const MIB = 1024 * 1024;

function run(resources: number, analyzeMs: number, totalMs: number, packPeakMiB: number): RunResult {
  return {
    kind: "run",
    resources,
    violations: { mandatory: 0, advisory: 0 },
    phases: { loadMs: 0, portMs: 0, startupMs: 0, analyzeMs, analyzeStackMs: 0, totalMs },
    packPeakBytes: packPeakMiB * MIB,
    runnerPeakBytes: 100 * MIB,
    runnerHeapPeakBytes: 50 * MIB,
    concurrency: 8,
  };
}

function report(extra: {
  measurements: Measurement[];
  inventory?: InventoryTiming[];
  program?: RunResult;
  components?: number;
}): BenchReport {
  return {
    date: "2026-11-30T00:00:00.000Z",
    machine: { cpu: "test", cores: 2, memoryBytes: 1024 * MIB, node: "v20", platform: "test" },
    loadAverage: { before: [0, 0, 0], after: [0, 0, 0] },
    options: {
      sizes: [10000, 50000],
      seed: 1,
      concurrency: 8,
      components: extra.components ?? 1000,
      startups: 1,
    },
    stacks: [],
    startups: {},
    measurements: extra.measurements,
    failures: [],
    ...(extra.inventory ? { inventory: extra.inventory } : {}),
    ...(extra.program ? { program: extra.program } : {}),
    wallMs: 0,
    cpuSeconds: 0,
  };
}

function verdictOf(r: BenchReport, prefix: string): string | undefined {
  return targets(r).find((t) => t.name.startsWith(prefix))?.verdict;
}

const at = (size: number, pack: Measurement["pack"], result: RunResult): Measurement => ({
  size,
  pack,
  share: "all",
  result,
});

describe("bench: targets of issues #11–#13", () => {
  it("judges the pack's peak memory against the floor's at 50,000 (≤ 1.2 ×), not at a smaller size", () => {
    const within = report({
      measurements: [
        at(10000, "floor", run(10000, 10000, 15000, 100)),
        at(10000, "ours", run(10000, 11000, 16000, 200)),
        at(50000, "floor", run(50000, 50000, 70000, 1000)),
        at(50000, "ours", run(50000, 55000, 75000, 1190)),
      ],
    });
    assert.equal(verdictOf(within, "pack peak memory"), "met");
    const over = report({
      measurements: [
        at(50000, "floor", run(50000, 50000, 70000, 1000)),
        at(50000, "ours", run(50000, 55000, 75000, 1210)),
      ],
    });
    assert.equal(verdictOf(over, "pack peak memory"), "missed");
    const small = report({
      measurements: [at(10000, "floor", run(10000, 1, 1, 100)), at(10000, "ours", run(10000, 1, 1, 100))],
    });
    assert.equal(verdictOf(small, "pack peak memory"), "not measured");
  });

  it("pools per-resource Analyze over the sizes both packs ran and bounds it at 1.25 ×", () => {
    const r = report({
      measurements: [
        at(10000, "floor", run(10000, 10000, 1, 1)),
        at(10000, "ours", run(10000, 12000, 1, 1)),
        at(50000, "floor", run(50000, 50000, 1, 1)),
        at(50000, "ours", run(50000, 64000, 1, 1)),
      ],
    });
    // (12,000 + 64,000) / (10,000 + 50,000) = 1.27
    assert.equal(verdictOf(r, "per-resource Analyze ≤"), "missed");
  });

  it("shows the inventory linear from the minimum of its timings (≤ 5.5 ×)", () => {
    const linear = report({
      measurements: [],
      inventory: [
        { size: 10000, rows: 1, ms: [300, 200, 250] },
        { size: 50000, rows: 1, ms: [1500, 1050, 2000] },
      ],
    });
    assert.equal(verdictOf(linear, "inventory"), "met");
    const quadratic = report({
      measurements: [],
      inventory: [
        { size: 10000, rows: 1, ms: [200] },
        { size: 50000, rows: 1, ms: [5000] },
      ],
    });
    assert.equal(verdictOf(quadratic, "inventory"), "missed");
    assert.equal(verdictOf(report({ measurements: [] }), "inventory"), "not measured");
  });

  it("compares the 1,000-component program with the last figures only at 1,000 components", () => {
    const program = (loadMs: number): RunResult => ({
      ...run(5002, 1, 1, 100),
      phases: { loadMs, portMs: 0, startupMs: 0, analyzeMs: 1, analyzeStackMs: 0, totalMs: 1 },
      programPeakBytes: 900 * MIB,
    });
    assert.equal(verdictOf(report({ measurements: [], program: program(30_000) }), "1,000-component"), "met");
    assert.equal(
      verdictOf(report({ measurements: [], program: program(40_000) }), "1,000-component"),
      "missed",
    );
    assert.equal(
      verdictOf(report({ measurements: [], program: program(5_000), components: 100 }), "1,000-component"),
      "not measured",
    );
  });
});
