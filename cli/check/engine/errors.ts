/**
 * The policy pack failed: it would not start, never printed its port, died while we were talking
 * to it, or a policy threw. Its message is one line naming the pack and what failed; the runner
 * prints it and exits 2, because a pack that did not run never yields a pass.
 */
export class PackError extends Error {
  constructor(
    /** The pack's folder, as the user named it. */
    readonly packDir: string,
    /** What failed, one line, without the pack's name. */
    readonly reason: string,
    /** The pack's error output, for `--verbose`. */
    readonly detail?: string,
  ) {
    super(`policy pack ${packDir}: ${oneLine(reason)}`);
    this.name = "PackError";
  }
}

/** Collapses a multi-line message (a stack, gRPC details) to its first meaningful line. */
export function oneLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return lines[0] ?? text.trim();
}
