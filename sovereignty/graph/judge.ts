// One resource judged alone: what it is (../resource describeResource), its effective residency
// tags (own, provider defaults, and `sovereignty.defaults` for resources that cannot carry tags),
// the zone and classification they declare, and its own effective location. Everything the graph
// adds (references, resource groups, key rings) comes on top of this, in ./graph.ts.
import {
  describeResource,
  type ResourceDescription,
  type ResourceInput,
  type TypeDescription,
} from "../resource/describe";
import { effectiveLocation } from "../resource/location";
import {
  CLASSIFICATION_KEY,
  readTagSources,
  RESIDENCY_KEY,
  type ResidencyTagReading,
  type TagSource,
} from "../resource/tags";
import { tagSourcesOf } from "../resource/describe";
import type { EffectiveLocation } from "../resource/types";
import type { DataOfRule } from "../registry/types";
import type { Classification, Cloud, Zone } from "../types";
import type { GraphSettings } from "./records";
import { placementOf, type Placement } from "./types";

export interface Judged {
  readonly input: ResourceInput;
  /** What its type is (shared by every resource of the type); its own location and tags are below. */
  readonly description: TypeDescription;
  /** The cloud of its type (the registry's, for tokens `describeResource` does not know: classic `azure:`). */
  readonly cloud?: Cloud;
  /** How the registry classifies the type, and where it keeps its location and tags. */
  readonly placement: Placement;
  readonly tags: ResidencyTagReading;
  readonly zone?: Zone;
  readonly classification?: Classification;
  /** Its own effective location (for a type the registry places but that holds no data, too). */
  readonly location: EffectiveLocation;
  /**
   * What `sovereignty.defaults` declares for a resource that can carry tags but declares none
   * (its `zone` and `classification` then come from here): the stack-level declaration is part
   * of its effective tags, lowest in precedence. Its own tags are still required where the rules
   * require them (`tags` does not include these).
   */
  readonly stackDefaults?: { readonly residency?: string; readonly classification?: Classification };
  /**
   * A resource that processes the data of the holder it runs inside (an AI model deployment in its
   * account) and whose own tags declare no zone: the stack graph judges it with that holder's tags
   * (its `zone` and `classification` are then absent here: nothing of its own to judge it with).
   */
  readonly dataOf?: DataOfRule;
}

/**
 * The keys `sovereignty.defaults` fills for a resource whose own and provider tags say nothing
 * about them: not where a tag is set, conflicting, or possibly inside a value unknown at preview.
 */
function fromStackDefaults(tags: ResidencyTagReading, settings: GraphSettings): Judged["stackDefaults"] {
  if (tags.unknown.length > 0) return undefined;
  const silent = (key: string) =>
    !tags.unknownKeys.includes(key) && !tags.problems.some((p) => p.key === key);
  const residency = !tags.residency && silent(RESIDENCY_KEY) ? settings.defaults.residency : undefined;
  const classification =
    !tags.classification && !tags.classificationFloor && silent(CLASSIFICATION_KEY)
      ? settings.defaults.classification
      : undefined;
  if (!residency && !classification) return undefined;
  return { ...(residency ? { residency } : {}), ...(classification ? { classification } : {}) };
}

