import * as fs from "node:fs";
import * as path from "node:path";
import { Command, Option } from "commander";
import { UserError } from "../errors";
import { runCheck, type CheckInput } from "../check/run";
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../check/report/render";
import { defaultPackDir } from "../check/default-pack";
import { packageRoot } from "../package";

interface CheckFlags {
  readonly state?: string;
  readonly preview?: string;
  readonly program?: string;
  readonly stack?: string[];
  readonly config?: string[];
  readonly policyPack?: string;
  readonly policyConfig?: string;
  readonly format: string;
  readonly output?: string;
  readonly also?: string[];
  readonly failOn: string;
  readonly now?: string;
  readonly concurrency?: string;
  readonly timeout?: string;
  readonly allowPartial?: boolean;
  readonly verbose?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * With no --state, --preview or --program, the program in the working directory (the folder
 * holding Pulumi.yaml, as `pulumi preview` takes it): in this repository that is our own stacks/
 * project, in a consumer's project their program.
 */
function programHere(): string {
  const cwd = process.cwd();
  if (!["Pulumi.yaml", "Pulumi.yml"].some((file) => fs.existsSync(path.join(cwd, file)))) {
    throw new UserError(
      `no Pulumi.yaml in ${cwd}: run it in your Pulumi project's folder, or give --program DIR, --state FILE or --preview FILE`,
    );
  }
  return cwd;
}

/** Accepts an ISO 8601 date or date-time (`2026-06-01`, `2026-06-01T12:00:00Z`). */
function parseNow(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  const time = Date.parse(value);
  // Date.parse rolls an impossible day over (2026-02-30 becomes 2 March): the date part must
  // read back unchanged, or an approval's expiry would be judged at a date nobody asked for.
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day;
  if (!iso.test(value) || Number.isNaN(time) || !realDate) {
    throw new UserError(
      `--now ${value}: expected an ISO 8601 date such as 2026-06-01 or 2026-06-01T12:00:00Z`,
    );
  }
  return new Date(time).toISOString();
}

/** `--timeout`: whole seconds, or a number with `s` or `m` (`90s`, `10m`). */
function parseDuration(value: string): number {
  const match = /^(\d+)(s|m)?$/.exec(value.trim());
  const amount = match ? Number(match[1]) : NaN;
  if (!match || amount < 1) {
    throw new UserError(`--timeout ${value}: expected a duration such as 90s or 10m (at least 1s)`);
  }
  return amount * (match[2] === "m" ? 60_000 : 1000);
}

/** Refuses an --output the report could never be written to, before the (slow) check runs. */
function checkOutputPath(file: string, flag = "--output"): void {
  const absolute = path.resolve(file);
  if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) {
    throw new UserError(`${flag} ${file}: is a folder; expected a file path for the report`);
  }
  const folder = path.dirname(absolute);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UserError(`${flag} ${file}: folder ${path.dirname(file)} does not exist; create it first`);
  }
}

/** `--also markdown=summary.md`: a format and a file it can be written to. */
function parseAlso(value: string): { format: ReportFormat; file: string } {
  const at = value.indexOf("=");
  const format = value.slice(0, at);
  const file = value.slice(at + 1);
  if (at < 0 || file === "" || !isReportFormat(format)) {
    throw new UserError(
      `--also ${value}: expected FORMAT=FILE with FORMAT one of ${REPORT_FORMATS.join(", ")}, e.g. --also sarif=check.sarif`,
    );
  }
  checkOutputPath(file, "--also");
  return { format, file };
}

function inputOf(given_: CheckFlags): CheckInput {
  // Repeatable flags have no commander default, so that `--help` does not print "(default: [])".
  const flags = { ...given_, stack: given_.stack ?? [], config: given_.config ?? [] };
  const given = (["state", "preview", "program"] as const).filter((k) => flags[k] !== undefined);
  if (given.length > 1)
    throw new UserError(
      `give one of --state, --preview or --program, not ${given.map((k) => `--${k}`).join(" and ")}`,
    );
  const kind = given[0];
  if ((kind === "state" || kind === "preview") && flags.stack.length > 0) {
    throw new UserError(`--stack does not apply to --${kind}: the file names its stack`);
  }
  if ((kind === "state" || kind === "preview") && flags.config.length > 0) {
    throw new UserError(`--config does not apply to --${kind}: the file carries the stack's config`);
  }
  if (kind === "state") return { kind: "state", file: flags.state! };
  if (kind !== "preview" && flags.allowPartial === true) {
    throw new UserError("--allow-partial applies to --preview only: a file that lacks unchanged resources");
  }
  if (kind === "preview")
    return { kind: "preview", file: flags.preview!, allowPartial: flags.allowPartial === true };
  if (kind === "program")
    return { kind: "program", dir: flags.program!, stacks: flags.stack, config: flags.config };
  return { kind: "stacks", stacks: flags.stack, config: flags.config };
}

