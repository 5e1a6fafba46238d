import * as path from "node:path";
import { run } from "../../cli/main";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FLOOR_PACK = path.join("test", "floor-pack");
export const PACKS = path.join("test", "fixtures", "packs");
export const STATE = path.join("test", "fixtures", "state");
export const PREVIEW = path.join("test", "fixtures", "preview");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process (paths relative to the repository root), capturing its output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const cwd = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    process.chdir(ROOT);
    const code = await run(argv);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    process.chdir(cwd);
    process.exitCode = undefined;
  }
}

/** The one line the runner prints for a bad input or a failed pack. */
export function oneErrorLine(result: CliResult): string {
  const lines = result.stderr.split("\n").filter((l) => l.length > 0);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${result.stderr}`);
  return lines[0]!;
}
