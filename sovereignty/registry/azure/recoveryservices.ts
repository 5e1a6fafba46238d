// azure:recoveryservices/* — classic Recovery Services vaults (@pulumi/azure 6.40,
// recoveryservices/vault.d.ts `VaultArgs` {crossRegionRestoreEnabled, encryption, immutability,
// location, sku, storageModeType, tags, ...}; types/input.d.ts recoveryservices.VaultEncryption
// {keyId, infrastructureEncryptionEnabled, ...}).
import { immutabilityState } from "../../controls/immutabilityRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { classicData, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (recoveryservices/vault.d.ts); https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy";

/**
 * `storageModeType` "Defaults to `GeoRedundant`": absent or GeoRedundant → the pair;
 * LocallyRedundant / ZoneRedundant keep backups in the region. `crossRegionRestoreEnabled` needs
 * GeoRedundant and restores from that same pair: no other destination.
 */
const vaultFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const mode = enumValue(field(props, "storageModeType"));
  if (mode.state === "unknown") return (out.unknown("geo-redundancy", "storageModeType"), out.list());
  if (mode.state === "value" && (mode.value === "locallyredundant" || mode.value === "zoneredundant"))
    return out.list();
  geoPair(out, "geo-redundancy", "storageModeType", "recovery-services", azurePrimary(context));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:recoveryservices/vault:Vault",
    category: "backup",
    source: SOURCE,
    identities: ["name", "id"],
    flows: vaultFlows,
    // Always encrypted; `encryption.keyId` is the vault key when set
    // (https://learn.microsoft.com/azure/backup/encryption-at-rest-with-cmk).
    encryption: { kind: "reader", read: keyIdOr(["encryption", "keyId"]) },
    // `immutability`: Locked, Unlocked or Disabled (https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept).
    immutability: immutabilityState(["immutability"]),
  }),
];
