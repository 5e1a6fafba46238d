// aws:neptune/* — Neptune clusters (@pulumi/aws 7.48, neptune/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { globalOf, memberOf } from "./shared";

const SOURCE = "@pulumi/aws 7.48 (neptune/*.d.ts); https://docs.aws.amazon.com/neptune/latest/userguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:neptune/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    // Added for issue 12: a member of a global cluster holds a copy of its data.
    origins: memberOf("globalClusterIdentifier"),
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyArn"]) },
  },
  // Added for issue 12: the global cluster, seeded from (and tagged like) its primary cluster
  // (`GlobalClusterArgs` {globalClusterIdentifier, sourceDbClusterIdentifier, region, ...}: no tags).
  globalOf({
    token: "aws:neptune/globalCluster:GlobalCluster",
    source:
      "@pulumi/aws 7.48 (neptune/globalCluster.d.ts); https://docs.aws.amazon.com/neptune/latest/userguide/neptune-global-database.html",
    primary: {
      property: "sourceDbClusterIdentifier",
      referenceKind: "arn",
      token: "aws:neptune/cluster:Cluster",
    },
    identities: ["globalClusterIdentifier", "arn", "id"],
  }),
];
