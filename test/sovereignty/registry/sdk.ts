// Reads the installed provider SDKs' declaration files: which resource a token names and which
// properties its class and its `...Args` interface have. The registry's facts are checked against
// them (the pinned versions: @pulumi/aws 7.48, @pulumi/azure-native 3.28, @pulumi/gcp 9.37).
import { readFileSync } from "node:fs";
import { allSdkTokens } from "../../../scripts/sdk-tokens";

let files: ReadonlyMap<string, string> | undefined;

/** The `.d.ts` of a token's resource class, when the installed SDK has one (the SDK enumeration's file). */
export function sdkFile(token: string): string | undefined {
  files ??= new Map(allSdkTokens().map((t) => [t.token, t.file.replace(/\.js$/, ".d.ts")]));
  return files.get(token);
}

/** Whether the installed SDK declares `token` (`__pulumiType` of its class). */
export function sdkHasToken(token: string): boolean {
  const file = sdkFile(token);
  return (
    file !== undefined &&
    readFileSync(file.replace(/\.d\.ts$/, ".js"), "utf8").includes(`__pulumiType = '${token}'`)
  );
}

/** Every top-level property of the resource: its class's outputs and its `...Args` inputs. */
export function sdkProperties(token: string): ReadonlySet<string> {
  const file = sdkFile(token);
  if (!file) return new Set();
  const text = readFileSync(file, "utf8");
  const name = token.split(":")[2]!;
  const out = new Set<string>(["id", "urn"]);
  const cls = text.slice(text.indexOf("export declare class"), text.indexOf("constructor("));
  for (const m of cls.matchAll(/readonly (\w+): pulumi\.Output/g)) out.add(m[1]!);
  const args = text.slice(text.indexOf(`export interface ${name}Args`));
  for (const m of args.matchAll(/\n {4}(\w+)\??: pulumi\.Input/g)) out.add(m[1]!);
  return out;
}
