// Which zones, clouds and locations hold which classification of data: one row per combination,
// with how many resources hold it. Read from the stack graph (sovereignty/graph) — the very graph
// the pack's stack policy reads — built from the properties the engine would send, so the
// inventory and the pack cannot disagree about a resource's zone, classification or location.
//
// What is counted (a row answers "where is data of this classification"):
// - data-holding resources (buckets, databases, vaults, keys, ...), with their own effective tags;
// - configuring resources that hold data of their own somewhere (an RDS automated-backups
//   replication, a DynamoDB table replica), with the tags of the resource they configure — the
//   tags they are judged with (docs/design.md) — and their own location;
// - any other resource with a location whose effective tags declare a zone (a function, a VM:
//   data is processed there);
// - nothing else. Side resources that only configure another one (S3 versioning, a vault lock,
//   a backup plan, a Key Vault key's access) are counted through what they configure, and
//   containers whose contents name them (a GCP KMS key ring, which its CryptoKeys name in
//   `keyRing`) through those contents: counting them again would count the same data twice under
//   a zone of "(none)", since they cannot carry tags.
//
// Locations the resource does not state itself are found through the graph: a GCP CryptoKey whose
// `keyRing` is unknown at preview is in its KeyRing's location; an azure-native resource without a
// location is in its resource group's. Only what the graph cannot tell stays "(unknown)".
import { defaultCatalog, defaultZones, modelFromPolicyConfig, parseClassification } from "../../sovereignty";
import {
  StackGraph,
  type GraphNode,
  type GraphSettings,
  type Judged,
  type ResourceRecord,
} from "../../sovereignty/graph";
import type { EffectiveLocation, ResidencyTagReading } from "../../sovereignty/resource";
import type { InventoryRow } from "./report/types";
import { ProviderResolver } from "./engine/providers";
import type { PolicyConfigFile } from "./engine/policy-config";
import { SECRET_SIG, SIG_KEY, type StackSnapshot, type WireValue } from "./snapshot";

/** Shown where a resource has no tag or no location at all. */
export const NONE = "(none)";
/** Shown where the value is not known until apply (or is a secret we cannot read). */
export const UNKNOWN_CELL = "(unknown)";

