// `npm run check`, second part: the Python and Go versions of the stacks (stacks/python,
// stacks/go), each through `sovereignty check --program`. A project whose toolchain is not on this
// machine is skipped with the reason printed (the line the check itself would fail with).
import * as path from "node:path";
import { run } from "../cli/main";
import { missingToolchain } from "../cli/check/program/languages";
import { readProject } from "../cli/check/program/project";

const PROJECTS = ["stacks/python", "stacks/go"];

async function main(): Promise<number> {
  process.chdir(path.resolve(__dirname, ".."));
  let code = 0;
  for (const dir of PROJECTS) {
    const project = readProject(dir);
    const missing = await missingToolchain(project.runtime, project.file, project.dir, project.main);
    if (missing !== undefined) {
      process.stderr.write(
        `check: skipped ${dir} (${project.runtime.name}): ${missing} — run scripts/setup-polyglot.sh\n`,
      );
      continue;
    }
    code = Math.max(code, await run(["check", "--program", dir, ...process.argv.slice(2)]));
  }
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
