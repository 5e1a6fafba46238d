// Which zones, clouds and locations hold which classification of data: one row per combination,
// with how many resources hold it. Computed from the same description the policies use
// (sovereignty/resource describeResource: residency tags with provider defaults, effective
// location resource → provider → config), on the properties the engine sends, and placed through
// the resource graph the way the pack's stack policy places them.
//
// What is counted (a row answers "where is data of this classification"):
// - data-holding resources (buckets, databases, vaults, keys, ...), with their own effective tags;
// - configuring resources that hold data of their own somewhere (an RDS automated-backups
//   replication, a DynamoDB table replica), with the tags of the resource they configure — the
//   tags they are judged with (design.md) — and their own location;
// - nothing else. Side resources that only configure another one (S3 versioning, a vault lock,
//   a backup plan, a Key Vault key's access) are counted through what they configure, and
//   containers whose contents name them (a GCP KMS key ring, which its CryptoKeys name in
//   `keyRing`) through those contents: counting them again would count the same data twice under
//   a zone of "(none)", since they cannot carry tags.
//
// Locations the resource does not state itself are found through the graph: a GCP CryptoKey whose
// `keyRing` is unknown at preview is in its KeyRing's location (the ring found through the
// engine's property dependencies, which are known even when the value is not); an azure-native
// resource without a location is in its resource group's (through `resourceGroupName`, or through
// `location` when that is an unknown `group.location`). Only what the graph cannot tell stays
// "(unknown)".
import { defaultCatalog, defaultZones } from "../../sovereignty";
import {
  AZURE_RESOURCE_GROUP_LOCATION,
  canonicalToken,
  describeResource,
  effectiveLocation,
  readPath,
  type EffectiveLocation,
  type ModelLike,
  type ResourceDescription,
  type ResourceInput,
} from "../../sovereignty/resource";
import type { InventoryRow } from "./report/types";
import { ProviderResolver } from "./engine/providers";
import { SECRET_SIG, SIG_KEY, type SnapshotResource, type StackSnapshot, type WireValue } from "./snapshot";

const DEFAULT_MODEL: ModelLike = { catalog: defaultCatalog, zones: defaultZones };
/** Shown where a resource has no tag or no location at all. */
export const NONE = "(none)";
/** Shown where the value is not known until apply (or is a secret we cannot read). */
export const UNKNOWN_CELL = "(unknown)";

const KEY_RING = "gcp:kms/keyRing:KeyRing";

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

interface Node {
  readonly resource: SnapshotResource;
  readonly input: ResourceInput;
  readonly description: ResourceDescription;
}

/** Properties a resource can be referred to by (a bucket name, an ARN, an id, a group name). */
const IDENTITY_PROPERTIES = ["bucket", "name", "arn", "id", "resourceGroupName", "vaultName", "accountName"];

/** The resources of a snapshot, described, with the engine's references between them. */
class Graph {
  readonly nodes: Node[] = [];
  private readonly byUrn = new Map<string, Node>();

  constructor(
    snapshot: StackSnapshot,
    private readonly model: ModelLike,
  ) {
    const providers = new ProviderResolver(snapshot);
    for (const resource of snapshot.resources) {
      if (!resource.custom) continue;
      const provider = providers.providerFor(resource);
      const input: ResourceInput = {
        type: resource.type,
        properties: unwrapSecrets(resource.properties) as Record<string, unknown>,
        provider: provider
          ? { type: provider.type, properties: unwrapSecrets(provider.properties) as Record<string, unknown> }
          : undefined,
        config: snapshot.config,
      };
      const node = { resource, input, description: describeResource(input, model) };
      this.nodes.push(node);
      this.byUrn.set(resource.urn, node);
    }
  }