/** Secrets are values to the model; the envelope is wire detail. */
function unwrapSecrets(value: WireValue): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value !== null && typeof value === "object") {
    const object = value as { readonly [key: string]: WireValue };
    if (object[SIG_KEY] === SECRET_SIG) return unwrapSecrets(object.value ?? null);
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

/** The stack graph of a snapshot: its custom resources with the providers the engine would send. */
export function graphOfSnapshot(
  snapshot: StackSnapshot,
  settings: Omit<GraphSettings, "config"> = BUILT_IN_SETTINGS,
): StackGraph {
  const providers = new ProviderResolver(snapshot);
  const records: ResourceRecord[] = [];
  for (const resource of snapshot.resources) {
    if (!resource.custom || resource.type.startsWith("pulumi:providers:")) continue;
    const provider = providers.providerFor(resource);
    records.push({
      urn: resource.urn,
      type: resource.type,
      name: resource.name,
      properties: unwrapSecrets(resource.properties) as Record<string, unknown>,
      provider: provider
        ? { type: provider.type, properties: unwrapSecrets(provider.properties) as Record<string, unknown> }
        : undefined,
      propertyDependencies: resource.propertyDependencies,
      ...(resource.parent ? { parent: resource.parent } : {}),
    });
  }
  return new StackGraph(records, { ...settings, config: snapshot.config });
}

/** One counted resource: where it is and the residency it is judged with, as inventory cells. */
export interface ResidencyEntry {
  readonly urn: string;
  readonly zone: string;
  readonly cloud: string;
  readonly location: string;
  readonly classification: string;
}

function locationCell(location: EffectiveLocation): string {
  switch (location.kind) {
    case "known":
      return location.location.name;
    case "unrecognised":
      return location.raw;
    case "unknown":
      return UNKNOWN_CELL;
    case "absent":
      return NONE;
  }
}

/** A residency tag's cell: its value, "(unknown)" where a tag may hide in an unknown value, else "(none)". */
function tagCell(value: string | undefined, tags: ResidencyTagReading): string {
  if (value !== undefined) return value;
  return tags.unknown.length > 0 || tags.unknownKeys.length > 0 ? UNKNOWN_CELL : NONE;
}

/** The resource whose tags a counted resource is judged with; undefined: not counted. */
function taggedBy(graph: StackGraph, node: GraphNode): GraphNode | "unknown" | "outside" | undefined {
  const { description, placement } = node.judged;
  if (!node.judged.cloud) return undefined;
  if (description.holding) return node;
  if (description.configuring) {
    // Holds data of its own, judged with the tags of what it configures.
    return description.configuring.holdsData !== undefined && description.configuring.direction !== "reverse"
      ? graph.governor(node)
      : undefined;
  }
  // Processes a holder's data without a zone of its own (an untagged AI model deployment): the
  // pack judges it with the holder's tags, so it counts with them.
  if (node.judged.dataOf) return graph.governor(node);
  // Any other data holder the registry knows (by its module), and anything tagged with a zone.
  if (!placement.location) return undefined;
  return placement.class === "data" || node.judged.tags.residency || node.judged.stackDefaults?.residency
    ? node
    : undefined;
}

/** Every counted resource of the graph, in stack order. */
export function residencyEntries(graph: StackGraph): ResidencyEntry[] {
  const out: ResidencyEntry[] = [];
  for (const node of graph.nodes) {
    const tagged = taggedBy(graph, node);
    if (tagged === undefined) continue;
    const cell = (value: (judged: Judged) => string | undefined): string =>
      tagged === "unknown"
        ? UNKNOWN_CELL
        : tagged === "outside"
          ? NONE
          : tagCell(value(tagged.judged), tagged.judged.tags);
    out.push({
      urn: node.record.urn,
      zone: cell((j) => j.tags.residency?.value ?? j.stackDefaults?.residency),
      cloud: node.judged.cloud!,
      location: locationCell(graph.place(node).location),
      classification: cell((j) => j.tags.classification?.value ?? j.stackDefaults?.classification),
    });
  }
  return out;
}

/** The graph settings without a policy config: the built-in zones and locations, no stack defaults. */
export const BUILT_IN_SETTINGS: Omit<GraphSettings, "config"> = {
  catalog: defaultCatalog,
  zones: defaultZones,
  defaults: {},
};

/**
 * What the pack reads from a policy config that changes a resource's zone, location or
 * classification: its zones and extra locations (sovereignty/policy-config.ts, the one reader the
 * CLI and the components share) and `sovereignty.defaults` — under `all`, else under the first
 * policy entry that sets them (the pack merges `all` with each policy's own entry). Without this the
 * inventory would count a resource tagged with a custom zone (`dach`) under "(none)" while the pack
 * judges it in `dach`. The pack validates the file; a default naming no zone is left out here.
 */
export function inventorySettings(policyConfig: PolicyConfigFile | undefined): Omit<GraphSettings, "config"> {
  if (!policyConfig) return BUILT_IN_SETTINGS;
  const { catalog, zones } = modelFromPolicyConfig(policyConfig);
  const entries = Object.entries(policyConfig).sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : 0));
  let residency: string | undefined;
  let classification: ReturnType<typeof parseClassification>;
  for (const [, entry] of entries) {
    const sovereignty = (entry as { readonly sovereignty?: unknown } | undefined)?.sovereignty;
    const defaults = (sovereignty as { readonly defaults?: Record<string, unknown> } | undefined)?.defaults;
    if (!defaults || typeof defaults !== "object") continue;
    const r = defaults["data-residency"];
    const c = defaults["data-classification"];
    if (residency === undefined && typeof r === "string" && zones.get(r)) residency = r;
    if (classification === undefined && typeof c === "string") classification = parseClassification(c);
  }
  return {
    catalog,
    zones,
    defaults: { ...(residency ? { residency } : {}), ...(classification ? { classification } : {}) },
  };
}

/** The inventory of a snapshot, judged with the settings the pack reads from the policy config. */
export function inventoryOf(
  snapshot: StackSnapshot,
  settings: Omit<GraphSettings, "config"> = BUILT_IN_SETTINGS,
): InventoryRow[] {
  const counts = new Map<string, InventoryRow>();
  for (const entry of residencyEntries(graphOfSnapshot(snapshot, settings))) {
    const row: InventoryRow = {
      zone: entry.zone,
      cloud: entry.cloud,
      location: entry.location,
      classification: entry.classification,
      count: 1,
    };
    const key = JSON.stringify([row.zone, row.cloud, row.location, row.classification]);
    const seen = counts.get(key);
    counts.set(key, seen ? { ...seen, count: seen.count + 1 } : row);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.zone.localeCompare(b.zone) ||
      a.cloud.localeCompare(b.cloud) ||
      a.location.localeCompare(b.location) ||
      a.classification.localeCompare(b.classification),
  );
}
