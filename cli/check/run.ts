// `sovereignty check`: load the snapshots, run each through the pack, render, decide the exit code.
import * as fs from "node:fs";
import { EXIT_OK, EXIT_VIOLATIONS, UserError } from "../errors";
import {
  PackError,
  PolicyPackRunner,
  packEnvironmentFor,
  parsePolicyConfig,
  type PolicyConfigFile,
} from "./engine";
import { loadPreviewSnapshot } from "./inputs/preview";
import { loadStateSnapshot } from "./inputs/state";
import { inventoryOf, inventorySettings } from "./inventory";
import { createProgress, NO_PROGRESS, type CheckProgress } from "./progress";
import { knownStacks, loadStackConfig } from "./program/config";
import { loadProgramSnapshot, parseConfigOverrides } from "./program";
import { readProject, type PulumiProject } from "./program/project";
import { FAILURE_RENDERERS, renderReport, type ReportFormat } from "./report/render";
import type { CheckReport } from "./report/types";
import { applyRemediations, sourcesOf } from "./remediated";
import { reportWidth } from "./report/wrap";
import type { StackSnapshot } from "./snapshot";
import { pluginComponentFindings } from "./unseen";
import { ownVersion } from "../package";

export type CheckInput =
  | { readonly kind: "state"; readonly file: string }
  | { readonly kind: "preview"; readonly file: string; readonly allowPartial?: boolean }
  | {
      readonly kind: "program";
      readonly dir: string;
      readonly stacks: readonly string[];
      readonly config: readonly string[];
    }
  | { readonly kind: "stacks"; readonly stacks: readonly string[]; readonly config: readonly string[] };

export interface CheckOptions {
  readonly input: CheckInput;
  readonly packDir: string;
  /** Where stacks/ lives (the package root), for the default input. */
  readonly projectRoot: string;
  readonly policyConfigFile?: string;
  readonly format: ReportFormat;
  readonly output?: string;
  /** More renderings of the same reports (`--also sarif=f.sarif`): one run, several files. */
  readonly also?: readonly { readonly format: ReportFormat; readonly file: string }[];
  readonly failOn: "mandatory" | "advisory";
  readonly color: boolean;
  readonly now?: string;
  readonly concurrency?: number;
  readonly startTimeoutMs?: number;
  /** Longest a program may run (`--timeout`). */
  readonly timeoutMs?: number;
}

/**
 * A stack "marked demo" sets `<project>:demo: true` in its stack config (stacks/Pulumi.violations-demo.yaml):
 * it runs only when named, so the default check stays about the real systems.
 */
export function isDemoStack(project: PulumiProject, stack: string): boolean {
  const { values } = loadStackConfig(project, { stack });
  return values[`${project.name}:demo`]?.trim().toLowerCase() === "true";
}

function readPolicyConfig(file: string | undefined): PolicyConfigFile | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `--policy-config ${file}: cannot read it (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message})`,
    );
  }
  return parsePolicyConfig(text, file);
}

/** One snapshot to check: its name (for progress) and how to load it, run only when its turn comes. */
interface PlannedSnapshot {
  readonly label: string;
  readonly load: () => StackSnapshot | Promise<StackSnapshot>;
}

/** What a check will load, in order; programs run only when `load` is called. */
function plannedSnapshots(
  input: CheckInput,
  projectRoot: string,
  now: string | undefined,
  timeoutMs: number | undefined,
): PlannedSnapshot[] {
  switch (input.kind) {
    case "state":
      return [{ label: input.file, load: () => loadStateSnapshot(input.file) }];
    case "preview":
      return [
        {
          label: input.file,
          load: () => loadPreviewSnapshot(input.file, { allowPartial: input.allowPartial === true }),
        },
      ];
    case "program":
    case "stacks": {
      const dir = input.kind === "program" ? input.dir : projectRoot;
      const config = parseConfigOverrides(input.config);
      let stacks = [...input.stacks];
      if (stacks.length === 0) {
        const project = readProject(dir);
        const known = knownStacks(project);
        stacks = input.kind === "stacks" ? known.filter((s) => !isDemoStack(project, s)) : known.slice(0, 1);
        if (stacks.length === 0 && input.kind === "program") stacks = ["dev"];
        if (stacks.length === 0) throw new UserError(`no stacks to check in ${dir}: give --stack NAME`);
      }
      return stacks.map((stack) => ({
        label: stack,
        load: () =>
          loadProgramSnapshot({
            dir,
            stack,
            config,
            ...(now ? { now: new Date(now) } : {}),
            ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          }),
      }));
    }
  }
}

/**
 * Loads every snapshot of the input and runs each through the pack (one pack process per stack),
 * reporting progress; returns one report per snapshot, in order.
 */
