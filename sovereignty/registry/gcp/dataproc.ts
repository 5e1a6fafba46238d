// gcp:dataproc/* — Dataproc clusters and serverless batches (processing) and Dataproc Metastore
// services (data) (@pulumi/gcp 9.37, dataproc/cluster.d.ts `ClusterArgs` {clusterConfig, labels,
// region, ...}; dataproc/batch.d.ts `BatchArgs` {labels, location, ...};
// dataproc/metastoreService.d.ts `MetastoreServiceArgs` {encryptionConfig: {kmsKey}, labels,
// location, ...}).
import { always } from "../../controls/encryptionRead";
import { GCP_REGION, GCP_REGIONAL_LOCATION } from "../common";
import type { TypeDeclaration } from "../types";
import { gcpData, gcpProcessing } from "./shared";

const SOURCE =
  "@pulumi/gcp 9.37 (dataproc/*.d.ts); https://cloud.google.com/dataproc/docs/concepts/regional-endpoints";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpProcessing({
    token: "gcp:dataproc/cluster:Cluster",
    source: SOURCE,
    location: GCP_REGION,
    identities: ["name", "id"],
  }),
  gcpProcessing({
    token: "gcp:dataproc/batch:Batch",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
  }),
  gcpData({
    // Hive metastore: table schemas and partitions of a data lake.
    token: "gcp:dataproc/metastoreService:MetastoreService",
    category: "database",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKey"]) },
  }),
];
