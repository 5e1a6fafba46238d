// The stack graph: built once per stack from neutral records (./records.ts). It indexes every
// resource by URN and by every identity (./references.ts), so resolving a reference costs what its
// names cost, never a scan of the stack (at 50,000 resources a scan per reference is quadratic).
// It resolves references (property dependencies, then ARN / name / id), places resources through
// azure-native resource groups and GCP key rings, finds the resource a side resource configures
// (whose tags it is judged with), where flows go and what copies come from. The pack's stack policy
// and the runner's inventory both read it, so they cannot disagree.
import { dataFlows, dataOrigins, type FlowDestination, type FlowOrigin } from "../flows";
import { containersOf, identitiesOf, keyTypes } from "../registry";
import { canonicalToken } from "../resource/dataHolding";
import type { ResourceInput } from "../resource/describe";
import { readPath, readString } from "../resource/properties";
import type { EffectiveLocation } from "../resource/types";
import type { Location } from "../types";
import type { Place } from "../verdict/place";
import { flowPlace } from "./flows";
import { judgeResource, type Judged } from "./judge";
import type { GraphSettings, ResourceRecord } from "./records";
import {
  identitiesIn,
  push,
  referenceNames,
  segments,
  slashSuffixes,
  topProperty,
  withValueAt,
} from "./references";

export interface GraphNode {
  readonly record: ResourceRecord;
  readonly judged: Judged;
  readonly identities: readonly string[];
  /** Position in the stack: lookups answer the first match in stack order, as a scan would. */
  readonly order: number;
}

/** A reference followed: the resource, or unknown at preview and linked to none, or not in this stack. */
export type Resolved = GraphNode | "unknown" | "outside";

/** A location as the stack can tell it, and the resource it was read through (a group, a key ring). */
export interface Placed {
  readonly location: EffectiveLocation;
  readonly through?: GraphNode;
}

/** Where one flow goes, with the graph's help. */
export type FlowResolution =
  | { readonly kind: "place"; readonly place: Place; readonly through?: GraphNode }
  /** Unknown at preview and linked to no resource: "cannot verify" naming `property`. */
  | { readonly kind: "unknown"; readonly property: string }
  /** Names a resource outside this stack. */
  | { readonly kind: "outside"; readonly property: string }
  /** Names a resource of the stack whose location is unknown at preview. */
  | { readonly kind: "target-unknown"; readonly target: GraphNode; readonly property: string };

/** Key resources a customer-managed key reference can name (KMS keys, vaults, HSMs, disk encryption sets). */
export const KEY_TYPES: readonly string[] = keyTypes();

/** Canonical type tokens of a `targets` list, computed once per list (the lists are constants). */
const targetSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function targetSet(targets: readonly string[]): ReadonlySet<string> {
  let set = targetSets.get(targets);
  if (!set) {
    set = new Set(targets.flatMap((t) => [t, canonicalToken(t)]));
    targetSets.set(targets, set);
  }
  return set;
}

function first(candidates: Iterable<GraphNode>, accept: (n: GraphNode) => boolean): GraphNode | undefined {
  let best: GraphNode | undefined;
  for (const n of candidates) if ((!best || n.order < best.order) && accept(n)) best = n;
  return best;
}

/**
 * Accepts a resource that may be in `from`'s resource group: an azure-native child names its
 * parent by a name unique only within the group (`accountName` with `resourceGroupName`), so a
 * known, different group rules a candidate out; an unknown or absent one does not.
 */
function sameGroup(from: GraphNode): (n: GraphNode) => boolean {
  const group = readString(from.record.properties, ["resourceGroupName"]);
  if (group.kind !== "value" || typeof group.value !== "string") return () => true;
  const mine = group.value.toLowerCase();
  return (n) => {
    const theirs = readString(n.record.properties, ["resourceGroupName"]);
    return theirs.kind !== "value" || typeof theirs.value !== "string" || theirs.value.toLowerCase() === mine;
  };
}