export function judgeResource(input: ResourceInput, settings: GraphSettings): Judged {
  const placement = placementOf(input.type);
  const described = describeResource(input, settings);
  // A child without tags or a location of its own (a Cosmos SQL container, a Service Bus queue)
  // is a side resource that holds its parent's data: judged with the parent's tags, placed where
  // the parent is (docs/design.md), never passed because it cannot carry tags.
  const description =
    placement.parent && !described.configuring && !described.holding
      ? {
          ...described,
          configuring: placement.parent,
          dataHolding: true,
          category: placement.parent.holdsData!,
        }
      : described;
  let tags = description.tags;
  let location = description.location;
  const cloud = description.cloud ?? placement.cloud;
  // Types the model does not describe in depth are placed when tagged: their tags and location
  // are read the way the registry says for the type (the cloud's usual way).
  if (!description.dataHolding && !description.configuring && cloud) {
    // describeResource read the usual property (`labels` on GCP, else `tags`): read again only
    // where the type keeps them elsewhere.
    const usual = input.type.startsWith("gcp:") ? "labels" : "tags";
    if (placement.tagsProperty !== undefined && placement.tagsProperty !== usual)
      tags = readTagSources(tagSourcesOf(input, placement.tagsProperty), settings.zones);
    if (placement.location)
      location = effectiveLocation(
        placement.location,
        {
          cloud,
          props: input.properties,
          provider: input.provider,
          config: input.config ?? settings.config,
          parentLocation: input.parentLocation,
        },
        settings.catalog,
      );
  }
  const untaggable =
    !description.configuring &&
    ((description.dataHolding && !description.taggable) ||
      (!description.dataHolding && placement.location !== undefined && placement.tagsProperty === undefined));
  if (untaggable) {
    // The only explicit declaration a resource that cannot carry tags can have: the stack's.
    const defaults: Record<string, string> = {};
    if (settings.defaults.residency) defaults["data-residency"] = settings.defaults.residency;
    if (settings.defaults.classification) defaults["data-classification"] = settings.defaults.classification;
    const sources: TagSource[] = [
      { origin: "stack-default", property: "sovereignty.defaults", kind: "tags", tags: defaults },
      ...tagSourcesOf(input, description.holding?.tagsProperty ?? placement.tagsProperty),
    ];
    tags = readTagSources(sources, settings.zones);
  }
  // A zone declared by the resource itself (or its provider's default tags): `sovereignty.defaults`
  // is the stack's declaration, less specific than the holder a deployment runs inside.
  const ownZone = tags.residency?.zone && tags.residency.origin !== "stack-default";
  const dataOf = placement.dataOf && !ownZone ? placement.dataOf : undefined;
  // Only where there is something to place: a type with a location of its own (or its parent's).
  const placeable = (description.holding?.location ?? placement.location) !== undefined;
  const stackDefaults =
    untaggable || description.configuring || !placeable || dataOf
      ? undefined
      : fromStackDefaults(tags, settings);
  const zone = dataOf
    ? undefined
    : (tags.residency?.zone ??
      (stackDefaults?.residency ? settings.zones.get(stackDefaults.residency) : undefined));
  // An unknown classification is judged as the strictest one a source declares (fail closed).
  const classification = dataOf
    ? undefined
    : (tags.classification?.value ?? tags.classificationFloor?.value ?? stackDefaults?.classification);
  return {
    input,
    description: typeDescription(description),
    ...(cloud ? { cloud } : {}),
    placement,
    tags,
    location,
    ...(stackDefaults ? { stackDefaults } : {}),
    ...(dataOf ? { dataOf } : {}),
    ...(zone ? { zone } : {}),
    ...(classification ? { classification } : {}),
  };
}

/**
 * The per-type part of a description, one object per type: a stack graph keeps a judgement per
 * resource, and the part that depends only on the type was about 4 MiB of copies at 50,000.
 */
const typeDescriptions = new Map<string, TypeDescription>();
function typeDescription(d: ResourceDescription): TypeDescription {
  let shared = typeDescriptions.get(d.type);
  if (!shared) {
    shared = {
      type: d.type,
      ...(d.cloud ? { cloud: d.cloud } : {}),
      dataHolding: d.dataHolding,
      ...(d.category ? { category: d.category } : {}),
      ...(d.holding ? { holding: d.holding } : {}),
      ...(d.configuring ? { configuring: d.configuring } : {}),
      taggable: d.taggable,
    };
    typeDescriptions.set(d.type, shared);
  }
  return shared;
}

/** A location in a message: `` `eu-west-2` (GB; from `region`) ``. */
export function describeLocation(l: EffectiveLocation): string {
  if (l.kind !== "known") return "an unknown location";
  const from =
    l.from === "resource"
      ? `\`${l.property}\``
      : l.from === "provider"
        ? `its provider's \`${l.property.replace(/^provider\./, "")}\``
        : l.from === "config"
          ? `stack config \`${l.property}\``
          : l.from === "parent"
            ? "the resource it lives in"
            : `the service default`;
  return `\`${l.location.name}\` (${l.location.countries.join(", ")}; from ${from})`;
}
