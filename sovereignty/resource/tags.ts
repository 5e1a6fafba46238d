// Effective residency tags of one resource: the provider's default tags/labels, then the
// resource's own (increasing precedence, the way AWS merges `defaultTags` into `tagsAll`).
// Keys are matched case-insensitively and trimmed, so `Data-Residency ` cannot evade the
// policy; two spellings with different values in one source are a problem of their own.
import { CLASSIFICATIONS, type Classification, type Zone } from "../types";
import { isUnknown } from "../values";
import { validateLabelValue } from "../tags";
import { asObject, readPath, type PropertyBag } from "./properties";
import type { ZonesLike } from "./model";

export const RESIDENCY_KEY = "data-residency";
export const CLASSIFICATION_KEY = "data-classification";
export const TRANSFER_APPROVAL_KEY = "transfer-approval";
const KEYS = [RESIDENCY_KEY, CLASSIFICATION_KEY, TRANSFER_APPROVAL_KEY] as const;
type ResidencyKey = (typeof KEYS)[number];

export type TagOrigin = "provider-default" | "resource" | "configured-resource" | "stack-default";

/** One set of tags, or the fact that the whole set is unknown at preview. */
export type TagSource =
  | {
      readonly origin: TagOrigin;
      readonly property: string;
      readonly kind: "tags";
      readonly tags: Readonly<Record<string, unknown>>;
    }
  | { readonly origin: TagOrigin; readonly property: string; readonly kind: "unknown" };

export interface TagValue<T extends string = string> {
  readonly value: T;
  /** The key as written (`Data-Residency`). */
  readonly key: string;
  readonly origin: TagOrigin;
  readonly property: string;
}

export type TagProblem =
  | {
      readonly kind: "conflict";
      readonly key: ResidencyKey;
      readonly spellings: readonly string[];
      readonly message: string;
    }
  | {
      readonly kind: "invalid-value";
      readonly key: ResidencyKey;
      readonly value: string;
      readonly message: string;
    };

export interface ResidencyTagReading {
  readonly residency?: TagValue & { readonly zone?: Zone };
  readonly classification?: TagValue<Classification>;
  readonly transferApproval?: TagValue;
  /** Properties that are unknown at preview and could hold a residency tag (`tags`, `tags.data-residency`). */
  readonly unknown: readonly string[];
  readonly problems: readonly TagProblem[];
}

function normaliseKey(key: string): string {
  return key.trim().toLowerCase();
}

