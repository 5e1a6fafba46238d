// aws:ebs/* — EBS volumes and snapshots (@pulumi/aws 7.48, ebs/*.d.ts `...Args`).
import { flagged, inheritedFrom } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { readBoolean as readBooleanProperty } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData, copiedFrom } from "./shared";

const SOURCE = "@pulumi/aws 7.48 (ebs/*.d.ts); https://docs.aws.amazon.com/ebs/latest/userguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:ebs/volume:Volume",
    ...AWS_REGIONAL_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["arn", "id"],
    encryption: { kind: "reader", read: (p) => flagged(p, ["encrypted"], ["kmsKeyId"]) },
  },
  {
    token: "aws:ebs/snapshot:Snapshot",
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["arn", "id"],
    // `SnapshotArgs` has only `volumeId`; `encrypted`/`kmsKeyId` are outputs copied from the
    // volume (`SnapshotState`).
    encryption: { kind: "reader", read: inheritedFrom("volumeId", ["aws:ebs/volume:Volume"]) },
    immutability: immutabilityGap(
      "EBS snapshot lock is an API setting with no resource in @pulumi/aws 7.48; lock snapshots through an AWS Backup vault with a vault lock",
    ),
  },
  // Added for issue 12: a snapshot copied into this resource's Region from `sourceRegion`.
  awsData({
    // `SnapshotCopyArgs` {encrypted, kmsKeyId, region, sourceRegion, sourceSnapshotId, tags, ...}.
    token: "aws:ebs/snapshotCopy:SnapshotCopy",
    category: "backup",
    source: SOURCE,
    identities: ["arn", "id"],
    // A copy of `sourceSnapshotId` (in `sourceRegion`): judged here against the source's tags.
    origins: copiedFrom("backup-copy", "sourceSnapshotId", "sourceRegion"),
    // `encrypted` with `kmsKeyId` re-encrypts the copy; absent, the copy keeps the source's encryption.
    encryption: {
      kind: "reader",
      read: (p) =>
        readBooleanProperty(p, ["encrypted"]).kind === "absent"
          ? inheritedFrom("sourceSnapshotId", ["aws:ebs/snapshot:Snapshot"])(p)
          : flagged(p, ["encrypted"], ["kmsKeyId"]),
    },
    immutability: immutabilityGap(
      "EBS snapshot lock is an API setting with no resource in @pulumi/aws 7.48; lock snapshots through an AWS Backup vault with a vault lock",
    ),
  }),
];