/** `check`: runs stacks, programs, state exports or preview files through a policy pack offline. */
export function registerCheckCommand(program: Command): void {
  program
    .command("check")
    .description(
      "Run a policy pack against a stack offline, playing the Pulumi engine's side of the Analyzer protocol",
    )
    .option("--state <file>", "a `pulumi stack export` JSON file")
    .option("--preview <file>", "a `pulumi preview --json` output file")
    .option("--program <dir>", "a Pulumi Node.js program, run under mocks as a first preview")
    .option(
      "--stack <name>",
      "stack to check (repeatable; default: every stack of the program here not marked demo)",
      collect,
    )
    .option("--config <key=value>", "stack config for --program and stacks (repeatable)", collect)
    .option(
      "--policy-pack <dir>",
      "any CrossGuard policy pack folder (default: ours, built into dist/policypack)",
    )
    .option("--policy-config <file>", "the JSON `pulumi preview --policy-pack-config` takes")
    .addOption(new Option("--format <format>", `output format: ${REPORT_FORMATS.join(", ")}`).default("text"))
    .option("--output <file>", "write the report to a file instead of stdout")
    .option(
      "--also <format=file>",
      "also write the same report in another format to a file, e.g. --also sarif=check.sarif (repeatable)",
      collect,
    )
    .addOption(
      new Option("--fail-on <level>", "exit 1 on violations at or above: mandatory, advisory").default(
        "mandatory",
      ),
    )
    .option(
      "--now <iso-date>",
      "the date approvals' expiry is judged against (passed to the pack as SOVEREIGNTY_NOW)",
    )
    .option("--concurrency <n>", "resources analysed at once (default 8)")
    .option("--timeout <duration>", "longest a program may run, e.g. 90s or 10m (default 10m)")
    .option(
      "--allow-partial",
      "check a --preview file that lacks unchanged resources (no --show-sames); the report says it is partial",
    )
    .option("--verbose", "on a failure, print the program's or pack's whole error output too")
    .action(async (flags: CheckFlags) => {
      if (!isReportFormat(flags.format)) {
        throw new UserError(`--format ${flags.format}: expected one of ${REPORT_FORMATS.join(", ")}`);
      }
      if (flags.failOn !== "mandatory" && flags.failOn !== "advisory") {
        throw new UserError(`--fail-on ${flags.failOn}: expected mandatory or advisory`);
      }
      let concurrency: number | undefined;
      if (flags.concurrency !== undefined) {
        concurrency = Number(flags.concurrency);
        if (!/^\d+$/.test(flags.concurrency) || concurrency < 1) {
          throw new UserError(`--concurrency ${flags.concurrency}: expected a whole number of at least 1`);
        }
      }
      const now = flags.now !== undefined ? parseNow(flags.now) : undefined;
      const timeoutMs = flags.timeout !== undefined ? parseDuration(flags.timeout) : undefined;
      if (flags.output !== undefined) checkOutputPath(flags.output);
      const also = (flags.also ?? []).map(parseAlso);
      const root = packageRoot();
      const input = inputOf(flags);
      const packDir =
        flags.policyPack ?? defaultPackDir(root, (line) => process.stderr.write(`sovereignty: ${line}\n`));
      const startTimeout = process.env.SOVEREIGNTY_PACK_START_TIMEOUT_MS;
      const code = await runCheck({
        input,
        packDir,
        projectRoot: input.kind === "stacks" ? programHere() : root,
        format: flags.format,
        failOn: flags.failOn,
        color: flags.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR,
        ...(flags.policyConfig !== undefined ? { policyConfigFile: flags.policyConfig } : {}),
        ...(flags.output !== undefined ? { output: flags.output } : {}),
        ...(also.length > 0 ? { also } : {}),
        ...(now !== undefined ? { now } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(startTimeout && /^\d+$/.test(startTimeout) ? { startTimeoutMs: Number(startTimeout) } : {}),
      });
      process.exitCode = code;
    });
}
