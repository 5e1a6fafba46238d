// Progress of a long `check` on stderr: which stack's program is running, then how many of its
// resources the pack has analysed. Only for a person watching a terminal: never when stderr is not
// a TTY (CI logs, pipes), and never when the report itself is JSON on stdout (a script is reading
// it, and a terminal interleaving both would garble what it reads). Drawn with cli-progress
// (https://github.com/npkg/cli-progress), cleared before the report is written.
import { SingleBar } from "cli-progress";

export interface CheckProgress {
  /** A stack's snapshot is being loaded (a program running): `index` of `count`, from 0. */
  loading(stack: string, index: number, count: number): void;
  /** `done` of `total` resources of `stack` analysed by the pack. */
  analysing(stack: string, done: number, total: number): void;
  /** Clears the bar: call before anything else is written. */
  stop(): void;
}

/** What decides whether progress is shown. */
export interface ProgressContext {
  /** The stream progress would go to (stderr). */
  readonly stream: NodeJS.WriteStream;
  readonly format: string;
  /** `--output FILE`: the report does not go to stdout. */
  readonly output?: string | undefined;
}

export function progressWanted(context: ProgressContext): boolean {
  if (context.stream.isTTY !== true) return false;
  return !(context.format === "json" && context.output === undefined);
}

export const NO_PROGRESS: CheckProgress = { loading() {}, analysing() {}, stop() {} };

/** A progress bar on `context.stream` when wanted, else one that does nothing. */
export function createProgress(context: ProgressContext): CheckProgress {
  if (!progressWanted(context)) return NO_PROGRESS;
  const bar = new SingleBar({
    stream: context.stream,
    format: "{phase} {stack} [{bar}] {value}/{total} {unit}",
    clearOnComplete: true,
    stopOnComplete: false,
    hideCursor: true,
    barsize: 24,
  });
  let started = false;
  const show = (total: number, value: number, payload: Record<string, string>): void => {
    if (!started) {
      bar.start(total, value, payload);
      started = true;
      return;
    }
    bar.setTotal(total);
    bar.update(value, payload);
  };
  return {
    loading(stack, index, count) {
      show(count, index, { phase: "loading", stack, unit: count === 1 ? "stack" : "stacks" });
    },
    analysing(stack, done, total) {
      show(total, done, { phase: "analysing", stack, unit: "resources" });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