  /**
   * The resource a property of `from` names: through the engine's property dependencies first
   * (known even when the value is unknown at preview), then by name, ARN or id.
   * `unknown`: the reference is unknown and no dependency tells; `outside`: not in this stack.
   */
  referenced(from: Node, property: string, targets: readonly string[]): Node | "unknown" | "outside" {
    const accepted = new Set(targets.map(canonicalToken));
    const accept = (node: Node | undefined): node is Node =>
      node !== undefined && accepted.has(canonicalToken(node.resource.type));
    const top = property.split(/[.[]/)[0]!;
    for (const urn of from.resource.propertyDependencies[top] ?? []) {
      const node = this.byUrn.get(urn);
      if (accept(node)) return node;
    }
    const path = property
      .split(/\.|\[(\d+)\]/)
      .filter((part) => part !== undefined && part !== "")
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const read = readPath(from.input.properties, path);
    if (read.kind === "unknown") return "unknown";
    if (read.kind !== "value" || typeof read.value !== "string") return "outside";
    const reference = read.value;
    const found = this.nodes.find(
      (node) =>
        accept(node) &&
        IDENTITY_PROPERTIES.some((key) => {
          const id = node.input.properties[key];
          return (
            typeof id === "string" &&
            id !== "" &&
            (reference === id || reference.endsWith(`/${id}`) || reference.endsWith(`:${id}`))
          );
        }),
    );
    return found ?? "outside";
  }

  /** Where a data-holding resource is, as far as the stack can tell. */
  place(node: Node): EffectiveLocation {
    const { description } = node;
    const own = description.location;
    if (own.kind === "known" || own.kind === "unrecognised") return own;
    const rule = description.holding?.location ?? description.configuring?.location;
    if (!rule) return own;

    // A CryptoKey's location is in its `keyRing` id; unknown at preview, its ring's location.
    if (own.kind === "unknown" && rule.parse === "gcp-resource-id") {
      const ring = this.referenced(node, own.property, [KEY_RING]);
      return typeof ring === "string" ? own : ring.description.location;
    }

    // azure-native: the resource group's location (the provider's only defaults groups).
    if (rule.parent) {
      const group = this.referenced(
        node,
        own.kind === "unknown" ? own.property : rule.parent.property,
        rule.parent.targets,
      );
      if (typeof group === "string") {
        return own.kind === "unknown"
          ? own
          : { kind: "unknown", property: rule.parent.property, from: "resource" };
      }
      const groupLocation = effectiveLocation(
        AZURE_RESOURCE_GROUP_LOCATION,
        {
          cloud: "azure",
          props: group.input.properties,
          provider: group.input.provider,
          config: group.input.config,
        },
        this.model.catalog,
      );
      if (groupLocation.kind === "known" || groupLocation.kind === "unrecognised") {
        const placed = describeResource(
          { ...node.input, parentLocation: groupLocation.raw },
          this.model,
        ).location;
        // An unknown own `location` (`group.location`) stops the model's search; the group decides.
        return placed.kind === "unknown" ? groupLocation : placed;
      }
      return groupLocation;
    }
    return own;
  }
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
function tagCell(value: string | undefined, description: ResourceDescription): string {
  if (value !== undefined) return value;
  return description.tags.unknown.length > 0 || description.tags.unknownKeys.length > 0 ? UNKNOWN_CELL : NONE;
}

export function inventoryOf(snapshot: StackSnapshot, model: ModelLike = DEFAULT_MODEL): InventoryRow[] {
  const graph = new Graph(snapshot, model);
  const counts = new Map<string, InventoryRow>();
  for (const node of graph.nodes) {
    const { description } = node;
    if (!description.cloud) continue;
    let tagged: Node | "unknown" | "outside";
    if (description.holding) {
      tagged = node;
    } else if (
      description.configuring?.holdsData !== undefined &&
      description.configuring.direction !== "reverse"
    ) {
      // Holds data of its own, judged with the tags of what it configures.
      tagged = graph.referenced(node, description.configuring.property, description.configuring.targets);
    } else {
      continue;
    }
    const cell = (value: (d: ResourceDescription) => string | undefined): string =>
      tagged === "unknown"
        ? UNKNOWN_CELL
        : tagged === "outside"
          ? NONE
          : tagCell(value(tagged.description), tagged.description);
    const zone = cell((d) => d.tags.residency?.value);
    const classification = cell((d) => d.tags.classification?.value);
    const row: InventoryRow = {
      zone,
      cloud: description.cloud,
      location: locationCell(graph.place(node)),
      classification,
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
