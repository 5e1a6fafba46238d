// gcp:backupdisasterrecovery/* — Backup and DR backup vaults (@pulumi/gcp 9.37,
// backupdisasterrecovery/backupVault.d.ts; input type BackupVaultEncryptionConfig).
import { always } from "../../controls/encryptionRead";
import { durationDays } from "../../controls/immutabilityRead";
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString } from "../../resource/properties";
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (backupdisasterrecovery/backupVault.d.ts); https://cloud.google.com/backup-disaster-recovery/docs/";

/** location: a non-region location is wider than one region. */
const vaultFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  wideLocation(out, "location", field(props, "location"), "regions", false);
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:backupdisasterrecovery/backupVault:BackupVault",
    cloud: "gcp",
    class: "data",
    category: "backup",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    flows: vaultFlows,
    // `encryptionConfig.kmsKeyName`: "The key must be in the same location as the backup vault".
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKeyName"]) },
    // `backupMinimumEnforcedRetentionDuration` (a protobuf Duration, `2592000s`) makes backups immutable.
    immutability: (p) => {
      const min = readString(p, ["backupMinimumEnforcedRetentionDuration"]);
      if (min.kind === "unknown") return { kind: "unknown", property: min.property };
      if (min.kind === "absent")
        return { kind: "mutable", property: min.property, detail: "no minimum enforced retention" };
      const days = durationDays(min.value as string);
      return {
        kind: "immutable",
        property: min.property,
        ...(days !== undefined ? { retentionDays: days } : {}),
      };
    },
  },
];
