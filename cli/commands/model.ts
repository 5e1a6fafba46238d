import type { Command } from "commander";
import { registerRegionsCommand } from "./model/regions";
import { registerWhereCommand } from "./model/where";
import { registerZonesCommand } from "./model/zones";

/** `zones`, `regions`, `where`: questions answered from the model (issue #2). */
export function registerModelCommands(program: Command): void {
  registerZonesCommand(program);
  registerRegionsCommand(program);
  registerWhereCommand(program);
}