/** Reads tags from sources given in increasing precedence. */
export function readTagSources(sources: readonly TagSource[], zones: ZonesLike): ResidencyTagReading {
  type State = { kind: "value"; tag: TagValue } | { kind: "unknown"; property: string };
  const state = new Map<ResidencyKey, State>();
  const problems: TagProblem[] = [];
  for (const source of sources) {
    if (source.kind === "unknown") {
      // The whole map is unknown: any key could be in it, overriding what lower sources said.
      for (const key of KEYS) state.set(key, { kind: "unknown", property: source.property });
      continue;
    }
    const perKey = new Map<ResidencyKey, { key: string; value: unknown }[]>();
    for (const [rawKey, value] of Object.entries(source.tags)) {
      const key = normaliseKey(rawKey) as ResidencyKey;
      if (!(KEYS as readonly string[]).includes(key)) continue;
      const list = perKey.get(key) ?? [];
      list.push({ key: rawKey, value });
      perKey.set(key, list);
    }
    for (const [key, entries] of perKey) {
      const unknownEntry = entries.find((e) => isUnknown(e.value));
      if (unknownEntry) {
        state.set(key, { kind: "unknown", property: `${source.property}.${unknownEntry.key}` });
        continue;
      }
      const values = [
        ...new Set(
          entries.map((e) =>
            String(e.value ?? "")
              .trim()
              .toLowerCase(),
          ),
        ),
      ];
      if (values.length > 1) {
        problems.push({
          kind: "conflict",
          key,
          spellings: entries.map((e) => e.key),
          message: `tag \`${key}\` is spelled ${entries.map((e) => `\`${e.key}\`=\`${String(e.value)}\``).join(" and ")} in ${source.property}, with different values`,
        });
        state.delete(key);
        continue;
      }
      const rawValue = entries[0]!.value;
      const labelProblem = typeof rawValue === "string" ? validateLabelValue(rawValue) : "is not a string";
      if (labelProblem !== undefined) {
        // design.md: GCP label rules bind all three clouds. Reported; the normalised value is still
        // used for the zone decision (the tag's intent is clear, its spelling is not portable).
        problems.push({
          kind: "invalid-value",
          key,
          value: String(rawValue),
          message: `tag \`${entries[0]!.key}\` value \`${String(rawValue)}\` ${labelProblem} (residency tag values follow GCP label rules on every cloud)`,
        });
      }
      state.set(key, {
        kind: "value",
        tag: { value: values[0]!, key: entries[0]!.key, origin: source.origin, property: source.property },
      });
    }
  }
  const unknown: string[] = [];
  const found = new Map<ResidencyKey, TagValue>();
  for (const [key, s] of state) {
    if (s.kind === "unknown") unknown.push(s.property);
    else found.set(key, s.tag);
  }

  const reading: {
    residency?: TagValue & { zone?: Zone };
    classification?: TagValue<Classification>;
    transferApproval?: TagValue;
  } = {};
  const residency = found.get(RESIDENCY_KEY);
  if (residency) {
    const zone = zones.get(residency.value);
    if (!zone) {
      problems.push({
        kind: "invalid-value",
        key: RESIDENCY_KEY,
        value: residency.value,
        message: `tag \`${residency.key}\` names zone \`${residency.value}\`, which is not a declared zone`,
      });
    }
    reading.residency = zone ? { ...residency, zone } : residency;
  }
  const classification = found.get(CLASSIFICATION_KEY);
  if (classification) {
    if ((CLASSIFICATIONS as readonly string[]).includes(classification.value)) {
      reading.classification = classification as TagValue<Classification>;
    } else {
      problems.push({
        kind: "invalid-value",
        key: CLASSIFICATION_KEY,
        value: classification.value,
        message: `tag \`${classification.key}\` is \`${classification.value}\`; expected one of ${CLASSIFICATIONS.join(", ")}`,
      });
    }
  }
  const approval = found.get(TRANSFER_APPROVAL_KEY);
  if (approval) reading.transferApproval = approval;
  return { ...reading, unknown: [...new Set(unknown)], problems };
}

/** A tag map read from a property that may be unknown, absent, or JSON-encoded. */
export function tagSourceFromProperty(
  props: PropertyBag | undefined,
  path: readonly (string | number)[],
  origin: TagOrigin,
  label: string,
): TagSource | undefined {
  const read = readPath(props, path);
  if (read.kind === "absent") return undefined;
  if (read.kind === "unknown") return { origin, property: label, kind: "unknown" };
  const tags = asObject(read.value);
  return tags ? { origin, property: label, kind: "tags", tags } : undefined;
}

/**
 * Provider default tags: AWS `defaultTags` is `{ tags: {...} }` (a JSON string in explicit
 * provider inputs, an object elsewhere); GCP `defaultLabels` is a map (possibly JSON-encoded).
 */
export function providerTagSource(
  providerType: string | undefined,
  providerProps: PropertyBag | undefined,
): TagSource | undefined {
  if (!providerType || !providerProps) return undefined;
  if (providerType === "pulumi:providers:aws") {
    const read = readPath(providerProps, ["defaultTags"]);
    if (read.kind === "absent") return undefined;
    if (read.kind === "unknown")
      return { origin: "provider-default", property: "provider.defaultTags", kind: "unknown" };
    const outer = asObject(read.value);
    if (!outer) return undefined;
    const inner = outer["tags"];
    if (isUnknown(inner))
      return { origin: "provider-default", property: "provider.defaultTags.tags", kind: "unknown" };
    const tags = asObject(inner);
    return tags
      ? { origin: "provider-default", property: "provider.defaultTags.tags", kind: "tags", tags }
      : undefined;
  }
  if (providerType === "pulumi:providers:gcp") {
    return tagSourceFromProperty(
      providerProps,
      ["defaultLabels"],
      "provider-default",
      "provider.defaultLabels",
    );
  }
  return undefined;
}
