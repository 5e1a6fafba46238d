// azure:appconfiguration/* — classic App Configuration stores (@pulumi/azure 6.40,
// appconfiguration/configurationStore.d.ts `ConfigurationStoreArgs` {encryption, location,
// replicas, sku, tags, ...}; types/input.d.ts appconfiguration.ConfigurationStoreReplica
// {location, name}, appconfiguration.ConfigurationStoreEncryption {keyVaultKeyIdentifier,
// identityClientId}).
import { regionName } from "../../flows/read";
import { each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicData, flowAt, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (appconfiguration/configurationStore.d.ts); https://learn.microsoft.com/azure/azure-app-configuration/concept-geo-replication";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:appconfiguration/configurationStore:ConfigurationStore",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // Every replica (`replicas[].location`) holds every key-value.
    flows: flowAt("replication", "replicas", each(fieldOf("location", regionName))),
    // Always encrypted; `encryption.keyVaultKeyIdentifier` is the store key when set
    // (https://learn.microsoft.com/azure/azure-app-configuration/concept-customer-managed-keys).
    encryption: { kind: "reader", read: keyIdOr(["encryption", "keyVaultKeyIdentifier"]) },
  }),
];
