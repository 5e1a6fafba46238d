// System 2 of the brief — purchase orders. Invoices stay in the country whose rules they fall
// under, on whichever cloud that country's entity runs. One module, two stacks, chosen by
// `pulumi-sovereignty:cloud`:
//
// purchase-orders-br — Azure Brazil South, zone `br`, classification `personal` (Brazilian
//   invoices carry the buyer's CPF and name: personal data under the LGPD). Brazil South's Azure
//   pair is South Central US (Texas), so anything geo-redundant would copy invoices to the US:
//     invoices        StorageV2 account, ZRS (never GRS/RA-GRS/GZRS), customer-managed key in a
//                     Key Vault in Brazil South, versioned blobs, immutable for the retention
//                     period (unlocked), tiered to Cool after 30 days and Cold after 180.
//     orders          PostgreSQL flexible server with geo-redundant backup disabled (geo backups
//                     also go to the pair), Entra ID authentication, no public network access.
//     backups         Data Protection backup vault with zone-redundant storage (not GeoRedundant),
//                     immutability on, no cross-region restore.
//
// purchase-orders-us — GCP us-central1, zone `us`, classification `confidential` (US tax records
//   of the company's purchases):
//     tax-records     GCS bucket in the dual-region NAM4 (Iowa + South Carolina, both in the US),
//                     CMEK in the KMS `us` multi-region, a retention policy, Nearline/Coldline tiering.
//     ledger          Cloud SQL for PostgreSQL in us-central1 whose backups are stored explicitly
//                     in the `us` multi-region — left unset, Cloud SQL picks "the closest
//                     multi-region", which is a choice Google makes, not the stack.
//     backups         Backup and DR vault in us-central1 with an enforced minimum retention.
//
// The cloud SDKs are loaded only for the stack that uses them.
import { residency, type StackSettings } from "./settings";

const CLOUDS = ["azure", "gcp"] as const;
type PurchaseOrderCloud = (typeof CLOUDS)[number];

/** Days invoices and tax records are kept unalterable (immutability / retention policy). */
export const RECORD_RETENTION_DAYS = 5 * 365;

export async function purchaseOrders(settings: StackSettings): Promise<Record<string, unknown>> {
  const cloud = settings.config.get("cloud");
  if (cloud === undefined || !(CLOUDS as readonly string[]).includes(cloud)) {
    const pulumi = await import("@pulumi/pulumi");
    throw new pulumi.RunError(
      `stack config pulumi-sovereignty:cloud is ${cloud === undefined ? "not set" : `"${cloud}"`}: the purchase-orders system runs on ${CLOUDS.join(" or ")}`,
    );
  }
  return (cloud as PurchaseOrderCloud) === "azure" ? brazil(settings) : unitedStates(settings);
}

async function brazil(settings: StackSettings): Promise<Record<string, unknown>> {
  const { ResourceGroup } = await import("@pulumi/azure-native/resources");
  const { BackupVault, Database, StorageAccount } = await import("../components/azure");
  const declared = residency(settings);
  const tags = { system: "purchase-orders" };

  // The group holds no data itself; tagged so the whole system is findable by its residency.
  const group = new ResourceGroup("purchase-orders", {
    tags: { ...tags, "data-residency": declared.zone, "data-classification": declared.classification },
  });

  const invoices = new StorageAccount("invoices", {
    ...declared,
    resourceGroupName: group.name,
    // `auto` would pick ZRS here anyway (the pair is outside `br`); saying so makes the intent
    // reviewable, and asking for "geo" would fail at construction naming South Central US.
    redundancy: "zone",
    immutability: { days: RECORD_RETENTION_DAYS, state: "Unlocked" },
    tiering: { coolAfterDays: 30, coldAfterDays: 180 },
    tags,
  });

  const orders = new Database("orders", {
    ...declared,
    resourceGroupName: group.name,
    engine: "postgresql",
    geoRedundantBackup: false,
    backupRetentionDays: 35,
    tags,
  });

  const backups = new BackupVault("backups", {
    ...declared,
    resourceGroupName: group.name,
    kind: "backup-vault",
    redundancy: "zone",
    crossRegionRestore: false,
    immutability: "Unlocked",
    tags,
  });

  return {
    invoicesAccount: invoices.accountName,
    invoicesSku: invoices.skuName,
    ordersServer: orders.name,
    backupVault: backups.vaultName,
    backupStorageRedundancy: backups.storageRedundancy,
  };
}

async function unitedStates(settings: StackSettings): Promise<Record<string, unknown>> {
  const { BackupVault, Bucket, Database } = await import("../components/gcp");
  const declared = residency(settings);
  const labels = { system: "purchase-orders" };

  const taxRecords = new Bucket("tax-records", {
    ...declared,
    location: "NAM4",
    retentionDays: RECORD_RETENTION_DAYS,
    tiering: { nearlineAfterDays: 30, coldlineAfterDays: 365 },
    labels,
  });

  const ledger = new Database("ledger", {
    ...declared,
    backupLocation: "us",
    retainedBackups: 30,
    labels,
  });

  const backups = new BackupVault("backups", { ...declared, kind: "backup-dr", labels });

  return {
    taxRecordsBucket: taxRecords.bucketName,
    ledgerConnectionName: ledger.connectionName,
    ledgerBackupLocation: ledger.backupLocation,
    backupVault: backups.name,
  };
}
