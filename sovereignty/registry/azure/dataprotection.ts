// azure:dataprotection/* — classic Backup vaults (@pulumi/azure 6.40,
// dataprotection/backupVault.d.ts `BackupVaultArgs` {crossRegionRestoreEnabled, datastoreType,
// immutability, location, redundancy, tags, ...}).
import { immutabilityState } from "../../controls/immutabilityRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { classicData } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (dataprotection/backupVault.d.ts); https://learn.microsoft.com/azure/backup/backup-vault-overview";

/**
 * `redundancy` (required) GeoRedundant → the pair the Backup vault service uses;
 * LocallyRedundant / ZoneRedundant stay. `datastoreType` (VaultStore, OperationalStore, ...)
 * says which tier the vault keeps, not where: it adds no destination.
 */
const backupVaultFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const redundancy = enumValue(field(props, "redundancy"));
  if (redundancy.state === "unknown") out.unknown("geo-redundancy", "redundancy");
  if (redundancy.state === "value" && redundancy.value === "georedundant")
    geoPair(out, "geo-redundancy", "redundancy", "backup-vault", azurePrimary(context));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:dataprotection/backupVault:BackupVault",
    category: "backup",
    source: SOURCE,
    identities: ["name", "id"],
    flows: backupVaultFlows,
    encryption: {
      kind: "gap",
      reason:
        "a classic Backup vault's customer-managed key is a separate resource (`backupVaultCustomerManagedKey`, by `dataProtectionBackupVaultId`) the model does not join",
    },
    // `immutability`: Disabled (default), Locked or Unlocked.
    immutability: immutabilityState(["immutability"]),
  }),
];
