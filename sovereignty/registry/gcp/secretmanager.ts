// gcp:secretmanager/* — Secret Manager secrets (@pulumi/gcp 9.37, secretmanager/secret.d.ts; input
// types SecretReplication*).
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import { readArray, readString, type PropertyBag } from "../../resource/properties";
import { GCP_GLOBAL, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (secretmanager/secret.d.ts); https://cloud.google.com/secret-manager/docs/cmek";

/**
 * `replication`: `auto` has one optional `customerManagedEncryption.kmsKeyName`;
 * `userManaged.replicas[]` one per replica, each key in its replica's location. Every replica must
 * have a key for the secret to count as CMEK; the first replica without one is named.
 */
function secretKey(p: PropertyBag): EncryptionReading {
  const auto = readString(p, ["replication", "auto", "customerManagedEncryption", "kmsKeyName"]);
  if (auto.kind !== "absent") return keyOr(auto, { kind: "provider-default", property: auto.property });
  const replicas = readArray(p, ["replication", "userManaged", "replicas"]);
  if (replicas.kind === "unknown") return { kind: "unknown", property: replicas.property, atRest: "on" };
  if (replicas.kind === "absent" || replicas.value.length === 0)
    return { kind: "provider-default", property: auto.property };
  let first: EncryptionReading | undefined;
  for (let i = 0; i < replicas.value.length; i++) {
    const key = readString(p, [
      "replication",
      "userManaged",
      "replicas",
      i,
      "customerManagedEncryption",
      "kmsKeyName",
    ]);
    const reading = keyOr(key, { kind: "provider-default", property: key.property });
    if (reading.kind !== "customer-managed") return reading;
    first ??= reading;
  }
  return first!;
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:secretmanager/secret:Secret",
    cloud: "gcp",
    class: "data",
    category: "secret",
    source: SOURCE,
    location: GCP_GLOBAL,
    tags: LABELS,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: secretKey },
  },
];
