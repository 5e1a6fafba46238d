// The validator of the shared `sovereignty` settings (./schema.ts SOVEREIGNTY_SCHEMA).
//
// Run from sources (tests, ts-node) it is compiled here with ajv on first use. The built pack
// never runs this file: scripts/build.mjs swaps it for ajv's standalone output of the same schema
// with the same options (https://ajv.js.org/standalone.html), so the bundle neither contains nor
// initialises ajv — start-up and the first Analyze are on every preview's critical path
// (bench/RESULTS.md). Keep AJV_OPTIONS and the export below in step with scripts/build.mjs.
import type { ErrorObject } from "ajv";
import { SOVEREIGNTY_SCHEMA } from "./schema";

/** `verbose` keeps `data` and `parentSchema` on errors (settings.ts words its messages from them); the
 * schema itself is a constant checked by the tests, hence `validateSchema: false`. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, validateSchema: false } as const;

export interface ConfigValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let compiled: ConfigValidator | undefined;

export function configValidator(): ConfigValidator {
  if (!compiled) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require("ajv") as typeof import("ajv")).default;
    compiled = new Ajv(AJV_OPTIONS).compile(SOVEREIGNTY_SCHEMA) as ConfigValidator;
  }
  return compiled;
}
