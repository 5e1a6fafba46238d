// azure-native:mongocluster:* — Azure Cosmos DB for MongoDB (vCore) clusters; the same resource
// was `azure-native:cosmosdb:MongoCluster` (its alias here) (@pulumi/azure-native 3.28,
// mongocluster/mongoCluster.d.ts `MongoClusterArgs` {location, properties, tags, ...};
// types/input.d.ts mongocluster.MongoClusterPropertiesArgs {createMode, replicaParameters:
// {sourceResourceId, sourceLocation}, restoreParameters: {sourceResourceId}};
// cosmosdb/mongoCluster.d.ts `MongoClusterArgs` {createMode, restoreParameters, location, tags, ...}).
import { referenceOrigin, type FlowOrigin, type OriginFunction } from "../../flows/origin";
import { field, readObject, readString } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (mongocluster/mongoCluster.d.ts, cosmosdb/mongoCluster.d.ts); https://learn.microsoft.com/azure/cosmos-db/mongodb/vcore/cross-region-replication";

/**
 * A cross-region replica cluster names its source (`replicaParameters.sourceResourceId`, in
 * `sourceLocation`); a restored cluster its backup source (`restoreParameters.sourceResourceId`).
 * The `mongocluster` shape nests them under `properties`, the older `cosmosdb` one does not.
 */
const clusterOrigins: OriginFunction = (props) => {
  const nested = readObject(field(props, "properties"));
  const bag = nested.state === "value" ? nested.value : props;
  const base = nested.state === "value" ? "properties." : "";
  const origins: FlowOrigin[] = [];
  const replica = readObject(field(bag, "replicaParameters"));
  if (replica.state === "unknown")
    origins.push({
      kind: "read-replica",
      cloud: "azure",
      property: `${base}replicaParameters`,
      source: { kind: "unknown" },
    });
  if (replica.state === "value") {
    const region = readString(field(replica.value, "sourceLocation"));
    origins.push(
      ...referenceOrigin(
        "azure",
        "read-replica",
        `${base}replicaParameters.sourceResourceId`,
        field(replica.value, "sourceResourceId"),
        "id",
      ).map((o) => (region.state === "value" ? { ...o, sourceRegion: region.value } : o)),
    );
  }
  const restore = readObject(field(bag, "restoreParameters"));
  if (restore.state === "unknown")
    origins.push({
      kind: "backup-copy",
      cloud: "azure",
      property: `${base}restoreParameters`,
      source: { kind: "unknown" },
    });
  if (restore.state === "value")
    origins.push(
      ...referenceOrigin(
        "azure",
        "backup-copy",
        `${base}restoreParameters.sourceResourceId`,
        field(restore.value, "sourceResourceId"),
        "id",
      ),
    );
  return origins;
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:mongocluster:MongoCluster",
    aliases: ["azure-native:cosmosdb:MongoCluster"],
    category: "database",
    source: SOURCE,
    identities: ["mongoClusterName", "name", "id"],
    origins: clusterOrigins,
    encryption: {
      kind: "gap",
      reason:
        "the SDK's MongoClusterArgs has no key input: encryption at rest and its key are not readable from the resource (cannot verify)",
    },
  }),
];
