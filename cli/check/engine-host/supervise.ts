// Watching a program process that talks to the engine host, so that nothing hangs: it ends when the
// process exits, when it stops making progress (no call to the engine pending, none for a while,
// and the process itself idle — not compiling, not computing), or at a hard deadline. Language
// neutral: any SDK's process can be supervised this way.
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import type { EngineHost } from "./server";

export interface SuperviseOptions {
  /** Hard limit for the whole run (`--timeout`). */
  readonly timeoutMs: number;
  /** How long the program may sit idle with nothing pending before it counts as stalled. Default 5 s. */
  readonly stallMs?: number;
}

export type ProgramOutcome =
  | {
      readonly kind: "exited";
      readonly code: number | null;
      readonly signal: NodeJS.Signals | null;
      /** Everything the process wrote to stderr (the tail if very long). */
      readonly stderr: string;
    }
  | { readonly kind: "stalled" | "timeout"; readonly message: string; readonly stderr: string };

const DEFAULT_STALL_MS = 5000;
/** After the program reported an error, how long it may stay quiet before the run ends. */
const ERROR_GRACE_MS = 2000;
const POLL_MS = 250;
const STDERR_LIMIT = 1024 * 1024;
/** CPU time (clock ticks, 1/100 s) under which a window counts as idle: under 2 % of a core. */
const IDLE_TICKS_PER_SECOND = 2;
/** Without /proc we cannot see CPU time; only a much longer silence then counts as a stall. */
const BLIND_STALL_MS = 60_000;

export function superviseProgram(
  child: ChildProcess,
  host: EngineHost,
  options: SuperviseOptions,
): Promise<ProgramOutcome> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr += chunk;
    if (stderr.length > STDERR_LIMIT) stderr = stderr.slice(-STDERR_LIMIT);
  });
  // The program's own stdout is never part of a report; drain it so it cannot block on a full pipe.
  child.stdout?.resume();

  return new Promise((resolve) => {
    let settled = false;
    const samples: { at: number; ticks: number }[] = [];
    const finish = (outcome: ProgramOutcome): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      resolve(outcome);
    };
    const stop = (kind: "stalled" | "timeout", message: string): void => {
      child.kill("SIGKILL");
      finish({ kind, message, stderr });
    };
    const deadline = setTimeout(
      () =>
        stop(
          "timeout",
          `the program did not finish within ${Math.round(options.timeoutMs / 1000)} s (--timeout); ${progressOf(host)}`,
        ),
      options.timeoutMs,
    );
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const now = Date.now();
      const ticks = cpuTicks(child.pid);
      if (ticks !== undefined) samples.push({ at: now, ticks });
      while (samples.length > 0 && samples[0]!.at < now - stallMs) samples.shift();
      // An error the program reported to the engine fails the run (the engine fails a preview on
      // any error diagnostic); the SDK may then spend a long time formatting it before it exits.
      if (host.records.errors().length > 0 && host.pending() === 0 && host.idleFor() >= ERROR_GRACE_MS) {
        child.kill("SIGKILL");
        finish({ kind: "exited", code: null, signal: "SIGKILL", stderr });
        return;
      }
      if (host.pending() > 0 || host.idleFor() < stallMs) return;
      let idle: boolean;
      if (ticks === undefined) {
        idle = host.idleFor() >= BLIND_STALL_MS;
      } else {
        const first = samples[0];
        const span = first ? now - first.at : 0;
        idle = span >= stallMs - 2 * POLL_MS && ticks - first!.ticks <= (IDLE_TICKS_PER_SECOND * span) / 1000;
      }
      if (idle) {
        const seconds = Math.round(host.idleFor() / 1000);
        stop(
          "stalled",
          `the program stopped making progress: idle for ${seconds} s with no call to the engine pending; ${progressOf(host)}`,
        );
      }
    }, POLL_MS);
    child.once("error", (error) =>
      finish({ kind: "exited", code: null, signal: null, stderr: `${stderr}\n${error.message}` }),
    );
    child.once("close", (code, signal) => finish({ kind: "exited", code, signal, stderr }));
  });
}

/** What the program got to, for a stall or timeout message: what it is likely waiting on. */
function progressOf(host: EngineHost): string {
  if (host.calls() === 0) return "it never called the engine (still loading its modules?)";
  const resources = host.records.resources();
  const last = resources.at(-1);
  const open = host.records.unfinishedComponents().map((urn) => {
    const resource = host.records.resource(urn);
    return resource ? `${resource.type} ${resource.name}` : urn;
  });
  const parts = [
    `${resources.length} resource${resources.length === 1 ? "" : "s"} registered` +
      (last ? ` (last: ${last.type} ${last.name})` : ""),
  ];
  if (open.length > 0) {
    parts.push(
      `waiting inside component${open.length === 1 ? "" : "s"} never finished: ${open.slice(0, 3).join(", ")}`,
    );
  } else {
    parts.push(
      "waiting on something other than the engine (a timer, a network call, a promise that never settles)",
    );
  }
  return parts.join("; ");
}

/** utime + stime of a process and its live descendants, in clock ticks; undefined without /proc. */
function cpuTicks(pid: number, depth = 0): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  let ticks = Number(fields[11]) + Number(fields[12]);
  if (depth < 4) {
    let children: string[] = [];
    try {
      children = fs
        .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean);
    } catch {
      // no children list: count the process alone
    }
    for (const childPid of children) ticks += cpuTicks(Number(childPid), depth + 1) ?? 0;
  }
  return ticks;
}
