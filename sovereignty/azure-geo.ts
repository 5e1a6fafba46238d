import { defaultCatalog, type Catalog } from "./catalog/catalog";
import type { Location } from "./types";

/** Azure services whose geo-redundant option copies data out of the primary region. */
export type AzureGeoService =
  | "storage"
  | "recovery-services"
  | "backup-vault"
  | "postgresql-flexible"
  | "mysql-flexible"
  | "cosmosdb-backup"
  | "key-vault"
  | "sql";

export const AZURE_GEO_SERVICES: readonly AzureGeoService[] = [
  "storage",
  "recovery-services",
  "backup-vault",
  "postgresql-flexible",
  "mysql-flexible",
  "cosmosdb-backup",
  "key-vault",
  "sql",
];

export type AzureGeoReplica =
  | { readonly kind: "pair"; readonly location: Location }
  | { readonly kind: "none"; readonly reason: string }
  | { readonly kind: "unavailable"; readonly reason: string };

/**
 * Per service: what its geo-redundant copy does, and the source. Services that follow the region
 * pair copy to `pairedRegion`; in a region without a pair the documented behaviour differs or is not
 * documented, so the answer is "unavailable" (the caller fails closed) unless the service says it
 * keeps data in the region.
 */
const SERVICE_RULES: Readonly<Record<AzureGeoService, { readonly what: string; readonly source: string }>> = {
  storage: {
    what: "GRS/GZRS/RA-GRS storage replicates asynchronously to the paired region",
    source:
      "https://learn.microsoft.com/azure/storage/common/storage-redundancy#redundancy-in-a-secondary-region",
  },
  "recovery-services": {
    what: "a geo-redundant Recovery Services vault stores backups in the paired region",
    source:
      "https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy",
  },
  "backup-vault": {
    what: "a GeoRedundant Backup vault replicates backup data to the paired region",
    source: "https://learn.microsoft.com/azure/backup/backup-vault-overview",
  },
  "postgresql-flexible": {
    what: "geo-redundant backups of Azure Database for PostgreSQL flexible server go to the paired region",
    source:
      "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore#geo-redundant-backup-and-restore",
  },
  // Microsoft's business-continuity page: geo-redundancy "replicates the server backup data
  // files" to the geo-paired region; geo-restore is to that pair.
  "mysql-flexible": {
    what: "geo-redundant backups of Azure Database for MySQL flexible server are replicated to the paired region",
    source: "https://learn.microsoft.com/azure/mysql/flexible-server/concepts-business-continuity",
  },
  "cosmosdb-backup": {
    what: "periodic-mode backups with Geo backup storage redundancy are replicated to the paired region",
    source: "https://learn.microsoft.com/azure/cosmos-db/periodic-backup-storage-redundancy",
  },
  "key-vault": {
    what: "Key Vault replicates vault contents to the paired region within the same geography",
    source: "https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance",
  },
  sql: {
    what: "geo-redundant backup storage (the default) replicates Azure SQL backups to the paired region",
    source:
      "https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview#backup-storage-redundancy",
  },
};

/**
 * Key Vault keeps contents inside the region (zone-redundant storage) in Brazil South — whose pair
 * is in the US — and in regions with no pair. Source: Key Vault "Availability and redundancy"
 * (https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance): "The exception
 * to this is the Brazil South region ... [and regions] with no paired region".
 */
const KEY_VAULT_IN_REGION_ONLY: ReadonlySet<string> = new Set(["brazilsouth"]);

/**
 * Where a geo-redundant copy of `service`'s data goes when the primary is `region`: the paired
 * region, none (the service keeps data in the region there), or unavailable (not documented or
 * not offered: callers must fail closed). Differs by service: GRS storage in Brazil South goes to
 * South Central US, Key Vault in Brazil South stays in Brazil South.
 */
export function azureGeoReplicaRegion(
  service: AzureGeoService,
  region: Location,
  catalog: Catalog = defaultCatalog,
): AzureGeoReplica {
  const rule = SERVICE_RULES[service];
  if (!rule)
    return { kind: "unavailable", reason: `"${String(service)}" is not a known Azure geo-redundant service` };
  if (!region || region.cloud !== "azure" || region.service !== "regions") {
    return { kind: "unavailable", reason: "not an Azure region" };
  }
  if (service === "key-vault") {
    if (KEY_VAULT_IN_REGION_ONLY.has(region.name)) {
      return {
        kind: "none",
        reason: `Key Vault does not replicate out of ${region.displayName} (${rule.source})`,
      };
    }
    if (region.pairedRegion === undefined) {
      return {
        kind: "none",
        reason: `${region.displayName} has no paired region; Key Vault stays in the region (${rule.source})`,
      };
    }
  }
  if (region.pairedRegion === undefined) {
    return {
      kind: "unavailable",
      reason: `${region.displayName} has no paired region; where ${service} geo-redundant copies go is not documented here (${rule.source})`,
    };
  }
  const pair = catalog.lookup("azure", "regions", region.pairedRegion);
  if (!pair) {
    return { kind: "unavailable", reason: `paired region "${region.pairedRegion}" is not in the catalog` };
  }
  return { kind: "pair", location: pair };
}

/** One line explaining `service`'s geo-redundancy rule, with its source. */
export function azureGeoRule(service: AzureGeoService): string {
  const rule = SERVICE_RULES[service];
  return `${rule.what} (${rule.source})`;
}
