// What every policy needs to know about one resource, computed from raw properties.
import {
  describeResource,
  type ResourceDescription,
  type ResourceInput,
  type TagSource,
} from "../sovereignty/resource";
import { readTagSources, tagSourcesOf, type ResidencyTagReading } from "../sovereignty/resource";
import type { Classification, Zone } from "../sovereignty/types";
import type { Settings } from "./settings";

export interface Judged {
  readonly input: ResourceInput;
  readonly description: ResourceDescription;
  readonly tags: ResidencyTagReading;
  readonly zone?: Zone;
  readonly classification?: Classification;
}

/**
 * Resources that cannot carry tags at all (and configure nothing) take the stack-level
 * declaration in `sovereignty.defaults`, the only explicit declaration they can have.
 */
export function judge(input: ResourceInput, settings: Settings): Judged {
  // The five resource policies judge the same request back to back, and ./deserializeOnce.ts
  // hands them the same property bag: judge it once. Keyed weakly by the bag's identity, then
  // by everything else the judgement reads (settings, type, provider bag, stack config).
  if (input.parentLocation !== undefined) return judgeUncached(input, settings);
  let memo = judgements.get(input.properties);
  const hit = memo?.find(
    (m) =>
      m.settings === settings &&
      m.input.type === input.type &&
      m.input.config === input.config &&
      m.input.provider?.type === input.provider?.type &&
      m.input.provider?.properties === input.provider?.properties,
  );
  if (hit) return hit.judged;
  const judged = judgeUncached(input, settings);
  if (!memo) judgements.set(input.properties, (memo = []));
  if (memo.length < 4) memo.push({ input, settings, judged });
  return judged;
}

const judgements = new WeakMap<
  object,
  { readonly input: ResourceInput; readonly settings: Settings; readonly judged: Judged }[]
>();

function judgeUncached(input: ResourceInput, settings: Settings): Judged {
  const description = describeResource(input, settings);
  let tags = description.tags;
  if (description.dataHolding && !description.taggable && !description.configuring) {
    const sources: TagSource[] = [];
    const defaults: Record<string, string> = {};
    if (settings.defaults.residency) defaults["data-residency"] = settings.defaults.residency;
    if (settings.defaults.classification) defaults["data-classification"] = settings.defaults.classification;
    sources.push({ origin: "stack-default", property: "sovereignty.defaults", kind: "tags", tags: defaults });
    sources.push(...tagSourcesOf(input, description.holding?.tagsProperty));
    tags = readTagSources(sources, settings.zones);
  }
  return {
    input,
    description,
    tags,
    ...(tags.residency?.zone ? { zone: tags.residency.zone } : {}),
    // An unknown classification is judged as the strictest one a source declares (fail closed).
    ...(tags.classification
      ? { classification: tags.classification.value }
      : tags.classificationFloor
        ? { classification: tags.classificationFloor.value }
        : {}),
  };
}

export function describeLocation(d: ResourceDescription): string {
  const l = d.location;
  if (l.kind !== "known") return "an unknown location";
  const from =
    l.from === "resource"
      ? `\`${l.property}\``
      : l.from === "provider"
        ? `its provider's \`${l.property.replace(/^provider\./, "")}\``
        : l.from === "config"
          ? `stack config \`${l.property}\``
          : l.from === "parent"
            ? "its resource group"
            : `the service default`;
  return `\`${l.location.name}\` (${l.location.countries.join(", ")}; from ${from})`;
}
