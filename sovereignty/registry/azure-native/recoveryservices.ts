// azure-native:recoveryservices:* — Recovery Services vaults (@pulumi/azure-native 3.28,
// recoveryservices/vault.d.ts; input types recoveryservices.VaultPropertiesArgs,
// VaultPropertiesRedundancySettingsArgs; enums StandardTierStorageRedundancy, CrossRegionRestore).
import { always } from "../../controls/encryptionRead";
import { azureImmutability } from "../../controls/immutabilityRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { Destinations, field, readObject } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (recoveryservices/vault.d.ts); https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy";

/**
 * properties.redundancySettings.standardTierStorageRedundancy. A new vault is geo-redundant unless
 * told otherwise ("By default, the vault has geo-redundant storage"): absent → the implicit pair.
 * Only LocallyRedundant / ZoneRedundant keep backups in the region. crossRegionRestore needs
 * GeoRedundant and adds no other destination.
 */
const vaultFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const at = "properties.redundancySettings.standardTierStorageRedundancy";
  const properties = readObject(field(props, "properties"));
  if (properties.state === "unknown") return (out.unknown("geo-redundancy", "properties"), out.list());
  const settings = readObject(
    field(properties.state === "value" ? properties.value : undefined, "redundancySettings"),
  );
  if (settings.state === "unknown")
    return (out.unknown("geo-redundancy", "properties.redundancySettings"), out.list());
  const redundancy = enumValue(
    field(settings.state === "value" ? settings.value : undefined, "standardTierStorageRedundancy"),
  );
  if (redundancy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
  if (
    redundancy.state === "value" &&
    (redundancy.value === "locallyredundant" || redundancy.value === "zoneredundant")
  )
    return out.list();
  geoPair(out, "geo-redundancy", at, "recovery-services", azurePrimary(context));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:recoveryservices:Vault",
    ...AZURE_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "id", "vaultName"],
    flows: vaultFlows,
    // `properties.encryption` (`VaultPropertiesEncryptionArgs`, `CmkKeyVaultPropertiesArgs.keyUri`).
    encryption: {
      kind: "reader",
      read: (p) => always(p, ["properties", "encryption", "keyVaultProperties", "keyUri"]),
    },
    immutability: azureImmutability(["properties", "securitySettings"]),
  },
];
