import { readFileSync } from "node:fs";
import {
  defaultCatalog,
  defaultZones,
  modelFromPolicyConfig,
  SovereigntyInputError,
  type SovereigntyModel,
} from "../../../sovereignty";
import { UserError } from "../../errors";

/** What `zones`, `regions` and `where` answer from: a catalog and the zones over it. */
export type Model = SovereigntyModel;

export const DEFAULT_MODEL: Model = { catalog: defaultCatalog, zones: defaultZones };

export const POLICY_CONFIG_FLAG = "--policy-config <file>";
export const POLICY_CONFIG_HELP =
  "the JSON file `pulumi preview --policy-pack-config` takes: adds the zones and locations its `sovereignty` settings declare";

function refuse(file: string, problem: string): never {
  throw new UserError(`--policy-config ${file}: ${problem}`);
}

/** The model for `--policy-config FILE`, or the built-in one without the flag. Throws UserError. */
export function loadModel(file: string | undefined): Model {
  if (file === undefined) return DEFAULT_MODEL;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refuse(file, `cannot read the file${code ? ` (${code})` : ""}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    refuse(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return modelFromPolicyConfig(config);
  } catch (error) {
    if (error instanceof SovereigntyInputError) refuse(file, error.message);
    throw error;
  }
}
