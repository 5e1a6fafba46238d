// Every resource token of the installed provider SDKs, read from the packages themselves: each
// resource class's compiled `.js` declares `static __pulumiType = '<token>'` (the provider class
// declares its bare package name, which is not a resource token and is skipped). azure-native v3
// lays its modules out flat (`storage/storageAccount.js`); v2 also had explicit API-version
// folders (`storage/v20230101/…`) whose tokens repeat the module's with a version segment: those
// are walked too, so a tree of either shape is enumerated. One pass over the files, no cache; the
// four SDKs take about a second.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ModuleRule } from "../sovereignty/registry/types";

export type Sdk = ModuleRule["sdk"];
export const SDKS: readonly Sdk[] = ["@pulumi/aws", "@pulumi/azure-native", "@pulumi/azure", "@pulumi/gcp"];

export interface SdkToken {
  readonly sdk: Sdk;
  readonly token: string;
  /** The compiled resource module, absolute (its `.d.ts` sits beside it). */
  readonly file: string;
}

const PULUMI_TYPE = /__pulumiType = '([^']+)'/;
/** Folders of a provider package that hold no resource classes. */
const SKIP = new Set(["node_modules", "types", "config", "scripts"]);

export function sdkDirectory(sdk: Sdk): string {
  return path.dirname(require.resolve(`${sdk}/package.json`));
}

export function sdkVersion(sdk: Sdk): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(sdkDirectory(sdk), "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function walk(dir: string, depth: number, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (depth < 3 && !SKIP.has(entry.name)) walk(path.join(dir, entry.name), depth + 1, out);
    } else if (depth > 0 && entry.name.endsWith(".js") && entry.name !== "index.js") {
      out.push(path.join(dir, entry.name));
    }
  }
}

/** The resource tokens of one installed SDK, sorted, each once (with the first file declaring it). */
export function sdkTokens(sdk: Sdk): readonly SdkToken[] {
  const files: string[] = [];
  walk(sdkDirectory(sdk), 0, files);
  const seen = new Map<string, SdkToken>();
  for (const file of files) {
    const match = PULUMI_TYPE.exec(fs.readFileSync(file, "utf8"));
    const token = match?.[1];
    if (token === undefined || !token.includes(":") || seen.has(token)) continue;
    seen.set(token, { sdk, token, file });
  }
  return [...seen.values()].sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}

/** The resource tokens of the four SDKs. */
export function allSdkTokens(): readonly SdkToken[] {
  return SDKS.flatMap(sdkTokens);
}

if (require.main === module) {
  const started = Date.now();
  for (const sdk of SDKS) console.log(`${sdk}@${sdkVersion(sdk)}: ${sdkTokens(sdk).length} tokens`);
  console.log(`${Date.now() - started} ms`);
}
