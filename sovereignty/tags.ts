import { nearest } from "./catalog/suggest";
import { Interned } from "./interned";
import { CLASSIFICATIONS } from "./types";
import type { Classification, Zone } from "./types";
import { isUnknown } from "./values";

// docs/design.md "Residency tags": AWS tags, Azure tags and GCP labels carry the same three keys, and GCP
// label rules bind all three clouds so one declaration works everywhere.
export const RESIDENCY_TAG = "data-residency";
export const CLASSIFICATION_TAG = "data-classification";
export const TRANSFER_APPROVAL_TAG = "transfer-approval";
export const RESIDENCY_TAG_KEYS: readonly string[] = [
  RESIDENCY_TAG,
  CLASSIFICATION_TAG,
  TRANSFER_APPROVAL_TAG,
];
type ResidencyKey = typeof RESIDENCY_TAG | typeof CLASSIFICATION_TAG | typeof TRANSFER_APPROVAL_TAG;

/** What the reader needs of a zone registry (the real ZoneRegistry satisfies it; `list` feeds hints). */
export interface ZoneLookup {
  get(id: string): Zone | undefined;
  list?(): readonly Zone[];
}

export type TagProblem =
  | {
      readonly kind: "conflict";
      readonly key: string;
      readonly spellings: readonly string[];
      readonly values: readonly string[];
      readonly message: string;
    }
  | {
      readonly kind: "invalid-value";
      readonly key: string;
      readonly value: string;
      readonly expected: string;
      readonly message: string;
    }
  | {
      readonly kind: "not-a-label";
      readonly key: string;
      readonly value: string;
      readonly reason: string;
      readonly message: string;
    };

/** Where a set of tags comes from, lowest precedence first in a reading. */
export type TagOrigin = "provider-default" | "resource" | "configured-resource" | "stack-default";

/** One set of tags, or the fact that the whole set is unknown at preview. */
export type TagSource =
  | {
      readonly origin: TagOrigin;
      /** The property it was read from (`tags`, `provider.defaultTags.tags`), named in messages. */
      readonly property: string;
      readonly kind: "tags";
      readonly tags: Readonly<Record<string, unknown>>;
    }
  | { readonly origin: TagOrigin; readonly property: string; readonly kind: "unknown" };

export interface TagValue<T extends string = string> {
  /** Trimmed and lower-cased. */
  readonly value: T;
  /** The key as written (`Data-Residency`). */
  readonly key: string;
  readonly origin: TagOrigin;
  readonly property: string;
}

/** The effective residency tags of one resource, with the source of each. */
export interface EffectiveTags {
  /** Present whenever the tag has a usable value; `zone` only when it names a declared zone. */
  readonly residency?: TagValue & { readonly zone?: Zone };
  readonly classification?: TagValue<Classification>;
  readonly transferApproval?: TagValue;
  /** Properties unknown at preview that could hold a residency tag (`tags`, `tags.data-residency`). */
  readonly unknown: readonly string[];
  /** Residency keys whose value is unknown at preview: never treated as absent. */
  readonly unknownKeys: readonly string[];
  /**
   * When `data-classification` is unknown at preview but a source declares one (the provider's
   * default tags say `personal` and the resource's own tag map is unknown): the strictest such
   * value. A later tag could override it, and we cannot know with what, so judging fails closed
   * with the strictest known candidate (docs/design.md "Unknown values": never a silent pass).
   */
  readonly classificationFloor?: TagValue<Classification>;
  readonly problems: readonly TagProblem[];
}

/** The plain reading of {@link readResidencyTags}: zone id, classification and approval id. */
export interface ResidencyTagReading {
  /** A known zone id (lower case), when the tag names one. */
  readonly residency?: string;
  readonly classification?: Classification;
  readonly transferApproval?: string;
  readonly problems: readonly TagProblem[];
  /** Residency keys whose value is unknown at preview (computed): never treated as absent. */
  readonly unknownKeys: readonly string[];
}

/**
 * GCP label value rules (https://cloud.google.com/resource-manager/docs/labels-overview#requirements)
 * narrowed as docs/design.md says: lower-case `[a-z0-9_-]`, at most 63 characters, no commas.
 * Returns undefined when `value` is a valid label value, else the reason. (Empty is a valid label.)
 */
