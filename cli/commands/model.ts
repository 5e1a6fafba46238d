import type { Command } from "commander";

/** `zones`, `regions`, `where`: questions answered from the model (issue #2). */
export function registerModelCommands(_program: Command): void {
  // Implemented in the foundation work.
}
