// azure:containerservice/* — classic container registries (@pulumi/azure 6.40,
// containerservice/registry.d.ts `RegistryArgs` {encryption, georeplications, location, name,
// sku, tags, ...}; types/input.d.ts containerservice.RegistryGeoreplication {location, ...},
// containerservice.RegistryEncryption {keyVaultKeyId, identityClientId}).
import { regionName } from "../../flows/read";
import { each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicData, flowAt, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (containerservice/registry.d.ts); https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:containerservice/registry:Registry",
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    // Every geo-replica (`georeplications[].location`) holds a copy of every image.
    flows: flowAt("replication", "georeplications", each(fieldOf("location", regionName))),
    // Always encrypted; `encryption.keyVaultKeyId` is the registry key when set
    // (https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys).
    encryption: { kind: "reader", read: keyIdOr(["encryption", "keyVaultKeyId"]) },
  }),
];
