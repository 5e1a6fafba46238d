import { parseClassification } from "./classification";
import { nearest } from "./catalog/suggest";
import { CLASSIFICATIONS } from "./types";
import type { Classification } from "./types";
import { isUnknown } from "./values";
import type { ZoneRegistry } from "./zones";

// design.md "Residency tags": AWS tags, Azure tags and GCP labels carry the same three keys, and GCP
// label rules bind all three clouds so one declaration works everywhere.
export const RESIDENCY_TAG = "data-residency";
export const CLASSIFICATION_TAG = "data-classification";
export const TRANSFER_APPROVAL_TAG = "transfer-approval";
export const RESIDENCY_TAG_KEYS: readonly string[] = [
  RESIDENCY_TAG,
  CLASSIFICATION_TAG,
  TRANSFER_APPROVAL_TAG,
];

export type TagProblem =
  | {
      readonly kind: "conflict";
      readonly key: string;
      readonly spellings: readonly string[];
      readonly values: readonly string[];
    }
  | {
      readonly kind: "invalid-value";
      readonly key: string;
      readonly value: string;
      readonly expected: string;
    }
  | { readonly kind: "not-a-label"; readonly key: string; readonly value: string; readonly reason: string };

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
 * narrowed as design.md says: lower-case `[a-z0-9_-]`, at most 63 characters, no commas.
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

interface Entry {
  readonly spelling: string;
  readonly value: unknown;
}

/**
 * Reads the residency tags from `sources`, in increasing precedence (provider default tags first,
 * the resource's own tags last — as AWS merges them: the same key in a later source replaces it).
 * Keys are compared case-insensitively after trimming; two spellings of one key with different
 * values are a conflict and yield no value (fail closed). `zones` validates the residency value.
 */
export function readResidencyTags(
  sources: readonly (Readonly<Record<string, unknown>> | undefined)[],
  zones: ZoneRegistry,
): ResidencyTagReading {
  // 1. Merge by exact key, later sources winning (AWS: resource tags override default tags).
  const merged = new Map<string, unknown>();
  for (const source of sources) {
    if (!source || typeof source !== "object" || Array.isArray(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      merged.delete(key); // keep the latest position
      merged.set(key, value);
    }
  }
  // 2. Group the spellings of each residency key.
  const groups = new Map<string, Entry[]>();
  for (const [spelling, value] of merged) {
    const key = spelling.trim().toLowerCase();
    if (!RESIDENCY_TAG_KEYS.includes(key)) continue;
    const list = groups.get(key) ?? [];
    list.push({ spelling, value });
    groups.set(key, list);
  }

  const problems: TagProblem[] = [];
  const unknownKeys: string[] = [];
  const values = new Map<string, string>();
  for (const [key, entries] of groups) {
    if (entries.some((e) => isUnknown(e.value))) {
      unknownKeys.push(key);
      continue;
    }
    const distinct = [
      ...new Set(entries.map((e) => (typeof e.value === "string" ? e.value.trim() : String(e.value)))),
    ];
    if (distinct.length > 1) {
      problems.push({ kind: "conflict", key, spellings: entries.map((e) => e.spelling), values: distinct });
      continue;
    }
    const raw = entries[0].value;
    if (typeof raw !== "string") {
      problems.push({ kind: "invalid-value", key, value: String(raw), expected: "a string" });
      continue;
    }
    const value = raw.trim();
    if (value === "") {
      problems.push({ kind: "invalid-value", key, value: raw, expected: expectedFor(key, zones) });
      continue;
    }
    const labelProblem = validateLabelValue(raw);
    if (labelProblem !== undefined)
      problems.push({ kind: "not-a-label", key, value: raw, reason: labelProblem });
    values.set(key, value);
  }

  let residency: string | undefined;
  const residencyValue = values.get(RESIDENCY_TAG);
  if (residencyValue !== undefined) {
    const zone = zones.get(residencyValue);
    if (zone) residency = zone.id;
    else {
      const hint = nearest(
        residencyValue.toLowerCase(),
        zones.list().map((z) => ({ name: z.id, keys: [z.id] })),
      );
      problems.push({
        kind: "invalid-value",
        key: RESIDENCY_TAG,
        value: residencyValue,
        expected: expectedFor(RESIDENCY_TAG, zones) + (hint.length ? ` (nearest: ${hint.join(", ")})` : ""),
      });
    }
  }
  let classification: Classification | undefined;
  const classificationValue = values.get(CLASSIFICATION_TAG);
  if (classificationValue !== undefined) {
    classification = parseClassification(classificationValue);
    if (classification === undefined) {
      problems.push({
        kind: "invalid-value",
        key: CLASSIFICATION_TAG,
        value: classificationValue,
        expected: expectedFor(CLASSIFICATION_TAG, zones),
      });
    }
  }
  const transferApproval = values.get(TRANSFER_APPROVAL_TAG);
  return {
    ...(residency !== undefined && { residency }),
    ...(classification !== undefined && { classification }),
    ...(transferApproval !== undefined && { transferApproval }),
    problems,
    unknownKeys,
  };
}

function expectedFor(key: string, zones: ZoneRegistry): string {
  if (key === RESIDENCY_TAG)
    return `a zone id: ${zones
      .list()
      .map((z) => z.id)
      .join(", ")}`;
  if (key === CLASSIFICATION_TAG) return `one of ${CLASSIFICATIONS.join(", ")}`;
  return "an approval id from the policy config";
}
