// gcp:secretmanager/* — Secret Manager secrets (@pulumi/gcp 9.37, secretmanager/secret.d.ts; input
// types SecretReplication*).
import { always, keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import { readArray, readString, type PropertyBag } from "../../resource/properties";
import { GCP_GLOBAL, GCP_REGIONAL_LOCATION, LABELS } from "../common";
import { Destinations, field, readObject, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { each, fieldOf } from "../paths";
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

/**
 * Where a secret's payload is stored (`SecretReplication`): `userManaged.replicas[].location`, each
 * a region; `auto` lets Google choose any region (only an organisation's resource-location policy
 * narrows it, https://cloud.google.com/secret-manager/docs/choosing-replication) — the whole world.
 */
const replicationFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const replication = readObject(field(props, "replication"));
  if (replication.state === "unknown") return (out.unknown("replication", "replication"), out.list());
  if (replication.state === "absent") return out.list();
  const auto = readObject(field(replication.value, "auto"));
  if (auto.state === "unknown") out.unknown("replication", "replication.auto");
  if (auto.state === "value")
    out.add("replication", "replication.auto", {
      kind: "countries",
      countries: "worldwide",
      label: "Secret Manager automatic replication (any Google Cloud region)",
    });
  const managed = readObject(field(replication.value, "userManaged"));
  if (managed.state === "unknown") out.unknown("replication", "replication.userManaged");
  if (managed.state === "value")
    each(fieldOf("location", regionName))(
      out,
      "replication",
      "replication.userManaged.replicas",
      field(managed.value, "replicas"),
    );
  return out.list();
};

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
    flows: replicationFlows, // added for issue 12: user-managed replicas and automatic replication
    encryption: { kind: "reader", read: secretKey },
  },
  // Added for issue 12: a regional secret is stored in its `location` only.
  {
    token: "gcp:secretmanager/regionalSecret:RegionalSecret",
    cloud: "gcp",
    class: "data",
    category: "secret",
    source:
      "@pulumi/gcp 9.37 (secretmanager/regionalSecret.d.ts); https://cloud.google.com/secret-manager/regional-secrets/regional-secrets-overview",
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    // `customerManagedEncryption.kmsKeyName` (`RegionalSecretCustomerManagedEncryption`), else Google-managed keys.
    encryption: { kind: "reader", read: (p) => always(p, ["customerManagedEncryption", "kmsKeyName"]) },
  },
];
