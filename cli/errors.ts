/**
 * A mistake in what the user gave us (a flag, a file, a region, a config). The runner prints
 * its message as one line and exits 2: never a stack trace for a user's mistake.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The whole story (a program's full stderr), printed only under `--verbose`. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Exit codes of the runner contract (docs/design.md). */
export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_BAD_INPUT = 2;