export function validateLabelValue(value: string): string | undefined {
  if (typeof value !== "string") return "is not a string";
  if (value.length > 63) return `is ${value.length} characters long; at most 63 are allowed`;
  if (value.includes(",")) return "contains a comma";
  const bad = [...value].find((ch) => !/[a-z0-9_-]/.test(ch));
  if (bad === undefined) return undefined;
  if (/[A-Z]/.test(bad)) return `contains the upper-case letter "${bad}"; only lower case is allowed`;
  if (/\s/.test(bad)) return "contains white space";
  return `contains "${bad}"; only lower-case letters, digits, "_" and "-" are allowed`;
}

function residencyKeyOf(spelling: string): ResidencyKey | undefined {
  const key = spelling.trim().toLowerCase();
  return (RESIDENCY_TAG_KEYS as readonly string[]).includes(key) ? (key as ResidencyKey) : undefined;
}

interface Entry {
  readonly spelling: string;
  readonly value: unknown;
  readonly source: TagSource;
}

/**
 * THE residency tag reader (the pack, the runner's inventory and the model all use it).
 *
 * Sources come in increasing precedence (provider default tags/labels, then the resource's own).
 * The rule, as the clouds merge them: the same key *as written* in a later source replaces the
 * earlier one (AWS `tagsAll`: resource tags override `defaultTags`; GCP `effective_labels`
 * likewise). The merged map is then read case-insensitively with keys trimmed, so
 * `Data-Residency ` cannot evade the policy — and two spellings left with different values
 * (in one source, or `data-residency` in the provider defaults and `Data-Residency` on the
 * resource, which the cloud keeps side by side) are a conflict that yields no value (fail closed).
 * A whole map unknown at preview makes every key unknown unless a later source sets it.
 */
