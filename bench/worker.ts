// One measurement, in a process of its own (started by the driver as
// `node bin/sovereignty-bench.js --worker JOB.json`), so that the runner's peak memory
// (resourceUsage().maxRSS) belongs to that one measurement and no run warms the next one's JIT.
//
// It runs the runner's real code path — loadStateSnapshot / loadProgramSnapshot, then
// PolicyPackRunner.start + analyze, which is exactly analyzeSnapshot (cli/check/engine/analyze.ts)
// with the close deferred until the pack's VmHWM has been read — and times the phases from
// outside: start() resolves when the pack printed its port; the first onProgress(0, n) fires once
// ConfigureStack, GetAnalyzerInfo and Configure are answered; onProgress(n, n) when the last
// Remediate+Analyze answered; analyze() resolves after AnalyzeStack.
//
// The `inventory` job times the runner's inventory (cli/check/inventory.ts `inventoryOf`, which
// reads the stack graph) at several sizes in one process, so the sizes share a warm JIT and the
// ratio between them shows the algorithm's growth, not start-up effects.
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import { PolicyPackRunner, packEnvironmentFor } from "../cli/check/engine";
import { loadStateSnapshot } from "../cli/check/inputs/state";
import { inventoryOf } from "../cli/check/inventory";
import { loadProgramSnapshot } from "../cli/check/program";
import type { StackSnapshot } from "../cli/check/snapshot";
import { ChildMemoryWatch, childPids, commandLine, memoryOf } from "./proc";

export type Share = "all" | "aws";

export type Job =
  | {
      readonly kind: "state";
      readonly file: string;
      readonly packDir: string;
      readonly share: Share;
      readonly concurrency?: number;
      readonly resultFile: string;
    }
  | {
      readonly kind: "program";
      readonly dir: string;
      readonly stack: string;
      readonly packDir: string;
      readonly concurrency?: number;
      readonly resultFile: string;
    }
  | {
      /** `inventoryOf` timed over each stack, `repeat` times, the sizes interleaved. */
      readonly kind: "inventory";
      readonly stacks: readonly { readonly size: number; readonly file: string }[];
      readonly repeat: number;
      readonly resultFile: string;
    }
  | {
      /** Start-up only: start the pack on a tiny snapshot `repeat` times, sequentially. */
      readonly kind: "startup";
      readonly file: string;
      readonly packDir: string;
      readonly repeat: number;
      readonly resultFile: string;
    };

export interface Phases {
  /** Reading the input into a snapshot (state file parse, or the program run against the engine host). */
  readonly loadMs: number;
  /** spawn → port printed. */
  readonly portMs: number;
  /** spawn → ConfigureStack, GetAnalyzerInfo and Configure answered. */
  readonly startupMs: number;
  /** All Remediate + Analyze calls, with the runner's concurrency. */
  readonly analyzeMs: number;
  /** Building and answering AnalyzeStack. */
  readonly analyzeStackMs: number;
  /** spawn → AnalyzeStack answered (load excluded). */
  readonly totalMs: number;
}

export interface RunResult {
  readonly kind: "run";
  /** Resources sent to Analyze (with synthesised default providers). */
  readonly resources: number;
  readonly violations: { readonly mandatory: number; readonly advisory: number };
  readonly phases: Phases;
  /** The pack process's VmHWM, read before it is stopped. */
  readonly packPeakBytes: number;
  /** The runner process's peak RSS (resourceUsage().maxRSS): snapshot, requests, gRPC buffers. */
  readonly runnerPeakBytes: number;
  /** Highest heapUsed seen in the runner (sampled every 200 ms). */
  readonly runnerHeapPeakBytes: number;
  /** The program process's peak RSS, for program runs. */
  readonly programPeakBytes?: number;
  readonly concurrency: number;
}

export interface StartupResult {
  readonly kind: "startup";
  /** spawn → GetAnalyzerInfo answered, per start. */
  readonly startupMs: readonly number[];
  readonly portMs: readonly number[];
}

export interface InventoryTiming {
  readonly size: number;
  /** Rows of the inventory (zone × cloud × location × classification). */
  readonly rows: number;
  /** Wall time of each `inventoryOf` call after the warm-up, in order. */
  readonly ms: readonly number[];
}

export interface InventoryResult {
  readonly kind: "inventory";
  readonly timings: readonly InventoryTiming[];
}

export type JobResult =
  RunResult | StartupResult | InventoryResult | { readonly kind: "error"; readonly message: string };

/** The AWS share of a stack: the root, the AWS default provider and `aws:*` resources. */
export function awsShare(snapshot: StackSnapshot): StackSnapshot {
  return {
    ...snapshot,
    resources: snapshot.resources.filter(
      (r) =>
        r.type === "pulumi:pulumi:Stack" || r.type === "pulumi:providers:aws" || r.type.startsWith("aws:"),
    ),
  };
}

function packPid(): number | undefined {
  return childPids().find((pid) => /run-policy-pack/.test(commandLine(pid)));
}