export class StackGraph {
  readonly nodes: GraphNode[] = [];
  private readonly byUrn = new Map<string, GraphNode>();
  /** Identity → the resource that has it, or the resources (most identities name one). */
  private readonly byIdentity = new Map<string, GraphNode | GraphNode[]>();
  private readonly canonicalTypes = new Map<string, string>();
  /** Reverse references (`property` → referrers), built on first use per property. */
  private readonly referrers = new Map<
    string,
    { byDependency: Map<string, GraphNode[]>; byValue: Map<string, GraphNode[]> }
  >();
  private readonly placed = new Map<GraphNode, Placed>();
  private readonly governors = new Map<GraphNode, Resolved>();
  private readonly placing = new Set<GraphNode>();

  /**
   * `judge`: how one resource is judged alone; the pack passes its memoised judge so that its
   * resource policies and its stack policy judge a resource once.
   */
  constructor(
    records: Iterable<ResourceRecord>,
    readonly settings: GraphSettings,
    judge: (input: ResourceInput) => Judged = (input) => judgeResource(input, settings),
  ) {
    for (const record of records) {
      // The record is the input: its stack config comes from the settings (one object fewer per
      // resource in a graph of 50,000).
      const judged = judge(record);
      const node: GraphNode = {
        record,
        judged,
        identities: identitiesIn(record.properties, identitiesOf(record.type)),
        order: this.nodes.length,
      };
      this.nodes.push(node);
      this.byUrn.set(record.urn, node);
      for (const id of node.identities) this.index(id, node);
    }
  }

  /** A list only for an identity two resources share: a list per resource cost ~3 MiB at 50,000. */
  private index(id: string, node: GraphNode): void {
    const known = this.byIdentity.get(id);
    if (known === undefined) this.byIdentity.set(id, node);
    else if (Array.isArray(known)) {
      if (known[known.length - 1] !== node) known.push(node);
    } else if (known !== node) this.byIdentity.set(id, [known, node]);
  }

  get(urn: string): GraphNode | undefined {
    return this.byUrn.get(urn);
  }

  private canonicalType(type: string): string {
    let c = this.canonicalTypes.get(type);
    if (c === undefined) {
      c = canonicalToken(type);
      this.canonicalTypes.set(type, c);
    }
    return c;
  }

  private typeAccepted(n: GraphNode, targets: readonly string[] | undefined): boolean {
    if (!targets) return true;
    const set = targetSet(targets);
    return set.has(n.record.type) || set.has(this.canonicalType(n.record.type));
  }

  /**
   * The resource a property of `from` refers to. A known value names its resource exactly; the
   * dependencies of the top-level property (`rules` for `rules[0].targetVaultName`) may name
   * several resources, so they only stand in for a value that is unknown or names nothing in the
   * stack (they are known even when the value is not). `exclude`: resources it cannot be (the
   * resource itself, the one it configures).
   */
  resolve(
    from: GraphNode,
    property: string,
    targets: readonly string[] | undefined,
    exclude?: readonly GraphNode[],
    accept?: (n: GraphNode) => boolean,
  ): Resolved {
    const value = readPath(from.record.properties, segments(property));
    if (value.kind === "value" && typeof value.value === "string") {
      const named = this.byReference(value.value, targets, accept);
      if (named && !exclude?.includes(named)) return named;
    }
    for (const urn of from.record.propertyDependencies[topProperty(property)] ?? []) {
      const n = this.get(urn);
      if (n && !exclude?.includes(n) && this.typeAccepted(n, targets)) return n;
    }
    return value.kind === "unknown" ? "unknown" : "outside";
  }

  /**
   * The first resource (in stack order) one of whose identities the reference names or ends with;
   * `accept` narrows the candidates further (a name that is unique only within a resource group).
   */
  byReference(
    reference: string,
    targets: readonly string[] | undefined,
    accept?: (n: GraphNode) => boolean,
  ): GraphNode | undefined {
    const candidates = new Set<GraphNode>();
    for (const name of [...referenceNames(reference), ...slashSuffixes(reference)]) {
      const named = this.byIdentity.get(name);
      if (Array.isArray(named)) for (const n of named) candidates.add(n);
      else if (named) candidates.add(named);
    }
    return first(candidates, (n) => this.typeAccepted(n, targets) && (!accept || accept(n)));
  }

