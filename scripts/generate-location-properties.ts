// Writes sovereignty/registry/modules/<sdk>-location-properties.ts from the installed SDKs: for
// every resource token, the location properties and the tags/labels property of its `<Type>Args`
// interface (the resource's `.d.ts`), so the registry's conventions for an undeclared type read
// the property the SDK really has (GCP types take `location`, `region` or `zone`; many types take
// no tags).
//   npx tsx scripts/generate-location-properties.ts          → rewrite the four tables
//   npx tsx scripts/generate-location-properties.ts --check  → exit 1 if one is stale (npm run lint)
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import {
  type PropertyConvention,
  type SdkProperties,
  groupTokens,
  packageOf,
  shortToken,
} from "../sovereignty/registry/modules/properties";
import { type Sdk, SDKS, sdkTokens, sdkVersion } from "./sdk-tokens";

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "sovereignty", "registry", "modules");

interface SdkSpec {
  readonly file: string;
  readonly constant: string;
  /** Location properties the SDK uses, in reading order. */
  readonly locations: readonly string[];
  /** Tag properties in order of preference (GCP `tags` are network tags, not labels: not listed). */
  readonly tags: readonly string[];
  readonly providerDefault: (property: string, doc: string) => boolean;
  /**
   * The cloud's usual convention: the table lists every token that differs from it, so a token
   * of a newer SDK than the table's is read the cloud's usual way.
   */
  readonly usual: PropertyConvention;
}

const SPECS: Record<Sdk, SdkSpec> = {
  // pulumi-aws v7: every regional resource takes `region`, defaulting to the provider's; global
  // ones (IAM, Route 53, CloudFront, Organizations) have none. (`location` on Direct Connect and
  // Network Manager is a facility or a street address, not a region.)
  "@pulumi/aws": {
    file: "aws-location-properties.ts",
    constant: "AWS_PROPERTIES",
    locations: ["region"],
    tags: ["tags"],
    providerDefault: () => true,
    usual: { location: ["region"], providerDefault: true, tags: "tags" },
  },
  // azure-native: `location`, else the resource group's (the provider's `location` only defaults
  // resource groups); child resources without `location` live where their parent does.
  "@pulumi/azure-native": {
    file: "azure-native-location-properties.ts",
    constant: "AZURE_NATIVE_PROPERTIES",
    locations: ["location"],
    tags: ["tags"],
    providerDefault: () => false,
    usual: { location: ["location"], providerDefault: false, tags: "tags" },
  },
  // Classic azure: `location` (optional: the classic provider defaults it from its own
  // `azure:location` config or ARM_LOCATION, @pulumi/azure config/vars.d.ts). The model reads
  // azure-native's provider and config for the cloud `azure`, so the classic default is not
  // applied (a resource without `location` is unplaced rather than placed by the wrong setting).
  // `zone` on VMs is an availability zone, not a region.
  "@pulumi/azure": {
    file: "azure-classic-location-properties.ts",
    constant: "AZURE_CLASSIC_PROPERTIES",
    locations: ["location"],
    tags: ["tags"],
    providerDefault: () => false,
    usual: { location: ["location"], providerDefault: false, tags: "tags" },
  },
  // GCP: `location`, `region`, `zone` or `locationId` (App Engine, Firestore) depending on the type;
  // `region` and `zone` default to the provider's, `location` only where its documentation says
  // the provider's value is used.
  "@pulumi/gcp": {
    file: "gcp-location-properties.ts",
    constant: "GCP_PROPERTIES",
    locations: ["location", "region", "zone", "locationId"],
    tags: ["labels", "resourceLabels", "userLabels"],
    providerDefault: (property, doc) =>
      property === "region" || property === "zone" || /\bprovider\b/i.test(doc),
    usual: { location: ["location"], providerDefault: false, tags: "labels" },
  },
};

const ARGS = /export interface \w+Args \{\n([\s\S]*?)\n\}/;
/** A top-level property of an Args interface with the doc comment before it. */
const PROPERTY = / {4}(?:\/\*\*\n((?: {5}\*.*\n)*?) {5}\*\/\n {4})?(\w+)\??:/g;

