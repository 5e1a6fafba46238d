// Why a program or a policy pack failed, in one line a user can act on: the cause with its file
// and line, or the module that is missing and the folder to `npm install` in. A Node.js SDK reports
// an unhandled error through the engine's Log ("Running program '<dir>' failed with an unhandled
// exception:\n<error>", pulumi/pulumi sdk/nodejs/cmd/run/run.ts uncaughtHandler) and exits with code
// 32; a pack process writes the same to stderr, prefixed "error: [runtime] "; a crash before the SDK
// is up only writes to stderr.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ProgramOutcome } from "./engine-host";

export function programFailure(
  errors: readonly string[],
  outcome: Extract<ProgramOutcome, { kind: "exited" }>,
  programDir: string,
): string {
  const cause = failureCause(errors.length > 0 ? errors.join("\n") : outcome.stderr, programDir);
  if (cause !== undefined) return cause;
  const how = outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.code ?? "?"}`;
  return `the program ${how} without saying why`;
}

/** The one line that says why, from a process's error output; `dir` is its folder. */
export function failureCause(output: string, dir: string): string | undefined {
  // The SDK formats errors with util.inspect: colour codes and "<ref *1>" markers are noise here.
  const text = output
    .replace(ANSI_COLOUR, "")
    .replace(/<ref \*\d+> /g, "")
    .replace(/^error: \[runtime\] /gm, "");
  const missing = missingModule(text, dir);
  if (missing !== undefined) return missing;
  const diagnostic = typeScriptDiagnostic(text, dir);
  if (diagnostic !== undefined) return diagnostic;
  const cause = causeLine(text);
  if (cause === undefined) return undefined;
  const location = sourceLocation(text);
  return location !== undefined && !cause.includes(location) ? `${cause} (at ${location})` : cause;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with the ESC control character
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;
const HEADER = /^Running program '.*' failed with an unhandled exception:$/;

/** The first line that says what went wrong: the error's message, not a header or a stack frame. */
function causeLine(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !HEADER.test(line) && !/^at\s/.test(line) && !/^[~^]+$/.test(line));
  const errorLine = lines.find((line) => /^(\w*Error|Error)\b:?/.test(line));
  const line = errorLine ?? lines.find((candidate) => !isSourceEcho(candidate)) ?? lines[0];
  // The SDK prefixes the cause once per nesting level of the input it was serialising.
  return line?.replace(/^Error: /, "").replace(/^(error serializing property "[^"]*": )+/, "");
}

/**
 * A TypeScript diagnostic from ts-node ("index.ts(3,14): error TS1005: ',' expected.", the file
 * relative to the program folder) as "',' expected. (TS1005 at <file>:3)".
 */
function typeScriptDiagnostic(text: string, programDir: string): string | undefined {
  const match = /^\s*(\S+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/m.exec(text);
  if (match === null) return undefined;
  const [, file, line, , code, message] = match;
  return `${message!.trim()} (${code} at ${displayPath(path.resolve(programDir, file!))}:${line})`;
}

/** A path relative to the working directory when it is below it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** A code line Node prints under "file:line" for a SyntaxError, or the location itself. */
function isSourceEcho(line: string): boolean {
  return /^(file:\/\/)?\/.+:\d+$/.test(line);
}

/** `index.ts:3` for the first frame or location in the program's own files (not node_modules). */
function sourceLocation(text: string): string | undefined {
  const candidates = [
    ...text.matchAll(/(?:file:\/\/)?(\/[^\s():'"]+\.[cm]?[jt]sx?)(?::(\d+)(?::(\d+))?|\((\d+),(\d+)\))/g),
  ];
  for (const match of candidates) {
    const file = match[1]!;
    if (file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    const line = match[2] ?? match[4];
    if (line === undefined) continue;
    return `${displayPath(file)}:${line}`;
  }
  return undefined;
}

/** "the program imports x, which is not installed: run npm install in DIR", or undefined. */
function missingModule(text: string, programDir: string): string | undefined {
  const match =
    /Cannot find (?:module|package) '([^']+)'(?: imported from (\S+))?/.exec(text) ??
    /Cannot find module "([^"]+)"/.exec(text);
  if (match === null) return undefined;
  const name = match[1]!;
  const importer = match[2] ?? /Require stack:\s*\n\s*-\s*(\S+)/.exec(text)?.[1];
  if (name.startsWith(".") || path.isAbsolute(name) || name.startsWith("file:")) {
    return `it imports ${name}${importer ? ` from ${importer.replace(/^file:\/\//, "")}` : ""}, which does not exist`;
  }
  const folder = packageFolder(importer?.replace(/^file:\/\//, ""), programDir);
  const packageName = name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0]!;
  return `it imports ${packageName}, which is not installed: run npm install in ${folder}`;
}

/** The nearest folder with a package.json above the importing file, else the program folder. */
function packageFolder(importer: string | undefined, programDir: string): string {
  if (importer === undefined || importer.includes(`${path.sep}node_modules${path.sep}`)) return programDir;
  let dir = path.dirname(importer);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return programDir;
    dir = parent;
  }
}
