import type { Command } from "commander";

/** `check`: the main job (issues #3 and #6). */
export function registerCheckCommand(_program: Command): void {
  // Implemented in the runner work.
}
