// azure-native:containerregistry:* — container registries and their geo-replications
// (@pulumi/azure-native 3.28, containerregistry/registry.d.ts `RegistryArgs` {encryption,
// location, registryName, tags, ...}; containerregistry/replication.d.ts `ReplicationArgs`
// {location, registryName, ...}; types/input.d.ts containerregistry.EncryptionPropertyArgs
// {status, keyVaultProperties: {keyIdentifier}}).
import { keySourceSwitch } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { azureData, replicaInLocation } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (containerregistry/*.d.ts); https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication";
const REGISTRY = "azure-native:containerregistry:Registry";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: REGISTRY,
    category: "storage",
    source: SOURCE,
    identities: ["registryName", "name", "id"],
    // Always encrypted; `encryption.status` `enabled` selects the key `keyVaultProperties.keyIdentifier`.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["encryption", "status"], "enabled", [
          "encryption",
          "keyVaultProperties",
          "keyIdentifier",
        ]),
    },
  }),
  // A geo-replica of the registry in `location`: every image is copied there.
  replicaInLocation({
    token: "azure-native:containerregistry:Replication",
    source: SOURCE,
    of: { property: "registryName", token: REGISTRY },
    identities: ["replicationName", "name", "id"],
  }),
];
