// Writes sovereignty/registry/modules/parent-properties.ts from the installed SDKs: for every token
// the module rules classify as holding data that has neither tags nor a location of its own (a
// Cosmos SQL container, a Service Bus queue, a classic storage container, a Cloud SQL database),
// the property of its `<Type>Args` that names the resource it lives in, and that resource's types.
// Such a child is judged with its parent's tags and placed where its parent is (docs/design.md:
// untaggable resources that configure another one take the tags of the resource they configure).
//
// The convention each SDK follows (read from the `.d.ts`, not guessed per token):
// - azure-native: the parent's name in `<parent>Name` (`accountName` → the module's
//   `DatabaseAccount`, `serverName` → `Server`, `namespaceName` → `Namespace`);
// - classic azure: `<parent>Name` or `<parent>Id` (`storageAccountId` → `storage/account:Account`,
//   `namespaceId` → `Namespace`, `serverId` → `FlexibleServer`);
// - gcp and aws: the parent's own name (`instance`, `bucket`, `database`) or `<parent>Id`/`Name`.
// The parent is a type of the same module whose name ends with the property's stem (or the stem
// with the type's name: `storageAccount` → `Account`). A parent that carries tags and has a
// location is preferred; else a parent that is itself such a child (a share file in its share,
// judged through the share's account). Tokens with no such property are listed with the reason.
//   npx tsx scripts/generate-parent-properties.ts          → rewrite the table
//   npx tsx scripts/generate-parent-properties.ts --check  → exit 1 if it is stale
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { locationRuleOf, tagRuleOf, typeOf, canonicalToken } from "../sovereignty/registry";
import { moduleOf } from "../sovereignty/registry/modules/classify";
import { type Sdk, SDKS, sdkTokens, sdkVersion } from "./sdk-tokens";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "sovereignty", "registry", "modules", "parent-properties.ts");

const ARGS = /export interface \w+Args \{\n([\s\S]*?)\n\}/;
const PROPERTY = / {4}(?:\/\*\*\n(?: {5}\*.*\n)*? {5}\*\/\n {4})?(\w+)\??:/g;

/** Properties that name something other than a parent resource (people, the group, display text). */
const NOT_A_PARENT = new Set([
  "resourceGroupName",
  "displayName",
  "firstName",
  "lastName",
  "userName",
  "tenantId",
  "projectId",
  "project",
  "name",
  // gcp: contents or settings, not the resource the child lives in (a certificate file, an
  // Identity Platform config's multi-tenancy switch); a machine image is stored where its
  // `storageLocations` say, not with the instance it was taken from.
  "cert",
  "file",
  "key",
  "multiTenant",
  "sourceInstance",
]);

/** The stem of a property that may name a parent, per SDK convention; undefined: it cannot. */
function stemOf(sdk: Sdk, property: string): { stem: string; kind: "name" | "id" } | undefined {
  if (NOT_A_PARENT.has(property)) return undefined;
  const suffixed = /^(\w+?)(Name|Id)$/.exec(property);
  if (sdk === "@pulumi/azure-native")
    return suffixed?.[2] === "Name" ? { stem: suffixed[1]!, kind: "name" } : undefined;
  if (suffixed) return { stem: suffixed[1]!, kind: suffixed[2] === "Id" ? "id" : "name" };
  // gcp and aws name a parent by its own name (`instance`, `bucket`, `dataset`).
  return sdk === "@pulumi/gcp" || sdk === "@pulumi/aws" ? { stem: property, kind: "name" } : undefined;
}

const typeName = (token: string): string => token.slice(token.lastIndexOf(":") + 1);
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A classified data token without tags and without a location of its own. */
export function isUnplacedChild(token: string): boolean {
  const t = typeOf(token);
  return (
    t.kind === "classified" &&
    t.class === "data" &&
    locationRuleOf(token) === undefined &&
    tagRuleOf(token)?.kind !== "property"
  );
}

/** A parent whose tags and location judge its children. */
function isPlacedTagged(token: string): boolean {
  return locationRuleOf(token) !== undefined && tagRuleOf(token)?.kind === "property";
}

/**
 * The most likely parents among the module's matching types: those whose name starts the child's
 * (a `RegionalSecretVersion`'s `secret` names a `RegionalSecret`, a `SecretVersion`'s a `Secret`),
 * else all of them (`virtualMachineId`: a `VirtualMachine`, `LinuxVirtualMachine` or
 * `WindowsVirtualMachine`).
 */
