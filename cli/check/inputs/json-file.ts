// Reading a JSON input file with one clear error for each way it can be wrong.
import * as fs from "node:fs";
import { UserError } from "../../errors";
import { SECRET_SIG, SIG_KEY, UNKNOWN, type WireObject } from "../snapshot";

export function readJsonFile(file: string, flag: string, expected: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message;
    throw new UserError(`${flag} ${file}: cannot read it (${why})`);
  }
  if (text.trim() === "") throw new UserError(`${flag} ${file}: the file is empty; expected ${expected}`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, " ").trim();
    // A file cut short fails at (or just before) its last character.
    const position = /position (\d+)/.exec(message);
    const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length - 1;
    if (atEnd || /end of (JSON )?input/i.test(message)) {
      throw new UserError(`${flag} ${file}: the JSON ends early (truncated?); expected ${expected}`);
    }
    throw new UserError(`${flag} ${file}: not valid JSON (${message}); expected ${expected}`);
  }
}

export function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A secret whose value we cannot see: the engine would send a secret; its content is unknown. */
export const OPAQUE_SECRET: WireObject = { [SIG_KEY]: SECRET_SIG, value: UNKNOWN };
