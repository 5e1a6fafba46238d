// Model-level judging for the coverage tables: a hand-made stack of records goes through the stack
// graph (sovereignty/graph) and is asked, for one resource, what the verdict asks — is it inside
// its governing zone, and is every flow and copy of its data? The pack's rules phrase the same
// answers as findings; these tables pin the model's facts per declaration, without the pack.
import { defaultCatalog } from "../../../sovereignty/catalog/catalog";
import { StackGraph, type GraphNode, type ResourceRecord } from "../../../sovereignty/graph";
import { placeInZone, type Place } from "../../../sovereignty/verdict/place";
import { defaultZones } from "../../../sovereignty/zones";
import type { Zone } from "../../../sovereignty/types";

export const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" } as const;

/** One resource of a hand-made stack. */
export interface R {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly deps?: Record<string, string[]>;
}

export const urnOf = (type: string, name: string): string => `urn:pulumi:dev::proj::${type}::${name}`;

/** What the model says about one fact of the subject: inside the zone, outside it, or unverifiable. */
export type Answer = "in" | "out" | "unknown";

export interface Judgement {
  /** The subject's own location against its governing zone; `none` when it has no location or no zone. */
  readonly location: Answer | "none";
  /** Every flow destination, resolved through the stack. */
  readonly flows: readonly Answer[];
  /** Every copy relation (the subject is a copy of a source): its location against the source's zone. */
  readonly origins: readonly Answer[];
}

function inZone(place: Place, zone: Zone): Answer {
  return placeInZone(place, zone) ? "in" : "out";
}

/** Judges `subject` (a resource name) in a stack of `resources` (AWS default region `config`). */
export function judge(
  resources: readonly R[],
  subject: string,
  config: Record<string, string> = {},
  defaults: { readonly residency?: string; readonly classification?: "personal" } = {},
): Judgement {
  const records: ResourceRecord[] = resources.map((r) => ({
    urn: urnOf(r.type, r.name),
    type: r.type,
    name: r.name,
    properties: r.props,
    propertyDependencies: r.deps ?? {},
  }));
  const graph = new StackGraph(records, { catalog: defaultCatalog, zones: defaultZones, defaults, config });
  const node = graph.nodes.find((n) => n.record.name === subject);
  if (!node) throw new Error(`no resource ${subject}`);
  const governor = graph.governor(node);
  const zone = typeof governor === "string" ? undefined : governor.judged.zone;
  const placed = graph.place(node).location;
  const location: Answer | "none" =
    !zone || placed.kind === "absent"
      ? "none"
      : placed.kind === "known"
        ? inZone({ kind: "location", location: placed.location, raw: placed.raw }, zone)
        : placed.kind === "unrecognised"
          ? "out"
          : "unknown";
  const flows = graph.flows(node).map((flow): Answer => {
    if (!zone || typeof governor === "string") return "unknown";
    const r = graph.resolveFlow(node, governor, flow);
    return r.kind === "place" ? inZone(r.place, zone) : "unknown";
  });
  const origins = graph.origins(node).map(({ source }): Answer => {
    // A copy keeps its source's zone: the source's governing resource's (a global cluster's primary).
    const sourceGovernor = typeof source === "string" ? undefined : graph.governor(source);
    const sourceZone =
      sourceGovernor === undefined || typeof sourceGovernor === "string"
        ? undefined
        : sourceGovernor.judged.zone;
    const here = graph.location(node);
    if (!sourceZone || !here) return "unknown";
    return inZone({ kind: "location", location: here, raw: here.name }, sourceZone);
  });
  return { location, flows, origins };
}

/** The one-word verdict the tables expect: any fact outside → `out`; else any unverifiable → `unknown`; else `in`. */
export function verdict(j: Judgement): Answer {
  const all = [...(j.location === "none" ? [] : [j.location]), ...j.flows, ...j.origins];
  if (all.includes("out")) return "out";
  if (all.includes("unknown")) return "unknown";
  return "in";
}

/** Nodes are exported for tests that need to look closer. */
export type { GraphNode };
