// azure-native:kusto:* — Azure Data Explorer clusters and follower databases
// (@pulumi/azure-native 3.28, kusto/cluster.d.ts `ClusterArgs` {clusterName, keyVaultProperties,
// location, tags, ...}; kusto/attachedDatabaseConfiguration.d.ts `AttachedDatabaseConfigurationArgs`
// {clusterName, clusterResourceId, databaseName, location, ...}; types/input.d.ts
// kusto.KeyVaultPropertiesArgs {keyName, keyVaultUri, keyVersion, userIdentity}).
import { regionName } from "../../flows/read";
import { allFlows, reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt, vaultKey } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (kusto/*.d.ts); https://learn.microsoft.com/azure/data-explorer/follower";
const CLUSTER = "azure-native:kusto:Cluster";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: CLUSTER,
    category: "database",
    source: SOURCE,
    identities: ["clusterName", "name", "id"],
    // Always encrypted (Azure Storage); `keyVaultProperties` names the customer-managed key.
    encryption: { kind: "reader", read: vaultKey(["keyVaultProperties"]) },
  }),
  {
    // Attaches a leader cluster's database (`clusterResourceId`) to a follower cluster
    // (`clusterName`, in `location`): the follower keeps a read-only copy of the leader's data.
    // Judged with the leader's tags: a copy keeps its source's classification.
    token: "azure-native:kusto:AttachedDatabaseConfiguration",
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    configures: { property: "clusterResourceId", referenceKind: "id", targets: [CLUSTER] },
    identities: ["attachedDatabaseConfigurationName", "name", "id"],
    flows: allFlows(
      flowAt("replication", "location", regionName),
      flowAt("replication", "clusterName", reference("name")),
    ),
  },
];