function narrowest(child: string, matching: readonly string[]): readonly string[] {
  const own = typeName(child);
  const prefixes = matching.filter((s) => own.startsWith(typeName(s)));
  if (prefixes.length > 0) {
    const longest = Math.max(...prefixes.map((s) => typeName(s).length));
    return prefixes.filter((s) => typeName(s).length === longest);
  }
  return matching;
}

/**
 * Children whose parent the naming convention cannot find, with the parent the SDK documents
 * (each `<Type>Args` property's doc comment in the pinned SDK's `.d.ts`). The parent needs a
 * location; it may lack tags (a Firestore database, judged with `sovereignty.defaults`).
 */
const KNOWN_PARENTS: Readonly<Record<string, ParentEntry>> = {
  // `clusterName`: the Redis Enterprise cluster, whose type is named `RedisEnterprise`.
  "azure-native:redisenterprise:Database": {
    property: "clusterName",
    referenceKind: "name",
    targets: ["azure-native:redisenterprise:RedisEnterprise"],
  },
  // `resourceName`: the file share the snapshot is taken of.
  "azure-native:fileshares:FileShareSnapshot": {
    property: "resourceName",
    referenceKind: "name",
    targets: ["azure-native:fileshares:FileShare"],
  },
  // `resourceName`: the OpenShift cluster the secret belongs to.
  "azure-native:redhatopenshift:Secret": {
    property: "resourceName",
    referenceKind: "name",
    targets: ["azure-native:redhatopenshift:OpenShiftCluster"],
  },
  // `name`: the web app whose connection strings these are (`WebAppConnectionStringsArgs.name`).
  "azure-native:web:WebAppConnectionStrings": {
    property: "name",
    referenceKind: "name",
    targets: ["azure-native:web:WebApp"],
  },
  "azure-native:web:WebAppConnectionStringsSlot": {
    property: "name",
    referenceKind: "name",
    targets: ["azure-native:web:WebApp"],
  },
  // `apiManagementName`: the API Management service (classic `apimanagement/service:Service`).
  "azure:apimanagement/user:User": {
    property: "apiManagementName",
    referenceKind: "name",
    targets: ["azure:apimanagement/service:Service"],
  },
  // `workspaceId`: the Log Analytics workspace (classic `operationalinsights/analyticsWorkspace`).
  "azure:loganalytics/workspaceTable:WorkspaceTable": {
    property: "workspaceId",
    referenceKind: "id",
    targets: ["azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace"],
  },
  "azure:loganalytics/workspaceTableCustomLog:WorkspaceTableCustomLog": {
    property: "workspaceId",
    referenceKind: "id",
    targets: ["azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace"],
  },
  "azure:loganalytics/workspaceTableMicrosoft:WorkspaceTableMicrosoft": {
    property: "workspaceId",
    referenceKind: "id",
    targets: ["azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace"],
  },
  "azure:sentinel/watchlist:Watchlist": {
    property: "logAnalyticsWorkspaceId",
    referenceKind: "id",
    targets: ["azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace"],
  },
  // `database`: the Firestore database the document is in (no labels: judged with `sovereignty.defaults`).
  "gcp:firestore/document:Document": {
    property: "database",
    referenceKind: "name",
    targets: ["gcp:firestore/database:Database"],
  },
  // Microsoft Sentinel is a solution on a Log Analytics workspace (`workspaceName`): its incidents,
  // bookmarks, indicators and watchlists are stored in that workspace.
  ...Object.fromEntries(
    [
      "Bookmark",
      "Incident",
      "IncidentComment",
      "ThreatIntelligenceIndicator",
      "Watchlist",
      "WatchlistItem",
    ].map((type) => [
      `azure-native:securityinsights:${type}`,
      {
        property: "workspaceName",
        referenceKind: "name",
        targets: ["azure-native:operationalinsights:Workspace"],
      } satisfies ParentEntry,
    ]),
  ),
};

export interface ParentEntry {
  readonly property: string;
  readonly referenceKind: "name" | "id";
  readonly targets: readonly string[];
}

export interface ParentTable {
  readonly parents: ReadonlyMap<string, ParentEntry>;
  readonly none: readonly string[];
  readonly versions: string;
}

function argsProperties(file: string): string[] {
  const body = ARGS.exec(fs.readFileSync(file.replace(/\.js$/, ".d.ts"), "utf8"))?.[1] ?? "";
  return [...body.matchAll(PROPERTY)].map((m) => m[1]!);
}