  /** Resources of `targets` types whose `property` names `node` (by dependency, by identity or `…/identity`). */
  referencing(node: GraphNode, property: string, targets: readonly string[]): GraphNode[] {
    let index = this.referrers.get(property);
    if (!index) {
      index = { byDependency: new Map(), byValue: new Map() };
      for (const r of this.nodes) {
        for (const urn of r.record.propertyDependencies[property] ?? []) push(index.byDependency, urn, r);
        const v = readString(r.record.properties, [property]);
        if (v.kind === "value" && typeof v.value === "string") {
          push(index.byValue, v.value, r);
          for (const tail of slashSuffixes(v.value)) push(index.byValue, tail, r);
        }
      }
      this.referrers.set(property, index);
    }
    const found = new Set<GraphNode>(index.byDependency.get(node.record.urn) ?? []);
    for (const id of node.identities) for (const r of index.byValue.get(id) ?? []) found.add(r);
    return [...found].filter((r) => targets.includes(r.record.type)).sort((a, b) => a.order - b.order);
  }

  /**
   * The resource whose residency tags `node` is judged with: the resource a side resource
   * configures (a key ring: the first of its keys that declares a zone); for a resource without a
   * zone of its own that processes a holder's data (an AI model deployment), that holder — in the
   * same resource group when both name one; else `node` itself.
   */
  governor(node: GraphNode): Resolved {
    let g = this.governors.get(node);
    if (g === undefined) {
      const spec = node.judged.description.configuring;
      const dataOf = node.judged.dataOf;
      if (!spec && dataOf) {
        g = this.resolve(node, dataOf.property, dataOf.targets, [node], sameGroup(node));
      } else if (!spec) g = node;
      else if (spec.direction === "reverse") {
        const referrers = this.referencing(node, spec.property, spec.targets);
        g = referrers.find((r) => r.judged.zone) ?? referrers[0] ?? "outside";
      } else {
        // A guard while following a chain of children (a share file in its share in its account).
        this.governors.set(node, "outside");
        g = this.resolve(node, spec.property, spec.targets);
        // A child named through another child without tags (a classic share file through its
        // share): judged with the tags of the resource the chain ends in.
        if (typeof g !== "string" && g !== node && g.judged.placement.parent) g = this.governor(g);
      }
      this.governors.set(node, g);
    }
    return g;
  }

  /**
   * Where a resource is, as the stack can tell: its own location; else a GCP CryptoKey whose key
   * ring id is unknown is in its ring's; an azure-native resource without one is in its resource
   * group's (through `resourceGroupName`, or through `location` when that is an unknown
   * `group.location`).
   */
  place(node: GraphNode): Placed {
    let p = this.placed.get(node);
    if (!p) {
      // A parent chain that loops (a malformed stack) ends as "absent", never as a stack overflow.
      this.placing.add(node);
      p = this.computePlace(node);
      this.placing.delete(node);
      this.placed.set(node, p);
    }
    return p;
  }

  private computePlace(node: GraphNode): Placed {
    const d = node.judged.description;
    const own = node.judged.location;
    if (own.kind === "known" || own.kind === "unrecognised") return { location: own };
    const rule = d.holding?.location ?? d.configuring?.location ?? node.judged.placement.location;
    if (!rule && node.judged.placement.parent) {
      // A child without a location of its own (a Cosmos SQL container) is where its parent is.
      const parent = this.resolve(
        node,
        node.judged.placement.parent.property,
        node.judged.placement.parent.targets,
        [node],
      );
      if (typeof parent === "string") return { location: own };
      const at = this.placing.has(parent) ? ({ kind: "absent" } as const) : this.place(parent).location;
      return { location: at, through: parent };
    }
    if (!rule) return { location: own };
    if (own.kind === "unknown" && rule.parse === "gcp-resource-id") {
      const ring = this.resolve(node, own.property, containersOf(node.record.type));
      if (typeof ring === "string") return { location: own };
      const at = this.place(ring).location;
      return at.kind === "known" || at.kind === "unrecognised"
        ? { location: at, through: ring }
        : { location: own };
    }
    if (!rule.parent) return { location: own };
    // An azure-native resource group, or another parent the type lives in (an AI model
    // deployment in its account): the parent's own place, as the graph tells it.
    const parent = this.resolve(
      node,
      own.kind === "unknown" ? own.property : rule.parent.property,
      rule.parent.targets,
    );
    if (typeof parent === "string" || parent === node) {
      return {
        location:
          own.kind === "unknown"
            ? own
            : {
                kind: "unknown",
                property: rule.parent.property,
                from: "resource",
                ...(parent === "outside" ? { outsideStack: true as const } : {}),
              },
      };
    }
    const at = this.placing.has(parent) ? ({ kind: "absent" } as const) : this.place(parent).location;
    return at.kind === "known" || at.kind === "unrecognised"
      ? { location: { ...at, from: "parent" }, through: parent }
      : { location: at, through: parent };
  }

