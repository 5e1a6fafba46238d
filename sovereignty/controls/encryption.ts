// Encryption at rest and customer-managed keys, per type: the readers of each cloud
// (encryptionAws.ts, encryptionAzure.ts, encryptionGcp.ts) and what the model says about a type
// it has no reader for — never a silent pass (the README: "never a silent pass").
import { canonicalToken } from "../resource/dataHolding";
import type { PropertyBag } from "../resource/properties";
import { AWS_ENCRYPTION } from "./encryptionAws";
import { AZURE_ENCRYPTION } from "./encryptionAzure";
import { GCP_ENCRYPTION } from "./encryptionGcp";
import type { EncryptionReader } from "./encryptionRead";
import type { EncryptionReading } from "./types";

export { keyReference, type EncryptionReader } from "./encryptionRead";

const READERS: ReadonlyMap<string, EncryptionReader> = new Map([
  ...Object.entries(AWS_ENCRYPTION),
  ...Object.entries(AZURE_ENCRYPTION),
  ...Object.entries(GCP_ENCRYPTION),
]);

/**
 * Data-holding types whose key the model cannot read from the resource's own properties, and why.
 * `readEncryption` answers `not-modelled` with this reason; a type with neither a reader nor an
 * entry here gets `not-modelled` without one.
 */
const GAPS: ReadonlyMap<string, string> = new Map([
  [
    "aws:s3/directoryBucket:DirectoryBucket",
    "a directory bucket's SSE-KMS key is set on a BucketServerSideEncryptionConfiguration, which the model joins to general-purpose buckets only",
  ],
  [
    "gcp:spanner/instance:Instance",
    "Spanner CMEK is set per database (`gcp:spanner/database:Database` `encryptionConfig.kmsKeyName`), not on the instance",
  ],
  [
    "azure-native:operationalinsights:Workspace",
    "a Log Analytics customer-managed key is set on a linked dedicated cluster (`azure-native:operationalinsights:Cluster`), not on the workspace",
  ],
]);

/** The encryption reader for a type (aliases resolved), or `undefined` when the model has none. */
export function encryptionReaderFor(type: string): EncryptionReader | undefined {
  return READERS.get(canonicalToken(type));
}

/** Why the model has no encryption reader for `type`, when it knows why. */
export function encryptionGap(type: string): string | undefined {
  return GAPS.get(canonicalToken(type));
}

/** Every type with an encryption reader (for coverage tests and documentation). */
export function encryptionReaderTypes(): readonly string[] {
  return [...READERS.keys()];
}

export function readEncryption(type: string, props: PropertyBag): EncryptionReading {
  const reader = encryptionReaderFor(type);
  if (reader) return reader(props);
  const reason = encryptionGap(type);
  return reason ? { kind: "not-modelled", reason } : { kind: "not-modelled" };
}

/** Keys are encryption themselves: a key is never "unencrypted". */
export function isKeyType(type: string): boolean {
  return /^(aws:kms\/|azure-native:keyvault:|gcp:kms\/)/.test(type);
}
