// aws:redshift/* — Redshift clusters (@pulumi/aws 7.48, redshift/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { flagTrueIsPublic } from "../../controls/publicAccessRead";
import { readBoolean } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import { regionName } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE = "@pulumi/aws 7.48 (redshift/*.d.ts); https://docs.aws.amazon.com/redshift/latest/mgmt/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:redshift/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    // `encrypted` is a string ("true"/"false") defaulting to true (`ClusterArgs`).
    encryption: {
      kind: "reader",
      read: (p) => {
        const enabled = readBoolean(p, ["encrypted"]);
        if (enabled.kind === "unknown")
          return { kind: "unknown", property: enabled.property, atRest: "unknown" };
        if (enabled.kind === "value" && enabled.value === false)
          return { kind: "disabled", property: enabled.property };
        return always(p, ["kmsKeyId"]);
      },
    },
    publicAccess: flagTrueIsPublic(["publiclyAccessible"], "`publiclyAccessible` is true"),
  },
  // Added for issue 12: cross-Region snapshot copy of a cluster (`SnapshotCopyArgs`
  // {clusterIdentifier, destinationRegion, retentionPeriod, snapshotCopyGrantName, region}).
  {
    token: "aws:redshift/snapshotCopy:SnapshotCopy",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (redshift/snapshotCopy.d.ts); https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#cross-region-snapshot-copy",
    configures: {
      property: "clusterIdentifier",
      referenceKind: "name",
      targets: ["aws:redshift/cluster:Cluster"],
    },
    identities: ["id", "clusterIdentifier"],
    flows: flowAt("backup-copy", "destinationRegion", regionName),
  },
];
