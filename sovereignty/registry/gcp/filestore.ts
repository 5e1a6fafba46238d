// gcp:filestore/* — Filestore instances (@pulumi/gcp 9.37, filestore/*.d.ts).
import { always, inheritedFrom } from "../../controls/encryptionRead";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";
import { copyOfLocatedId } from "./shared";

const SOURCE = "@pulumi/gcp 9.37 (filestore/*.d.ts); https://cloud.google.com/filestore/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:filestore/instance:Instance",
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: { properties: ["location"], service: "regions", providerDefault: true, parse: "gcp-zone" },
    tags: LABELS,
    identities: ["name", "id"],
    // Added for issue 12: a replica instance names its active instance
    // (`initialReplication.replicas[0].peerInstance`, "specified on the replica instance only"):
    // it is a copy of that instance's data.
    origins: copyOfLocatedId(["initialReplication", "replicas", 0, "peerInstance"]),
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyName"]) },
  },
  // Added for issue 12: a backup of an instance's file share, stored in its own `location` (a
  // region) — a copy of `sourceInstance` (`BackupArgs` {location, sourceInstance, sourceFileShare,
  // labels, ...}: no key input: it is encrypted with its instance's key).
  {
    token: "gcp:filestore/backup:Backup",
    cloud: "gcp",
    class: "data",
    category: "backup",
    source: "@pulumi/gcp 9.37 (filestore/backup.d.ts); https://cloud.google.com/filestore/docs/backups",
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    origins: copyOfLocatedId(["sourceInstance"], "backup-copy"),
    encryption: {
      kind: "reader",
      read: inheritedFrom("sourceInstance", ["gcp:filestore/instance:Instance"]),
    },
    immutability: immutabilityGap(
      "a Filestore backup has no retention lock; WORM copies go through a Backup and DR backup vault",
    ),
  },
];