export function readTagSources(sources: readonly TagSource[], zones: ZoneLookup): EffectiveTags {
  const merged = new Map<string, Entry>();
  const wholeUnknown = new Map<ResidencyKey, string>();
  // Every known, valid classification any source declares: the candidates if the effective one
  // turns out unknown.
  const declared: TagValue<Classification>[] = [];
  for (const source of sources) {
    if (source.kind === "tags")
      for (const [spelling, value] of Object.entries(source.tags)) {
        if (residencyKeyOf(spelling) !== CLASSIFICATION_TAG || typeof value !== "string") continue;
        const v = value.trim().toLowerCase();
        if ((CLASSIFICATIONS as readonly string[]).includes(v))
          declared.push({
            value: v as Classification,
            key: spelling,
            origin: source.origin,
            property: source.property,
          });
      }
  }
  for (const source of sources) {
    if (source.kind === "unknown") {
      // Any key could be in it, overriding what lower sources said.
      for (const [spelling] of [...merged]) if (residencyKeyOf(spelling)) merged.delete(spelling);
      for (const key of RESIDENCY_TAG_KEYS) wholeUnknown.set(key as ResidencyKey, source.property);
      continue;
    }
    for (const [spelling, value] of Object.entries(source.tags)) {
      const key = residencyKeyOf(spelling);
      if (!key) continue;
      merged.delete(spelling); // keep the latest position
      merged.set(spelling, { spelling, value, source });
      wholeUnknown.delete(key); // set by a later source: it wins for this key
    }
  }

  const groups = new Map<ResidencyKey, Entry[]>();
  for (const entry of merged.values()) {
    const key = residencyKeyOf(entry.spelling)!;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }

  const problems: TagProblem[] = [];
  const unknownKeys: string[] = [];
  const unknown: string[] = [];
  const found = new Map<ResidencyKey, TagValue>();
  for (const key of RESIDENCY_TAG_KEYS as readonly ResidencyKey[]) {
    const whole = wholeUnknown.get(key);
    if (whole !== undefined) {
      unknownKeys.push(key);
      unknown.push(whole);
      continue;
    }
    const entries = groups.get(key);
    if (!entries) continue;
    const unknownEntry = entries.find((e) => isUnknown(e.value));
    if (unknownEntry) {
      unknownKeys.push(key);
      unknown.push(`${unknownEntry.source.property}.${unknownEntry.spelling}`);
      continue;
    }
    const normalised = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : JSON.stringify(v));
    const distinct = [...new Set(entries.map((e) => normalised(e.value)))];
    if (distinct.length > 1) {
      const where = (e: Entry) =>
        entries.some((o) => o.source !== e.source) ? ` (${e.source.property})` : "";
      const sameSource = entries.every((e) => e.source === entries[0]!.source);
      problems.push({
        kind: "conflict",
        key,
        spellings: entries.map((e) => e.spelling),
        values: distinct,
        message: `tag \`${key}\` is spelled ${entries.map((e) => `\`${e.spelling}\`=\`${String(e.value)}\`${where(e)}`).join(" and ")}${sameSource ? ` in ${entries[0]!.source.property}` : ""}, with different values`,
      });
      continue;
    }
    const winner = entries[entries.length - 1]!;
    const raw = winner.value;
    if (typeof raw !== "string") {
      problems.push({
        kind: "invalid-value",
        key,
        value: String(raw),
        expected: "a string",
        message: `tag \`${winner.spelling}\` is \`${String(raw)}\`; expected a string`,
      });
      continue;
    }
    const value = raw.trim().toLowerCase();
    if (value === "") {
      const expected = expectedFor(key, zones);
      problems.push({
        kind: "invalid-value",
        key,
        value: raw,
        expected,
        message: `tag \`${winner.spelling}\` is empty; expected ${expected}`,
      });
      continue;
    }
    const labelProblem = validateLabelValue(raw);
    if (labelProblem !== undefined) {
      // docs/design.md: GCP label rules bind all three clouds. Reported; the normalised value is still
      // used for the zone decision (the tag's intent is clear, its spelling is not portable).
      problems.push({
        kind: "not-a-label",
        key,
        value: raw,
        reason: labelProblem,
        message: `tag \`${winner.spelling}\` value \`${raw}\` ${labelProblem} (residency tag values follow GCP label rules on every cloud)`,
      });
    }
    found.set(key, tagValue(value, winner.spelling, winner.source.origin, winner.source.property));
  }

  const reading: {
    residency?: TagValue & { zone?: Zone };
    classification?: TagValue<Classification>;
    transferApproval?: TagValue;
  } = {};
  const residency = found.get(RESIDENCY_TAG);
  if (residency) {
    const zone = zones.get(residency.value);
    if (!zone) {
      const ids = zones.list?.().map((z) => ({ name: z.id, keys: [z.id] })) ?? [];
      const hint = ids.length ? nearest(residency.value, ids) : [];
      const expected =
        expectedFor(RESIDENCY_TAG, zones) + (hint.length ? ` (nearest: ${hint.join(", ")})` : "");
      problems.push({
        kind: "invalid-value",
        key: RESIDENCY_TAG,
        value: residency.value,
        expected,
        message: `tag \`${residency.key}\` names zone \`${residency.value}\`, which is not a declared zone; expected ${expected}`,
      });
    }
    // Spelled out, not spread: a spread of a value built field by field gave every reading a hidden
    // class of its own in V8 (about 15 MiB of shapes at 50,000 resources in the stack graph).
    reading.residency = zone ? inZone(residency, zone) : residency;
  }
  const classification = found.get(CLASSIFICATION_TAG);
  if (classification) {
    if ((CLASSIFICATIONS as readonly string[]).includes(classification.value)) {
      reading.classification = classification as TagValue<Classification>;
    } else {
      const expected = expectedFor(CLASSIFICATION_TAG, zones);
      problems.push({
        kind: "invalid-value",
        key: CLASSIFICATION_TAG,
        value: classification.value,
        expected,
        message: `tag \`${classification.key}\` is \`${classification.value}\`; expected ${expected}`,
      });
    }
  }
  const approval = found.get(TRANSFER_APPROVAL_TAG);
  if (approval) reading.transferApproval = approval;
  const floor = unknownKeys.includes(CLASSIFICATION_TAG) ? strictest(declared) : undefined;
  // Equal readings are shared (`Interned`): readings and their values are immutable.
  if (!floor && unknown.length === 0 && unknownKeys.length === 0 && problems.length === 0)
    return plainReading(reading.residency, reading.classification, reading.transferApproval);
  // One shape for every reading, and the empty lists shared: a stack graph keeps a reading per
  // resource, and most have nothing unknown and no problem.
  const result: EffectiveTags = {
    residency: reading.residency,
    classification: reading.classification,
    transferApproval: reading.transferApproval,
    unknown: unknown.length === 0 ? NONE : [...new Set(unknown)],
    unknownKeys: unknownKeys.length === 0 ? NONE : unknownKeys,
    classificationFloor: floor,
    problems: problems.length === 0 ? NO_PROBLEMS : problems,
  };
  return result;
}

const NONE: readonly string[] = Object.freeze([]);
const NO_PROBLEMS: readonly TagProblem[] = Object.freeze([]);
const INTERNED_LIMIT = 4096;
const tagValues = new Interned<TagValue>(INTERNED_LIMIT);
const readings = new Interned<EffectiveTags>(INTERNED_LIMIT);
/** What an interned value stands for (its table key), to key what is built from it. */
const keyOf = new WeakMap<object, string>();
/** Zones are told apart by identity: two zone registries may define the same id differently. */
const zoneIds = new WeakMap<Zone, number>();
let nextZoneId = 0;

