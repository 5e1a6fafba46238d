import { Command, CommanderError } from "commander";
import { EXIT_BAD_INPUT, UserError } from "./errors";
import { registerModelCommands } from "./commands/model";
import { registerCheckCommand } from "./commands/check";
import { ownVersion } from "./package";

function buildProgram(): Command {
  const program = new Command("sovereignty")
    .description(
      "Keep regulated data inside its jurisdiction: check Pulumi stacks offline, query the region model.",
    )
    // A usage mistake is one line naming what was wrong (commander's own message, which already
    // suggests the nearest option or command), not the whole help page: docs/design.md, bad input.
    .configureOutput({
      outputError: (message, write) =>
        write(
          `sovereignty: ${message
            .replace(/^error:\s*/, "")
            .replace(/\s+/g, " ")
            .trim()} (see --help)\n`,
        ),
    })
    .exitOverride();
  program.version(ownVersion(), "-V, --version", "print the version of pulumi-sovereignty");
  registerModelCommands(program);
  registerCheckCommand(program);
  return program;
}

/** Runs the CLI; resolves to the exit code instead of exiting, so tests can call it in-process. */
export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    process.exitCode = undefined;
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits, not errors; commander has already printed its message.
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (error instanceof UserError) {
      process.stderr.write(`sovereignty: ${error.message}\n`);
      if (error.detail !== undefined && argv.includes("--verbose"))
        process.stderr.write(`${error.detail.trimEnd()}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sovereignty: internal error: ${message}\n`);
    if (process.env.SOVEREIGNTY_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return EXIT_BAD_INPUT;
  }
}

export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
