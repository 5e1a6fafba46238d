// Encryption at rest and customer-managed keys, per type: the readers are declared in the registry
// (../registry/<cloud>/<service>.ts), with the reason when a data holder has none — never a silent
// pass. This module answers by token.
import { allDeclarations, declarationOf } from "../registry";
import type { TypeDeclaration } from "../registry/types";
import type { PropertyBag } from "../resource/properties";
import type { EncryptionReader } from "./encryptionRead";
import type { EncryptionReading } from "./types";

export { keyReference, type EncryptionReader } from "./encryptionRead";
export { isKeyType } from "../registry";

/**
 * A declaration's own encryption reader: a data holder's, or the one a configuring resource sets
 * on what it configures (S3 `BucketServerSideEncryptionConfiguration`, a Spanner database's CMEK).
 */
function readerOf(d: TypeDeclaration | undefined): EncryptionReader | undefined {
  if (d?.class === "data") return d.encryption.kind === "reader" ? d.encryption.read : undefined;
  if (d?.class === "configures") return d.encryption;
  return undefined;
}

/** The encryption reader for a type (aliases resolved), or `undefined` when the model has none. */
export function encryptionReaderFor(type: string): EncryptionReader | undefined {
  return readerOf(declarationOf(type));
}

/** Why the model has no encryption reader for `type`, when it knows why. */
export function encryptionGap(type: string): string | undefined {
  const d = declarationOf(type);
  return d?.class === "data" && d.encryption.kind === "gap" ? d.encryption.reason : undefined;
}

/** Every type with an encryption reader (for coverage tests and documentation). */
export function encryptionReaderTypes(): readonly string[] {
  return allDeclarations()
    .filter((d) => readerOf(d) !== undefined)
    .map((d) => d.token);
}

export function readEncryption(type: string, props: PropertyBag): EncryptionReading {
  const reader = encryptionReaderFor(type);
  if (reader) return reader(props);
  const reason = encryptionGap(type);
  return reason ? { kind: "not-modelled", reason } : { kind: "not-modelled" };
}