async function measure(
  snapshot: StackSnapshot,
  packDir: string,
  loadMs: number,
  concurrency: number | undefined,
  programPeakBytes?: number,
): Promise<RunResult> {
  let heapPeak = 0;
  const heapTimer = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 200);
  heapTimer.unref();
  const t0 = performance.now();
  const runner = await PolicyPackRunner.start(packDir, packEnvironmentFor(snapshot));
  const tPort = performance.now();
  let tStarted = 0;
  let tAnalyzed = 0;
  let packPeakBytes = 0;
  try {
    const result = await runner.analyze(snapshot, {
      ...(concurrency !== undefined ? { concurrency } : {}),
      onProgress: (done, total) => {
        const now = performance.now();
        if (done === 0) tStarted = now;
        if (done === total) tAnalyzed = now;
      },
    });
    const tEnd = performance.now();
    const pid = packPid();
    packPeakBytes = (pid !== undefined ? memoryOf(pid)?.peak : undefined) ?? 0;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    clearInterval(heapTimer);
    const count = (level: string): number =>
      result.violations.filter((v) => v.enforcementLevel === level).length;
    return {
      kind: "run",
      resources: result.resources,
      violations: { mandatory: count("mandatory"), advisory: count("advisory") },
      phases: {
        loadMs,
        portMs: tPort - t0,
        startupMs: tStarted - t0,
        analyzeMs: tAnalyzed - tStarted,
        analyzeStackMs: tEnd - tAnalyzed,
        totalMs: tEnd - t0,
      },
      packPeakBytes,
      runnerPeakBytes: process.resourceUsage().maxRSS * 1024,
      runnerHeapPeakBytes: heapPeak,
      ...(programPeakBytes !== undefined ? { programPeakBytes } : {}),
      concurrency: concurrency ?? 8,
    };
  } finally {
    clearInterval(heapTimer);
    await runner.close();
  }
}

async function startups(file: string, packDir: string, repeat: number): Promise<StartupResult> {
  const snapshot = loadStateSnapshot(file);
  const startupMs: number[] = [];
  const portMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const runner = await PolicyPackRunner.start(packDir, packEnvironmentFor(snapshot));
    portMs.push(performance.now() - t0);
    try {
      // Everything before the first resource: ConfigureStack, GetAnalyzerInfo, Configure.
      await runner.analyze(snapshot, {
        onProgress: (done) => {
          if (done === 0) startupMs.push(performance.now() - t0);
        },
      });
    } finally {
      await runner.close();
    }
  }
  return { kind: "startup", startupMs, portMs };
}

function inventories(
  stacks: readonly { readonly size: number; readonly file: string }[],
  repeat: number,
): InventoryResult {
  const loaded = stacks.map((s) => ({ size: s.size, snapshot: loadStateSnapshot(s.file) }));
  // One untimed call per stack first: the JIT and the registry's per-token caches warm up on it.
  const rows = loaded.map(({ snapshot }) => inventoryOf(snapshot).length);
  const ms: number[][] = loaded.map(() => []);
  // The driver starts this job with --expose-gc: a full collection before each timed call, so no
  // call pays for collecting the previous one's graph (at 50,000 that alone moved the ratio by 1 ×).
  const gc = (globalThis as { gc?: () => void }).gc;
  // Interleaved (10k, 50k, 10k, 50k…) so that a burst of load from another process on this
  // shared machine hits both sizes rather than one.
  for (let i = 0; i < repeat; i++) {
    loaded.forEach(({ snapshot }, k) => {
      gc?.();
      const t0 = performance.now();
      inventoryOf(snapshot);
      ms[k]!.push(performance.now() - t0);
    });
  }
  return {
    kind: "inventory",
    timings: loaded.map(({ size }, k) => ({ size, rows: rows[k]!, ms: ms[k]! })),
  };
}

export async function runJob(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case "inventory":
      return inventories(job.stacks, job.repeat);
    case "startup":
      return startups(job.file, job.packDir, job.repeat);
    case "state": {
      const t0 = performance.now();
      const full = loadStateSnapshot(job.file);
      const snapshot = job.share === "aws" ? awsShare(full) : full;
      return measure(snapshot, job.packDir, performance.now() - t0, job.concurrency);
    }
    case "program": {
      // The program process: the program's own @pulumi/pulumi cmd/run, a child of this process.
      const watch = new ChildMemoryWatch(/@pulumi[\\/]pulumi[\\/]cmd[\\/]run\b/);
      const t0 = performance.now();
      const snapshot = await loadProgramSnapshot({ dir: job.dir, stack: job.stack });
      const loadMs = performance.now() - t0;
      return measure(snapshot, job.packDir, loadMs, job.concurrency, watch.stop());
    }
  }
}

/** Entry for `--worker JOB.json`: runs the job, writes its result file, never throws. */
export async function workerMain(jobFile: string): Promise<number> {
  const job = JSON.parse(fs.readFileSync(jobFile, "utf8")) as Job;
  let result: JobResult;
  try {
    result = await runJob(job);
  } catch (error) {
    result = { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  fs.writeFileSync(job.resultFile, JSON.stringify(result));
  return result.kind === "error" ? 1 : 0;
}
