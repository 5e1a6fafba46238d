import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import { fail, type ComponentContext } from "../core/errors";
import {
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import {
  checkKeyVaultRegion,
  chooseRedundancy,
  hasAvailabilityZones,
  regionalKey,
  userKey,
  type CustomerManagedKeyArgs,
  type Tags,
} from "./common";

export const DATABASE_TYPE = "sovereignty:azure:Database";

export interface DatabaseArgs extends ResidencyArgs {
  /** Resource group of every child. */
  resourceGroupName: pulumi.Input<string>;
  /** Azure region. Default: stack config `azure-native:location`. */
  location?: string;
  /** `postgresql` (Azure Database for PostgreSQL flexible server, default) or `cosmosdb` (Cosmos DB NoSQL). */
  engine?: "postgresql" | "cosmosdb";
  /**
   * Geo-redundant backups (PostgreSQL) / `Geo` backup storage (Cosmos DB periodic backups). Both go
   * to the region pair, so `true` is an error unless the pair lies in the zone. With a
   * customer-managed key the component adds a key in the paired region for PostgreSQL. Default false.
   */
  geoRedundantBackup?: boolean;
  /** PostgreSQL: backup retention days (7-35). Cosmos DB (1-30): periodic backup retention in hours = days × 24. Default 35 (PostgreSQL) / 30 (Cosmos DB). */
  backupRetentionDays?: number;
  /** PostgreSQL major version. Default `16`. */
  version?: pulumi.Input<string>;
  /** PostgreSQL SKU. Default `Standard_D2ds_v5` / `GeneralPurpose`. */
  sku?: { name: pulumi.Input<string>; tier: pulumi.Input<string> };
  /** PostgreSQL storage in GB. Default 128. */
  storageSizeGB?: pulumi.Input<number>;
  /** PostgreSQL private access: a delegated subnet and private DNS zone. Default: none (public network access stays Disabled). */
  network?: {
    delegatedSubnetResourceId: pulumi.Input<string>;
    privateDnsZoneArmResourceId: pulumi.Input<string>;
  };
  /** Cosmos DB: further regions (each must lie in the zone). Default: none. */
  additionalLocations?: string[];
  /** An existing key (its vault must be in the same region). Default: a new Key Vault, key and identity. */
  customerManagedKey?: CustomerManagedKeyArgs;
  /** Tenant for new Key Vaults and Entra authentication. Default: the deploying identity's tenant. */
  tenantId?: pulumi.Input<string>;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

/**
 * PostgreSQL flexible server (Entra ID authentication only, no public network access, CMK, geo
 * backup only when the pair is in the zone) or Cosmos DB (locations restricted to the zone, CMK,
 * local auth and public network access off, backup redundancy in the zone).
 *
 * Children: (unless `customerManagedKey`) `keyvault.Vault`, `keyvault.Key`,
 * `managedidentity.UserAssignedIdentity`, `authorization.RoleAssignment` — again in the paired
 * region for PostgreSQL geo backups; then `dbforpostgresql.Server` or `cosmosdb.DatabaseAccount`.
 */
export class Database extends pulumi.ComponentResource {
  public readonly id: pulumi.Output<string>;
  public readonly name: pulumi.Output<string>;
  public readonly location: string;
  /** The region geo backups go to, when enabled. */
  public readonly geoBackupLocation?: string;

  constructor(name: string, args: DatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: DATABASE_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const location = resolvePrimaryLocation(ctx, residency, "azure", "regions", args.location, "location");
    const engine = args.engine ?? "postgresql";
    if (engine !== "postgresql" && engine !== "cosmosdb")
      fail(ctx, "engine", `expected postgresql or cosmosdb, got "${String(engine)}"`);
    const service = engine === "postgresql" ? "postgresql-flexible" : "cosmosdb-backup";
    const choice = chooseRedundancy(
      ctx,
      residency,
      service,
      location,
      args.geoRedundantBackup ? "geo" : hasAvailabilityZones(location) ? "zone" : "local",
      "geoRedundantBackup",
    );
    const retentionDays = requirePositiveInteger(
      ctx,
      "backupRetentionDays",
      args.backupRetentionDays ?? (engine === "postgresql" ? 35 : 30),
      engine === "postgresql" ? 7 : 1,
      engine === "postgresql" ? 35 : 30,
    );
    if (engine === "postgresql" && args.additionalLocations?.length)
      fail(ctx, "additionalLocations", "only applies to cosmosdb");
    const extra = (args.additionalLocations ?? []).map((l, i) =>
      requireLocation(ctx, residency, "azure", "regions", l, `additionalLocations[${i}]`),
    );
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const existingKey =
      args.customerManagedKey &&
      userKey(ctx, residency, args.customerManagedKey, location, "customerManagedKey");
    if (!existingKey) {
      checkKeyVaultRegion(ctx, residency, location, "location");
      if (choice.geoRegion && engine === "postgresql")
        checkKeyVaultRegion(ctx, residency, choice.geoRegion, "geoRedundantBackup");
    }
    if (existingKey && choice.geoRegion && engine === "postgresql") {
      fail(
        ctx,
        "geoRedundantBackup",
        "geo-redundant backups with your own key need a second key in the paired region; omit customerManagedKey to let the component create both",
      );
    }

    super(DATABASE_TYPE, name, {}, opts);
    this.location = location.name;
    if (choice.geoRegion) this.geoBackupLocation = choice.geoRegion.name;
    const keyOptions = {
      resourceGroupName: args.resourceGroupName,
      tags,
      ...(args.tenantId !== undefined && { tenantId: args.tenantId }),
    };
    const key = existingKey ?? regionalKey(this, name, location, keyOptions);

    if (engine === "postgresql") {
      const geoKey = choice.geoRegion
        ? regionalKey(this, `${name}-geo`, choice.geoRegion, keyOptions)
        : undefined;
      const identityIds = [key.identityId, ...(geoKey ? [geoKey.identityId] : [])];
      const server = new dbforpostgresql.Server(
        name,
        {
          resourceGroupName: args.resourceGroupName,
          location: location.name,
          version: args.version ?? "16",
          sku: args.sku ?? { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
          storage: { storageSizeGB: args.storageSizeGB ?? 128, autoGrow: "Enabled" },
          authConfig: {
            activeDirectoryAuth: "Enabled",
            passwordAuth: "Disabled",
            ...(args.tenantId !== undefined && { tenantId: args.tenantId }),
          },
          backup: {
            backupRetentionDays: retentionDays,
            geoRedundantBackup: choice.geoRegion ? "Enabled" : "Disabled",
          },
          identity: {
            type: "UserAssigned",
            userAssignedIdentities: pulumi
              .all(identityIds)
              .apply((ids) => Object.fromEntries(ids.map((id) => [id, {}]))),
          },
          dataEncryption: {
            type: "AzureKeyVault",
            primaryKeyURI: key.keyUri,
            primaryUserAssignedIdentityId: key.identityId,
            ...(geoKey && {
              geoBackupKeyURI: geoKey.keyUri,
              geoBackupUserAssignedIdentityId: geoKey.identityId,
            }),
          },
          network: args.network
            ? { ...args.network, publicNetworkAccess: "Disabled" }
            : { publicNetworkAccess: "Disabled" },
          ...(hasAvailabilityZones(location) && { highAvailability: { mode: "ZoneRedundant" } }),
          tags,
        },
        { parent: this, dependsOn: [...key.dependsOn, ...(geoKey?.dependsOn ?? [])] },
      );
      this.id = server.id;
      this.name = server.name;
    } else {
      const account = new cosmosdb.DatabaseAccount(
        name,
        {
          resourceGroupName: args.resourceGroupName,
          location: location.name,
          kind: "GlobalDocumentDB",
          databaseAccountOfferType: "Standard",
          locations: [location, ...extra].map((l, i) => ({
            locationName: l.name,
            failoverPriority: i,
            isZoneRedundant: hasAvailabilityZones(l),
          })),
          backupPolicy: {
            type: "Periodic",
            periodicModeProperties: {
              backupIntervalInMinutes: 240,
              backupRetentionIntervalInHours: retentionDays * 24,
              backupStorageRedundancy:
                choice.redundancy === "geo" ? "Geo" : choice.redundancy === "zone" ? "Zone" : "Local",
            },
          },
          identity: { type: "UserAssigned", userAssignedIdentities: [key.identityId] },
          defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${key.identityId}`,
          keyVaultKeyUri: key.keyUri,
          publicNetworkAccess: "Disabled",
          disableLocalAuth: true,
          disableKeyBasedMetadataWriteAccess: true,
          minimalTlsVersion: "Tls12",
          tags,
        },
        { parent: this, dependsOn: key.dependsOn },
      );
      this.id = account.id;
      this.name = account.name;
    }
    this.registerOutputs({
      id: this.id,
      name: this.name,
      location: this.location,
      geoBackupLocation: this.geoBackupLocation,
    });
  }
}
