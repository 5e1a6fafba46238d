// GCP helpers: a KMS key ring + key in a given KMS location (KMS namespaces differ from GCS ones:
// GCS `EU` ↔ KMS `europe`), and the service-agent grant that lets a service use it.
import * as pulumi from "@pulumi/pulumi";
import * as kms from "@pulumi/gcp/kms";
import type { Location } from "../../sovereignty";

export type Labels = Record<string, pulumi.Input<string>>;

/**
 * The KMS location whose keys may encrypt a bucket in `gcs`: a region uses the same region; a
 * multi-region uses the KMS multi-region of the same area (`EU` → `europe`, `US` → `us`, `ASIA` →
 * `asia`) as cloud-foundation-fabric modules/gcs/README.md does ("location of the KMS must match
 * location of the bucket", key ring `europe` for bucket `EU`); a dual-region uses the multi-region
 * that contains it (`EUR4` → `europe`). Callers may override it and the result is checked against
 * the zone in the `gcp-kms` namespace.
 */
export function kmsLocationForGcs(gcs: Location, customMultiRegion?: string): string {
  if (gcs.kind === "region") return gcs.name.toLowerCase();
  const area = (customMultiRegion ?? gcs.name).toUpperCase();
  if (area === "EU" || area.startsWith("EUR")) return "europe";
  if (area === "US" || area.startsWith("NAM")) return "us";
  if (area === "ASIA" || area.startsWith("ASIA")) return "asia";
  return gcs.name.toLowerCase();
}

export interface GcpKey {
  readonly keyRing: kms.KeyRing;
  readonly key: kms.CryptoKey;
  /** `projects/<p>/locations/<loc>/keyRings/<ring>/cryptoKeys/<key>` — carries its location. */
  readonly keyName: pulumi.Output<string>;
}

/** A key ring (no labels: it takes its keys' labels, the README) and a rotating key, both in `location`. */
export function gcpKey(
  parent: pulumi.Resource,
  name: string,
  location: string,
  labels: Labels,
  project: pulumi.Input<string> | undefined,
): GcpKey {
  const keyRing = new kms.KeyRing(
    `${name}-keyring`,
    { location, ...(project !== undefined && { project }) },
    { parent },
  );
  const key = new kms.CryptoKey(
    `${name}-key`,
    {
      keyRing: keyRing.id,
      purpose: "ENCRYPT_DECRYPT",
      rotationPeriod: "7776000s", // 90 days
      destroyScheduledDuration: "2592000s", // 30 days
      versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "SOFTWARE" },
      labels,
    },
    { parent },
  );
  return { keyRing, key, keyName: key.id };
}

/** Lets a service agent (`serviceAccount:...`) encrypt and decrypt with `key`. */
export function grantKey(
  parent: pulumi.Resource,
  name: string,
  key: GcpKey,
  member: pulumi.Input<string>,
): kms.CryptoKeyIAMMember {
  return new kms.CryptoKeyIAMMember(
    `${name}-key-user`,
    { cryptoKeyId: key.key.id, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", member },
    { parent },
  );
}

/** `projects/p/locations/<loc>/keyRings/...` → `<loc>`. */
export function kmsKeyLocation(keyName: string): string | undefined {
  return /(?:^|\/)locations\/([^/]+)\/keyRings\//.exec(keyName)?.[1];
}
