import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/azure-native/storage";
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

export const STORAGE_ACCOUNT_TYPE = "sovereignty:azure:StorageAccount";

export interface StorageImmutabilityArgs {
  /** Days every new blob version is immutable. Default 30. */
  days?: number;
  /**
   * `Unlocked` (default) can still be shortened or disabled; `Locked` cannot be undone — the
   * Azure analogue of governance vs compliance mode.
   */
  state?: "Unlocked" | "Locked";
}

export interface StorageTieringArgs {
  /** Days since modification when blobs move to Cool. Default 30. */
  coolAfterDays?: number;
  /** Days since modification when blobs move to Cold. Default 90. */
  coldAfterDays?: number;
}

export interface StorageAccountArgs extends ResidencyArgs {
  /** Resource group of every child. */
  resourceGroupName: pulumi.Input<string>;
  /** Azure region (`westeurope` or "West Europe"). Default: stack config `azure-native:location`. */
  location?: string;
  /** Storage account name (3-24 lower-case letters and digits). Default: auto-named. */
  accountName?: pulumi.Input<string>;
  /**
   * `auto` (default): geo-redundant (GZRS/GRS) only when the storage pair of the region lies in the
   * zone, else ZRS (LRS where the region has no availability zones). `geo` where the pair is
   * outside the zone is an error.
   */
  redundancy?: Redundancy;
  /** An existing key (its vault must be in the same region). Default: a new Key Vault, key and identity. */
  customerManagedKey?: CustomerManagedKeyArgs;
  /** Tenant for a new Key Vault. Default: the deploying identity's tenant. */
  tenantId?: pulumi.Input<string>;
  /** Account-level version immutability (WORM). `true` = Unlocked, 30 days. Default: off. */
  immutability?: boolean | StorageImmutabilityArgs;
  /** Days soft-deleted blobs and containers are kept. Default 30. */
  softDeleteDays?: number;
  /** Lifecycle tiering; `false` turns it off. Default: Cool after 30 days, Cold after 90. */
  tiering?: false | StorageTieringArgs;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

const SKU = {
  local: "Standard_LRS",
  zone: "Standard_ZRS",
  geo: "Standard_GRS",
  geoZone: "Standard_GZRS",
} as const;

/**
 * A StorageV2 account whose redundancy never leaves the zone, encrypted with a customer-managed
 * key in its region, closed to public networks and anonymous access, with versioning, soft
 * delete, optional immutability and lifecycle tiering.
 *
 * Children: (unless `customerManagedKey`) `keyvault.Vault`, `keyvault.Key`,
 * `managedidentity.UserAssignedIdentity`, `authorization.RoleAssignment`; `storage.StorageAccount`,
 * `storage.BlobServiceProperties`, `storage.ManagementPolicy` (unless `tiering: false`).
 */
export class StorageAccount extends pulumi.ComponentResource {
  public readonly account: storage.StorageAccount;
  public readonly accountName: pulumi.Output<string>;
  public readonly id: pulumi.Output<string>;
  public readonly location: string;
  /** The SKU chosen from the zone (`Standard_GZRS`, `Standard_ZRS`, ...). */
  public readonly skuName: string;
  /** The paired region geo copies go to, when geo-redundant. */
  public readonly geoReplicaLocation?: string;
  public readonly keyUri: pulumi.Output<string>;