function conventionOf(spec: SdkSpec, dts: string): PropertyConvention {
  const body = ARGS.exec(dts)?.[1] ?? "";
  const docs = new Map<string, string>();
  for (const match of body.matchAll(PROPERTY)) docs.set(match[2]!, match[1] ?? "");
  const location = spec.locations.filter((p) => docs.has(p));
  const tags = spec.tags.find((p) => docs.has(p));
  return {
    location,
    providerDefault: location.length > 0 && location.some((p) => spec.providerDefault(p, docs.get(p)!)),
    ...(tags ? { tags } : {}),
  };
}

const keyOf = (c: PropertyConvention): string =>
  JSON.stringify([c.location, c.providerDefault, c.tags ?? null]);

/** Short tokens (properties.ts), one string per module: its prefix, then each token's rest. */
function byModule(pkg: string, tokens: readonly string[]): string[] {
  const modules = new Map<string, string[]>();
  for (const token of tokens) {
    const short = shortToken(pkg, token);
    const prefix = short.slice(0, short.search(/[/:]/) + 1);
    if (!modules.has(prefix)) modules.set(prefix, []);
    modules.get(prefix)!.push(short.slice(prefix.length));
  }
  const lines = [...modules.entries()].map(([prefix, rests]) => [prefix, ...rests].join(" "));
  const back = groupTokens(pkg, lines);
  if (back.join() !== tokens.join()) throw new Error(`${pkg}: the short spelling does not read back`);
  return lines;
}

export function propertiesTable(sdk: Sdk): SdkProperties {
  const spec = SPECS[sdk];
  const groups = new Map<string, { convention: PropertyConvention; tokens: string[] }>();
  for (const { token, file } of sdkTokens(sdk)) {
    const convention = conventionOf(spec, fs.readFileSync(file.replace(/\.js$/, ".d.ts"), "utf8"));
    const key = keyOf(convention);
    if (!groups.has(key)) groups.set(key, { convention, tokens: [] });
    groups.get(key)!.tokens.push(token);
  }
  const usual = keyOf(spec.usual);
  const others = [...groups.entries()]
    .filter(([key]) => key !== usual)
    .map(([, g]) => g)
    .sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    sdk,
    version: sdkVersion(sdk),
    usual: spec.usual,
    others: others.map((g) => ({ ...g.convention, tokens: byModule(packageOf(sdk), g.tokens) })),
  };
}

/** The table's source text, formatted as `prettier --check` expects. */
export async function render(sdk: Sdk): Promise<string> {
  const spec = SPECS[sdk];
  const table = propertiesTable(sdk);
  const convention = (c: PropertyConvention): string =>
    `location: ${JSON.stringify(c.location)}, providerDefault: ${c.providerDefault}${c.tags ? `, tags: ${JSON.stringify(c.tags)}` : ""}`;
  const lines = [
    `// Generated by scripts/generate-location-properties.ts from ${sdk} ${table.version} (each resource's`,
    "// `<Type>Args` in the SDK's .d.ts): do not edit, regenerate. The usual convention, then every token",
    "// that differs from it, per module, spelled short (./properties.ts `shortToken`).",
    'import type { SdkProperties } from "./properties";',
    "",
    `export const ${spec.constant}: SdkProperties = {`,
    `  sdk: ${JSON.stringify(sdk)},`,
    `  version: ${JSON.stringify(table.version)},`,
    `  usual: { ${convention(table.usual)} },`,
    "  others: [",
    ...table.others.flatMap((g) => [
      `    {`,
      `      ${convention(g)},`,
      "      tokens: [",
      ...g.tokens.map((t) => `        ${JSON.stringify(t)},`),
      "      ],",
      "    },",
    ]),
    "  ],",
    "};",
    "",
  ];
  const file = path.join(OUT_DIR, spec.file);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(lines.join("\n"), { ...options, filepath: file });
}

/** Files out of date with the installed SDKs (written unless `check`). */
export async function generate(check: boolean): Promise<number> {
  let stale = 0;
  for (const sdk of SDKS) {
    const file = path.join(OUT_DIR, SPECS[sdk].file);
    const text = await render(sdk);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current === text) continue;
    if (check) {
      console.error(
        `${path.relative(ROOT, file)} is stale for ${sdk} ${sdkVersion(sdk)}; regenerate: npx tsx scripts/generate-location-properties.ts`,
      );
      stale++;
    } else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  return stale;
}

if (require.main === module) {
  void generate(process.argv.includes("--check")).then((stale) => {
    if (stale) process.exit(1);
  });
}