function tagValue(value: string, key: string, origin: TagOrigin, property: string): TagValue {
  const id = `${value}\u0000${key}\u0000${origin}\u0000${property}`;
  return tagValues.get(id, () => {
    const v: TagValue = { value, key, origin, property };
    keyOf.set(v, id);
    return v;
  });
}

function inZone(v: TagValue, zone: Zone): TagValue & { readonly zone: Zone } {
  let zoneId = zoneIds.get(zone);
  if (zoneId === undefined) zoneIds.set(zone, (zoneId = nextZoneId++));
  const base = keyOf.get(v);
  if (base === undefined) return withZone(v, zone);
  const id = `${base}\u0000zone ${zoneId}`;
  return tagValues.get(id, () => {
    const z = withZone(v, zone);
    keyOf.set(z, id);
    return z;
  }) as TagValue & { readonly zone: Zone };
}

function plainReading(
  residency: EffectiveTags["residency"],
  classification: EffectiveTags["classification"],
  transferApproval: EffectiveTags["transferApproval"],
): EffectiveTags {
  if (!residency && !classification && !transferApproval) return NO_TAGS;
  const make = (): EffectiveTags => ({
    residency,
    classification,
    transferApproval,
    unknown: NONE,
    unknownKeys: NONE,
    classificationFloor: undefined,
    problems: NO_PROBLEMS,
  });
  const parts: string[] = [];
  for (const v of [residency, classification, transferApproval]) {
    const part = v ? keyOf.get(v) : "";
    // A value built outside the tables gets a reading of its own.
    if (part === undefined) return make();
    parts.push(part);
  }
  return readings.get(parts.join("\u0001"), make);
}

/** A tag value with its zone, spelled out (a literal keeps one hidden class for all of them). */
function withZone(v: TagValue, zone: Zone): TagValue & { readonly zone: Zone } {
  return { value: v.value, key: v.key, origin: v.origin, property: v.property, zone };
}

/** The reading of a resource that declares none of the keys (shared: it is the commonest). */
const NO_TAGS: EffectiveTags = Object.freeze({
  residency: undefined,
  classification: undefined,
  transferApproval: undefined,
  unknown: NONE,
  unknownKeys: NONE,
  classificationFloor: undefined,
  problems: NO_PROBLEMS,
});

/** The most demanding classification of the list (`special` > `personal` > … > `public`). */
function strictest(values: readonly TagValue<Classification>[]): TagValue<Classification> | undefined {
  let best: TagValue<Classification> | undefined;
  for (const v of values)
    if (!best || CLASSIFICATIONS.indexOf(v.value) > CLASSIFICATIONS.indexOf(best.value)) best = v;
  return best;
}

/**
 * Reads the residency tags from plain tag maps in increasing precedence (provider default tags
 * first, the resource's own last), by {@link readTagSources}. A map that is an unknown sentinel
 * makes every key unknown; anything else that is not a map is ignored.
 */
export function readResidencyTags(
  maps: readonly (Readonly<Record<string, unknown>> | undefined)[],
  zones: ZoneLookup,
): ResidencyTagReading {
  const sources: TagSource[] = [];
  maps.forEach((map, i) => {
    const property = `tags[${i}]`;
    if (isUnknown(map)) sources.push({ origin: "resource", property, kind: "unknown" });
    else if (map && typeof map === "object" && !Array.isArray(map))
      sources.push({
        origin: i === maps.length - 1 ? "resource" : "provider-default",
        property,
        kind: "tags",
        tags: map,
      });
  });
  const r = readTagSources(sources, zones);
  return {
    ...(r.residency?.zone && { residency: r.residency.zone.id }),
    ...(r.classification && { classification: r.classification.value }),
    ...(r.transferApproval && { transferApproval: r.transferApproval.value }),
    problems: r.problems,
    unknownKeys: r.unknownKeys,
  };
}

function expectedFor(key: string, zones: ZoneLookup): string {
  if (key === RESIDENCY_TAG) {
    const ids = zones.list?.().map((z) => z.id) ?? [];
    return ids.length ? `a zone id: ${ids.join(", ")}` : "a declared zone id";
  }
  if (key === CLASSIFICATION_TAG) return `one of ${CLASSIFICATIONS.join(", ")}`;
  return "an approval id from the policy config";
}
