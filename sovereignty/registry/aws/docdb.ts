// aws:docdb/* — DocumentDB clusters (@pulumi/aws 7.48, docdb/*.d.ts `...Args`).
import { always, flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { awsData, globalOf, memberOf } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (docdb/*.d.ts); https://docs.aws.amazon.com/documentdb/latest/developerguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:docdb/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    // Added for issue 12: a member of a global cluster holds a copy of its data.
    origins: memberOf("globalClusterIdentifier"),
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]) },
  },
  // Added for issue 12: the global cluster, seeded from (and tagged like) its primary cluster
  // (`GlobalClusterArgs` {globalClusterIdentifier, sourceDbClusterIdentifier, region, ...}: no tags).
  globalOf({
    token: "aws:docdb/globalCluster:GlobalCluster",
    source:
      "@pulumi/aws 7.48 (docdb/globalCluster.d.ts); https://docs.aws.amazon.com/documentdb/latest/developerguide/global-clusters.html",
    primary: {
      property: "sourceDbClusterIdentifier",
      referenceKind: "arn",
      token: "aws:docdb/cluster:Cluster",
    },
    identities: ["globalClusterIdentifier", "arn", "id"],
  }),
  // Added for issue 12: DocumentDB elastic clusters (`ElasticClusterArgs` {kmsKeyId, name, region,
  // tags, ...}): always encrypted, `kmsKeyId` else an AWS owned key.
  awsData({
    token: "aws:docdb/elasticCluster:ElasticCluster",
    category: "database",
    source:
      "@pulumi/aws 7.48 (docdb/elasticCluster.d.ts); https://docs.aws.amazon.com/documentdb/latest/developerguide/docdb-using-elastic-clusters.html",
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  }),
];