  constructor(name: string, args: StorageAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: STORAGE_ACCOUNT_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const location = resolvePrimaryLocation(ctx, residency, "azure", "regions", args.location, "location");
    const choice = chooseRedundancy(
      ctx,
      residency,
      "storage",
      location,
      args.redundancy ?? "auto",
      "redundancy",
    );
    const skuName =
      choice.redundancy === "geo"
        ? choice.zoneRedundant
          ? SKU.geoZone
          : SKU.geo
        : choice.redundancy === "zone"
          ? SKU.zone
          : SKU.local;
    const immutability =
      args.immutability === undefined || args.immutability === false
        ? undefined
        : {
            days: requirePositiveInteger(
              ctx,
              "immutability.days",
              (args.immutability === true ? undefined : args.immutability.days) ?? 30,
              1,
              146000,
            ),
            state: (args.immutability === true ? undefined : args.immutability.state) ?? "Unlocked",
          };
    if (immutability && immutability.state !== "Unlocked" && immutability.state !== "Locked") {
      fail(ctx, "immutability.state", `expected Unlocked or Locked, got "${String(immutability.state)}"`);
    }
    const softDeleteDays = requirePositiveInteger(ctx, "softDeleteDays", args.softDeleteDays ?? 30, 1, 365);
    const tiering =
      args.tiering === false
        ? undefined
        : {
            cool: requirePositiveInteger(ctx, "tiering.coolAfterDays", args.tiering?.coolAfterDays ?? 30),
            cold: requirePositiveInteger(ctx, "tiering.coldAfterDays", args.tiering?.coldAfterDays ?? 90),
          };
    if (tiering && tiering.cold <= tiering.cool)
      fail(ctx, "tiering.coldAfterDays", `must be later than coolAfterDays (${tiering.cool})`);
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const existingKey =
      args.customerManagedKey &&
      userKey(ctx, residency, args.customerManagedKey, location, "customerManagedKey");
    if (!existingKey) checkKeyVaultRegion(ctx, residency, location, "location");

    super(STORAGE_ACCOUNT_TYPE, name, {}, opts);
    this.location = location.name;
    this.skuName = skuName;
    if (choice.geoRegion) this.geoReplicaLocation = choice.geoRegion.name;

    const key =
      existingKey ??
      regionalKey(this, name, location, {
        resourceGroupName: args.resourceGroupName,
        tags,
        ...(args.tenantId !== undefined && { tenantId: args.tenantId }),
      });
    this.keyUri = key.keyUri;

    this.account = new storage.StorageAccount(
      name,
      {
        resourceGroupName: args.resourceGroupName,
        ...(args.accountName !== undefined && { accountName: args.accountName }),
        location: location.name,
        kind: "StorageV2",
        sku: { name: skuName },
        identity: { type: "UserAssigned", userAssignedIdentities: [key.identityId] },
        encryption: {
          keySource: "Microsoft.Keyvault",
          keyVaultProperties: { keyName: key.keyName, keyVaultUri: key.keyVaultUri },
          encryptionIdentity: { encryptionUserAssignedIdentity: key.identityId },
          requireInfrastructureEncryption: true,
          services: {
            blob: { enabled: true, keyType: "Account" },
            file: { enabled: true, keyType: "Account" },
          },
        },
        publicNetworkAccess: "Disabled",
        networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        allowCrossTenantReplication: false,
        allowedCopyScope: "AAD",
        defaultToOAuthAuthentication: true,
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        ...(immutability && {
          immutableStorageWithVersioning: {
            enabled: true,
            immutabilityPolicy: {
              immutabilityPeriodSinceCreationInDays: immutability.days,
              state: immutability.state,
              allowProtectedAppendWrites: false,
            },
          },
        }),
        tags,
      },
      { parent: this, dependsOn: key.dependsOn },
    );
    this.accountName = this.account.name;
    this.id = this.account.id;

    new storage.BlobServiceProperties(
      `${name}-blob`,
      {
        resourceGroupName: args.resourceGroupName,
        accountName: this.account.name,
        blobServicesName: "default",
        isVersioningEnabled: true,
        changeFeed: { enabled: true },
        deleteRetentionPolicy: { enabled: true, days: softDeleteDays },
        containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays },
      },
      { parent: this },
    );
    if (tiering) {
      const actions = {
        tierToCool: { daysAfterModificationGreaterThan: tiering.cool },
        tierToCold: { daysAfterModificationGreaterThan: tiering.cold },
      };
      new storage.ManagementPolicy(
        `${name}-lifecycle`,
        {
          resourceGroupName: args.resourceGroupName,
          accountName: this.account.name,
          managementPolicyName: "default",
          policy: {
            rules: [
              {
                name: "tiering",
                enabled: true,
                type: "Lifecycle",
                definition: {
                  filters: { blobTypes: ["blockBlob"] },
                  actions: {
                    baseBlob: actions,
                    version: {
                      tierToCool: { daysAfterCreationGreaterThan: tiering.cool },
                      tierToCold: { daysAfterCreationGreaterThan: tiering.cold },
                    },
                  },
                },
              },
            ],
          },
        },
        { parent: this },
      );
    }
    this.registerOutputs({
      accountName: this.accountName,
      id: this.id,
      location: this.location,
      skuName: this.skuName,
      geoReplicaLocation: this.geoReplicaLocation,
      keyUri: this.keyUri,
    });
  }
}
