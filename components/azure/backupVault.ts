import * as pulumi from "@pulumi/pulumi";
import * as dataprotection from "@pulumi/azure-native/dataprotection";
import * as recoveryservices from "@pulumi/azure-native/recoveryservices";
import { fail, type ComponentContext } from "../core/errors";
import {
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import {
  checkKeyVaultRegion,
  chooseRedundancy,
  regionalKey,
  userKey,
  type CustomerManagedKeyArgs,
  type Redundancy,
  type Tags,
} from "./common";

export const BACKUP_VAULT_TYPE = "sovereignty:azure:BackupVault";

export interface BackupVaultArgs extends ResidencyArgs {
  /** Resource group of every child. */
  resourceGroupName: pulumi.Input<string>;
  /** Azure region. Default: stack config `azure-native:location`. */
  location?: string;
  /** `backup-vault` (Data Protection Backup vault, default) or `recovery-services` (Recovery Services vault). */
  kind?: "backup-vault" | "recovery-services";
  /** Vault name. Default: auto-named. */
  vaultName?: pulumi.Input<string>;
  /** Storage redundancy, constrained like storage accounts: geo only when the pair lies in the zone. Default `auto`. */
  redundancy?: Redundancy;
  /** Cross-region restore (needs geo redundancy in the zone). Default false. */
  crossRegionRestore?: boolean;
  /**
   * Immutability: `Unlocked` (default; can still be disabled — governance-like), `Locked`
   * (irreversible), or `Disabled` (rejected for `personal`/`special` data).
   */
  immutability?: "Unlocked" | "Locked" | "Disabled";
  /** Soft-delete retention in days (14-180). Default 14. Soft delete is always on. */
  softDeleteDays?: number;
  /** An existing key (its vault must be in the same region). Default: a new Key Vault, key and identity. */
  customerManagedKey?: CustomerManagedKeyArgs;
  /** Tenant for a new Key Vault. Default: the deploying identity's tenant. */
  tenantId?: pulumi.Input<string>;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

const DPP_STORAGE = { local: "LocallyRedundant", zone: "ZoneRedundant", geo: "GeoRedundant" } as const;

/**
 * A Data Protection Backup vault or Recovery Services vault whose storage redundancy and
 * cross-region restore stay in the zone, immutable (unlocked by default), with soft delete and a
 * customer-managed key in its region.
 *
 * Children: (unless `customerManagedKey`) `keyvault.Vault`, `keyvault.Key`,
 * `managedidentity.UserAssignedIdentity`, `authorization.RoleAssignment`; then
 * `dataprotection.BackupVault` or `recoveryservices.Vault`.
 */
export class BackupVault extends pulumi.ComponentResource {
  public readonly id: pulumi.Output<string>;
  public readonly vaultName: pulumi.Output<string>;
  public readonly location: string;
  /** `LocallyRedundant`, `ZoneRedundant` or `GeoRedundant`. */
  public readonly storageRedundancy: string;
  public readonly geoReplicaLocation?: string;

  constructor(name: string, args: BackupVaultArgs, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: BACKUP_VAULT_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const location = resolvePrimaryLocation(ctx, residency, "azure", "regions", args.location, "location");
    const kind = args.kind ?? "backup-vault";
    if (kind !== "backup-vault" && kind !== "recovery-services")
      fail(ctx, "kind", `expected backup-vault or recovery-services, got "${String(kind)}"`);
    const service = kind === "backup-vault" ? "backup-vault" : "recovery-services";
    const choice = chooseRedundancy(
      ctx,
      residency,
      service,
      location,
      args.redundancy ?? "auto",
      "redundancy",
    );
    const crossRegionRestore = args.crossRegionRestore ?? false;
    if (crossRegionRestore && choice.redundancy !== "geo") {
      fail(
        ctx,
        "crossRegionRestore",
        `needs geo-redundant storage, which ${location.name} cannot use for ${residency.classification} data in zone "${residency.zone.id}" (or redundancy was not geo)`,
      );
    }
    const immutability = args.immutability ?? "Unlocked";
    if (!["Unlocked", "Locked", "Disabled"].includes(immutability))
      fail(ctx, "immutability", `expected Unlocked, Locked or Disabled, got "${String(immutability)}"`);
    if (immutability === "Disabled" && residency.rules.immutableBackups) {
      fail(ctx, "immutability", `${residency.classification} data requires immutable backups`);
    }
    const softDeleteDays = requirePositiveInteger(ctx, "softDeleteDays", args.softDeleteDays ?? 14, 14, 180);
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const existingKey =
      args.customerManagedKey &&
      userKey(ctx, residency, args.customerManagedKey, location, "customerManagedKey");
    if (!existingKey) checkKeyVaultRegion(ctx, residency, location, "location");

    super(BACKUP_VAULT_TYPE, name, {}, opts);
    this.location = location.name;
    this.storageRedundancy = DPP_STORAGE[choice.redundancy];
    if (choice.geoRegion) this.geoReplicaLocation = choice.geoRegion.name;
    const key =
      existingKey ??
      regionalKey(this, name, location, {
        resourceGroupName: args.resourceGroupName,
        tags,
        ...(args.tenantId !== undefined && { tenantId: args.tenantId }),
      });
    const common = {
      resourceGroupName: args.resourceGroupName,
      location: location.name,
      ...(args.vaultName !== undefined && { vaultName: args.vaultName }),
      identity: { type: "UserAssigned", userAssignedIdentities: [key.identityId] },
      tags,
    };

    if (kind === "backup-vault") {
      const vault = new dataprotection.BackupVault(
        name,
        {
          ...common,
          properties: {
            storageSettings: [{ datastoreType: "VaultStore", type: this.storageRedundancy }],
            featureSettings: {
              crossRegionRestoreSettings: { state: crossRegionRestore ? "Enabled" : "Disabled" },
            },
            securitySettings: {
              immutabilitySettings: { state: immutability },
              softDeleteSettings: { state: "On", retentionDurationInDays: softDeleteDays },
              encryptionSettings: {
                state: "Enabled",
                keyVaultProperties: { keyUri: key.keyUri },
                kekIdentity: { identityType: "UserAssigned", identityId: key.identityId },
                infrastructureEncryption: "Enabled",
              },
            },
          },
        },
        { parent: this, dependsOn: key.dependsOn },
      );
      this.id = vault.id;
      this.vaultName = vault.name;
    } else {
      const vault = new recoveryservices.Vault(
        name,
        {
          ...common,
          sku: { name: "RS0", tier: "Standard" },
          properties: {
            publicNetworkAccess: "Disabled",
            redundancySettings: {
              standardTierStorageRedundancy: this.storageRedundancy,
              crossRegionRestore: crossRegionRestore ? "Enabled" : "Disabled",
            },
            securitySettings: {
              immutabilitySettings: { state: immutability },
              softDeleteSettings: {
                softDeleteState: "Enabled",
                softDeleteRetentionPeriodInDays: softDeleteDays,
              },
            },
            encryption: {
              keyVaultProperties: { keyUri: key.keyUri },
              kekIdentity: { userAssignedIdentity: key.identityId, useSystemAssignedIdentity: false },
              infrastructureEncryption: "Enabled",
            },
          },
        },
        { parent: this, dependsOn: key.dependsOn },
      );
      this.id = vault.id;
      this.vaultName = vault.name;
    }
    this.registerOutputs({
      id: this.id,
      vaultName: this.vaultName,
      location: this.location,
      storageRedundancy: this.storageRedundancy,
      geoReplicaLocation: this.geoReplicaLocation,
    });
  }
}
