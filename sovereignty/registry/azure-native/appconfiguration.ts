// azure-native:appconfiguration:* — App Configuration stores and their replicas
// (@pulumi/azure-native 3.28, appconfiguration/configurationStore.d.ts `ConfigurationStoreArgs`
// {configStoreName, encryption, location, tags, ...}; appconfiguration/replica.d.ts `ReplicaArgs`
// {configStoreName, location, replicaName, resourceGroupName}; types/input.d.ts
// appconfiguration.EncryptionPropertiesArgs {keyVaultProperties: {keyIdentifier}}).
import type { TypeDeclaration } from "../types";
import { azureData, keyUriOr, replicaInLocation } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (appconfiguration/*.d.ts); https://learn.microsoft.com/azure/azure-app-configuration/concept-geo-replication";
const STORE = "azure-native:appconfiguration:ConfigurationStore";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: STORE,
    category: "database",
    source: SOURCE,
    identities: ["configStoreName", "name", "id"],
    encryption: { kind: "reader", read: keyUriOr(["encryption", "keyVaultProperties", "keyIdentifier"]) },
  }),
  // A replica of the store in `location` holds every key-value.
  replicaInLocation({
    token: "azure-native:appconfiguration:Replica",
    source: SOURCE,
    of: { property: "configStoreName", token: STORE },
    identities: ["replicaName", "name", "id"],
  }),
];