  /** The catalog location of a resource, when the stack can tell it. */
  location(node: GraphNode): Location | undefined {
    const l = this.place(node).location;
    return l.kind === "known" ? l.location : undefined;
  }

  /**
   * Where a key resource is: an Azure Key Vault key in its vault; otherwise where the graph places
   * it (a CryptoKey through its ring, a vault or disk encryption set through its resource group).
   */
  keyPlace(key: GraphNode): Location | undefined {
    const spec = key.judged.description.configuring;
    if (spec && spec.direction !== "reverse") {
      const vault = this.resolve(key, spec.property, spec.targets);
      return typeof vault === "string" ? undefined : this.location(vault);
    }
    return this.location(key);
  }

  /** Every flow of a resource's data, read with its own location as context (Azure pairs). */
  flows(node: GraphNode): readonly FlowDestination[] {
    const primary = this.location(node);
    return dataFlows(node.record.type, node.record.properties, primary ? { primary } : {});
  }

  /** Every source a resource is a copy of, followed through the stack. */
  origins(node: GraphNode): readonly { readonly origin: FlowOrigin; readonly source: Resolved }[] {
    return dataOrigins(node.record.type, node.record.properties).map((origin) => ({
      origin,
      source: this.resolve(node, origin.property, undefined),
    }));
  }

  /**
   * Where one flow of `source` goes. `governor`: the resource whose tags judge it (a side
   * resource's target), never itself the destination.
   */
  resolveFlow(source: GraphNode, governor: GraphNode, flow: FlowDestination): FlowResolution {
    const where = flowPlace(flow, this.settings.catalog);
    if (where !== "stack" && where !== "unknown") return { kind: "place", place: where };
    // An unknown value is followed through the graph only where a known one would name a resource
    // (a bucket ARN, a vault ARN). A whole list or object unknown at preview (`rules` built with
    // `pulumi.output(rules).apply(...)`, `replicas`, `locations`) names no single resource: its
    // dependencies are whatever it was built from (the plan's own vault, a KMS key), not where
    // the copies go.
    if (where === "unknown" && !this.namesAResource(source, flow.property))
      return { kind: "unknown", property: flow.property };
    // The reference the flow function read (the bucket of an `s3://bucket/prefix` URI) names the
    // resource first; else the declaring property, by value then by its dependencies — which
    // also name the resource this one configures (a plan's `rules` hold `targetVaultName:
    // vault.name`): never the place copies go.
    const named =
      flow.target.kind === "resource" ? this.byReference(flow.target.reference, undefined) : undefined;
    const target =
      named && named !== source && named !== governor
        ? named
        : this.resolve(source, flow.property, undefined, [source, governor]);
    if (target === "unknown") return { kind: "unknown", property: flow.property };
    if (target === "outside") return { kind: "outside", property: flow.property };
    const loc = this.place(target).location;
    switch (loc.kind) {
      case "known":
        return {
          kind: "place",
          place: { kind: "location", location: loc.location, raw: loc.raw },
          through: target,
        };
      case "unrecognised":
        return { kind: "place", place: { kind: "unrecognised", raw: loc.raw }, through: target };
      case "unknown":
        return { kind: "target-unknown", target, property: `${target.record.name}.${loc.property}` };
      case "absent":
        return { kind: "place", place: { kind: "unrecognised", raw: "(no location)" }, through: target };
    }
  }

  /**
   * Would a known string at `property` name another resource? Asked of the flow model itself: put
   * a plain name there and see whether the resource's flows then point at a resource through it.
   * A list or object property answers no (a string there is no list of rules).
   */
  private namesAResource(node: GraphNode, property: string): boolean {
    const probe = withValueAt(node.record.properties, segments(property), "sovereignty-probe");
    return dataFlows(node.record.type, probe as Readonly<Record<string, unknown>>, {}).some(
      (f) => f.property === property && f.target.kind === "resource",
    );
  }
}