export function parentTable(): ParentTable {
  const parents = new Map<string, ParentEntry>();
  const none: string[] = [];
  for (const sdk of SDKS) {
    const tokens = sdkTokens(sdk);
    const byModule = new Map<string, string[]>();
    for (const { token } of tokens) {
      const m = moduleOf(token);
      if (!byModule.has(m)) byModule.set(m, []);
      byModule.get(m)!.push(token);
    }
    const children = new Set(tokens.map((t) => t.token).filter(isUnplacedChild));
    for (const { token, file } of tokens) {
      if (!children.has(token)) continue;
      const siblings = byModule.get(moduleOf(token)) ?? [];
      let chained: ParentEntry | undefined;
      let direct: ParentEntry | undefined;
      for (const property of argsProperties(file)) {
        const stem = stemOf(sdk, property);
        if (!stem) continue;
        const cap = capitalised(stem.stem);
        // The child's own name (`connectedRegistryName` of a ConnectedRegistry) names no parent.
        if (cap === typeName(token)) continue;
        const matching = narrowest(
          token,
          siblings.filter((s) => {
            const n = typeName(s);
            return s !== token && (n.endsWith(cap) || (cap.endsWith(n) && n.length >= 4));
          }),
        );
        const placed = [...new Set(matching.filter(isPlacedTagged).map(canonicalToken))].sort();
        if (placed.length > 0) {
          direct = { property, referenceKind: stem.kind, targets: placed };
          break;
        }
        const through = matching.filter((s) => children.has(s)).sort();
        if (!chained && through.length > 0)
          chained = { property, referenceKind: stem.kind, targets: through };
      }
      const known = KNOWN_PARENTS[token];
      if (known && !known.targets.every((t) => locationRuleOf(t) !== undefined))
        throw new Error(`${token}: a known parent has no location (${known.targets.join(", ")})`);
      const found = direct ?? chained ?? known;
      if (found) parents.set(token, found);
      else none.push(token);
    }
  }
  // A chain that ends in a child with no parent places nothing (a BigLake table in a catalog
  // that names none): such children are unparented too.
  for (let changed = true; changed;) {
    changed = false;
    for (const [token, entry] of parents) {
      if (entry.targets.some((t) => isPlacedTagged(t) || parents.has(t) || KNOWN_PARENTS[token])) continue;
      parents.delete(token);
      none.push(token);
      changed = true;
    }
  }
  none.sort();
  return { parents, none, versions: SDKS.map((s) => `${s} ${sdkVersion(s)}`).join(", ") };
}

export async function render(): Promise<string> {
  const table = parentTable();
  const lines = [
    `// Generated by scripts/generate-parent-properties.ts from ${table.versions}`,
    "// (each resource's `<Type>Args` in the SDK's .d.ts): do not edit, regenerate. For every token the",
    "// module rules classify as holding data but whose arguments take neither tags nor a location: the",
    "// property naming the resource it lives in and that resource's types (its tags and location judge",
    "// it). Targets are written without the child's package (`cosmosdb:DatabaseAccount` under",
    "// `azure-native:`): each parent type is declared or classified in one place, not spelled again here.",
    "// `UNPARENTED`: such tokens whose arguments name no parent of their module.",
    'import type { GeneratedParent } from "./parents";',
    "",
    "export const PARENT_PROPERTIES: Readonly<Record<string, GeneratedParent>> = {",
    ...[...table.parents.entries()].map(
      ([token, p]) =>
        `  ${JSON.stringify(token)}: { property: ${JSON.stringify(p.property)}, referenceKind: ${JSON.stringify(p.referenceKind)}, targets: ${JSON.stringify(p.targets.map((t) => withinPackage(token, t)))} },`,
    ),
    "};",
    "",
    "export const UNPARENTED: readonly string[] = [",
    ...table.none.map((t) => `  ${JSON.stringify(t)},`),
    "];",
    "",
  ];
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  return prettier.format(lines.join("\n"), { ...options, filepath: OUT });
}

/** `azure-native:cosmosdb:DatabaseAccount` → `cosmosdb:DatabaseAccount`, for a child of the same package. */
function withinPackage(child: string, target: string): string {
  const pkg = child.slice(0, child.indexOf(":") + 1);
  if (!target.startsWith(pkg)) throw new Error(`${child}: parent ${target} is in another package`);
  return target.slice(pkg.length);
}

/** 1 when the table is out of date with the installed SDKs (written unless `check`). */
export async function generate(check: boolean): Promise<number> {
  const text = await render();
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (current === text) return 0;
  if (check) {
    console.error(
      `${path.relative(ROOT, OUT)} is stale; regenerate: npx tsx scripts/generate-parent-properties.ts`,
    );
    return 1;
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
  return 0;
}

if (require.main === module) {
  void generate(process.argv.includes("--check")).then((stale) => {
    if (stale) process.exit(1);
  });
}
