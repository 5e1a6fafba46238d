import { CLASSIFICATIONS } from "./types";
import type { Classification, ClassificationRules } from "./types";

/** The README "Residency tags": what each `data-classification` value demands. */
export const CLASSIFICATION_RULES: Readonly<Record<Classification, ClassificationRules>> = Object.freeze({
  public: {
    staysInZone: false,
    encryptionAtRest: "not-required",
    customerManagedKeyInSameRegion: false,
    publicAccessAllowed: true,
    immutableBackups: false,
  },
  internal: {
    staysInZone: true,
    encryptionAtRest: "provider-default",
    customerManagedKeyInSameRegion: false,
    publicAccessAllowed: false,
    immutableBackups: false,
  },
  confidential: {
    staysInZone: true,
    encryptionAtRest: "required",
    customerManagedKeyInSameRegion: false,
    publicAccessAllowed: false,
    immutableBackups: false,
  },
  personal: {
    staysInZone: true,
    encryptionAtRest: "required",
    customerManagedKeyInSameRegion: true,
    publicAccessAllowed: false,
    immutableBackups: true,
  },
  special: {
    staysInZone: true,
    encryptionAtRest: "required",
    customerManagedKeyInSameRegion: true,
    publicAccessAllowed: false,
    immutableBackups: true,
  },
} satisfies Record<Classification, ClassificationRules>);

/** The classification a tag value names (case and surrounding space ignored), or undefined. */
export function parseClassification(value: string): Classification | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  return (CLASSIFICATIONS as readonly string[]).includes(v) ? (v as Classification) : undefined;
}

/** A flow keeps the stricter of two classifications (the README: the source's classification travels). */
export function stricterClassification(a: Classification, b: Classification): Classification {
  return CLASSIFICATIONS.indexOf(a) >= CLASSIFICATIONS.indexOf(b) ? a : b;
}
