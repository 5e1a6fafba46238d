// The `runtime` of a Pulumi.yaml as the engine reads it (pulumi/pulumi
// sdk/go/common/workspace/project.go, ProjectRuntimeInfo: either a bare name or `{ name, options }`),
// and which runtimes `sovereignty check` can run offline. One place for the list of supported
// runtimes and for the line a user of any other runtime reads.

import { UserError } from "../../../errors";

export const SUPPORTED_RUNTIMES = ["nodejs", "python", "go"] as const;
export type RuntimeName = (typeof SUPPORTED_RUNTIMES)[number];

export interface ProgramRuntime {
  readonly name: RuntimeName;
  /** `runtime.options` as written (`virtualenv`, `toolchain`, `binary`, `typescript`, ...). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** Reads `runtime:` from a parsed Pulumi.yaml; an unsupported runtime is one line naming what is. */
export function parseRuntime(doc: Readonly<Record<string, unknown>>, file: string): ProgramRuntime {
  const raw = doc["runtime"];
  const record =
    typeof raw === "object" && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : undefined;
  const name = record !== undefined ? record["name"] : raw;
  const options = record !== undefined ? record["options"] : undefined;
  if (typeof name !== "string" || !(SUPPORTED_RUNTIMES as readonly string[]).includes(name)) {
    throw new UserError(
      `${file} declares runtime ${JSON.stringify(name ?? null)}; sovereignty check runs nodejs, python and go programs offline — for any other runtime, run \`pulumi preview --json --show-sames > preview.json\` and check that with \`sovereignty check --preview preview.json\``,
    );
  }
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new UserError(`${file}: runtime.options must be a mapping (e.g. virtualenv: venv)`);
  }
  return { name: name as RuntimeName, options: (options ?? {}) as Record<string, unknown> };
}

/** A string runtime option, or undefined; anything else is one line, as the language hosts refuse it. */
export function stringOption(runtime: ProgramRuntime, key: string, file: string): string | undefined {
  const value = runtime.options[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    // pulumi-language-python / pulumi-language-go parseOptions: "<key> option must be a string".
    throw new UserError(`${file}: the ${runtime.name} runtime option ${key} must be a string`);
  }
  return value;
}