export async function collectReports(
  options: Omit<CheckOptions, "format" | "output" | "failOn" | "color">,
  progress: CheckProgress = NO_PROGRESS,
): Promise<CheckReport[]> {
  const policyConfig = readPolicyConfig(options.policyConfigFile);
  const reports: CheckReport[] = [];
  let runner: PolicyPackRunner | undefined;
  try {
    const planned = plannedSnapshots(options.input, options.projectRoot, options.now, options.timeoutMs);
    for (const [index, item] of planned.entries()) {
      progress.loading(item.label, index, planned.length);
      const snapshot = await item.load();
      const environment = packEnvironmentFor(snapshot, options.now ? { now: options.now } : {});
      // The pack's environment names its stack: reuse a process only for the same stack.
      if (runner && !runner.sameStack(environment)) {
        await runner.close();
        runner = undefined;
      }
      runner ??= await PolicyPackRunner.start(options.packDir, environment, {
        ...(options.startTimeoutMs !== undefined ? { startTimeoutMs: options.startTimeoutMs } : {}),
      });
      const result = await runner.analyze(snapshot, {
        ...(policyConfig ? { policyConfig } : {}),
        ...(options.policyConfigFile ? { policyConfigFile: options.policyConfigFile } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        onProgress: (done, total) => progress.analysing(snapshot.stack, done, total),
      });
      // The inventory of what would be deployed: remediated tags count.
      const remediated = applyRemediations(snapshot, result.remediations);
      const unseen = pluginComponentFindings(snapshot, ownVersion());
      const violations = [...result.violations, ...unseen];
      reports.push({
        origin: snapshot.origin,
        stack: snapshot.stack,
        resources: result.resources,
        violations,
        remediations: remediated.remediations,
        // Judged with the zones, locations and defaults the pack read from the same policy config.
        inventory: inventoryOf(remediated.snapshot, inventorySettings(policyConfig)),
        policyPacks: result.policyPacks,
        sources: sourcesOf(snapshot, new Set(violations.map((v) => v.urn))),
        ...(unseen.length > 0 ? { pluginComponents: unseen.length } : {}),
        ...(snapshot.partial !== undefined ? { partial: snapshot.partial } : {}),
      });
    }
  } catch (error) {
    // A pack that did not run is never a pass: one line, exit 2.
    if (error instanceof PackError) throw new UserError(error.message, error.detail);
    throw error;
  } finally {
    // The bar goes before anything else is written (an error line, the report).
    progress.stop();
    await runner?.close();
  }
  return reports;
}

/** The main output (`--output`, else stdout) then each `--also`, as (format, file) pairs. */
function outputsOf(
  options: Pick<CheckOptions, "format" | "output" | "also">,
): { format: ReportFormat; file: string | undefined; flag: string }[] {
  return [
    { format: options.format, file: options.output, flag: "--output" },
    ...(options.also ?? []).map((a) => ({ format: a.format, file: a.file, flag: "--also" })),
  ];
}

/** Renders the reports to `output` (or stdout) and every `also` file; returns the exit code. */
export function writeReports(
  reports: readonly CheckReport[],
  options: Pick<CheckOptions, "format" | "output" | "also" | "failOn" | "color">,
): number {
  for (const { format, file, flag } of outputsOf(options)) {
    const width = file === undefined ? reportWidth(process.stdout) : 100;
    const text = renderReport(reports, format, { color: file === undefined && options.color, width });
    if (file !== undefined) {
      try {
        fs.writeFileSync(file, text);
      } catch (error) {
        throw new UserError(`${flag} ${file}: cannot write it (${(error as Error).message})`);
      }
    } else {
      process.stdout.write(text);
    }
  }

  const failing = reports.some((report) =>
    report.violations.some(
      (v) =>
        v.enforcementLevel === "mandatory" ||
        (options.failOn === "advisory" && v.enforcementLevel === "advisory"),
    ),
  );
  return failing ? EXIT_VIOLATIONS : EXIT_OK;
}

export async function runCheck(options: CheckOptions): Promise<number> {
  const progress = createProgress({ stream: process.stderr, format: options.format, output: options.output });
  let reports: CheckReport[];
  try {
    reports = await collectReports(options, progress);
  } catch (error) {
    // A CI step uploads the SARIF file or shows the Markdown whatever the exit code: it gets one
    // saying the check did not run, and why, instead of no file (issue 14).
    for (const { format, file } of outputsOf(options)) {
      const renderFailure = FAILURE_RENDERERS[format];
      if (!(error instanceof Error) || file === undefined || renderFailure === undefined) continue;
      try {
        fs.writeFileSync(file, renderFailure({ message: error.message }));
      } catch {
        // the error being reported matters more than the report of it
      }
    }
    throw error;
  }
  return writeReports(reports, options);
}
