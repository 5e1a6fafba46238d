// Azure helpers shared by the Azure components: the redundancy choice (geo only when the
// service's geo copy stays in the zone) and the customer-managed key set (Key Vault + key +
// user-assigned identity + role assignment), all in the component's region.
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import {
  azureGeoReplicaRegion,
  locationInZone,
  type AzureGeoService,
  type Location,
} from "../../sovereignty";
import { fail, type ComponentContext } from "../core/errors";
import { outsideZoneMessage, requireLocation, type Residency } from "../core/residency";

export type Tags = Record<string, pulumi.Input<string>>;

/**
 * Regions with availability zones, from the ARM locations list (`availabilityZoneMappings`),
 * docs/reference/clouds.md Appendix A (snapshot 2026-08-21 of
 * Azure/terraform-azurerm-avm-utl-regions modules/cached-data/locations.tf.json). Zone-redundant
 * options (ZRS, GZRS, ZoneRedundant vaults) need one; elsewhere the component falls back to
 * locally redundant storage. A region missing here is treated as having none (LRS always works).
 */
export const AZURE_REGIONS_WITH_AVAILABILITY_ZONES: ReadonlySet<string> = new Set([
  "southafricanorth",
  "australiaeast",
  "centralindia",
  "eastasia",
  "indonesiacentral",
  "japaneast",
  "japanwest",
  "koreacentral",
  "malaysiawest",
  "newzealandnorth",
  "southeastasia",
  "canadacentral",
  "austriaeast",
  "belgiumcentral",
  "denmarkeast",
  "francecentral",
  "germanywestcentral",
  "italynorth",
  "northeurope",
  "norwayeast",
  "polandcentral",
  "spaincentral",
  "swedencentral",
  "switzerlandnorth",
  "westeurope",
  "mexicocentral",
  "israelcentral",
  "qatarcentral",
  "uaenorth",
  "brazilsouth",
  "chilecentral",
  "uksouth",
  "centralus",
  "eastus",
  "eastus2",
  "southcentralus",
  "westus2",
  "westus3",
]);

export function hasAvailabilityZones(region: Location): boolean {
  return AZURE_REGIONS_WITH_AVAILABILITY_ZONES.has(region.name);
}

/** `auto`: geo when the geo copy stays in the zone, else zone-redundant (or local without zones). */
export type Redundancy = "auto" | "local" | "zone" | "geo";
export type ResolvedRedundancy = "local" | "zone" | "geo";

export interface RedundancyChoice {
  readonly redundancy: ResolvedRedundancy;
  /** Where the geo copy goes, when `redundancy` is `geo`. */
  readonly geoRegion?: Location;
  readonly zoneRedundant: boolean;
}

/**
 * Resolves a redundancy request for `service` in `region`. Asking for `geo` where the paired
 * region is outside the zone (Brazil South → South Central US), or where the service documents no
 * in-region alternative, is an error naming both regions; `auto` quietly stays in the region.
 */
export function chooseRedundancy(
  ctx: ComponentContext,
  residency: Residency,
  service: AzureGeoService,
  region: Location,
  requested: Redundancy,
  input: string,
): RedundancyChoice {
  if (!["auto", "local", "zone", "geo"].includes(requested)) {
    fail(ctx, input, `expected auto, local, zone or geo, got "${String(requested)}"`);
  }
  const zones = hasAvailabilityZones(region);
  const geo = azureGeoReplicaRegion(service, region);
  const geoAllowed =
    geo.kind === "pair" && (!residency.rules.staysInZone || locationInZone(geo.location, residency.zone));
  if (requested === "geo" && !geoAllowed) {
    const why =
      geo.kind === "pair"
        ? `${service} geo-redundancy in ${region.name} copies data to the paired region: ${outsideZoneMessage("", geo.location, residency.zone).trim()}`
        : `${service} geo-redundancy is not available in ${region.name}: ${geo.reason}`;
    fail(ctx, input, `${why}; use "zone" or "local" (or "auto")`);
  }
  if (requested === "zone" && !zones) {
    fail(ctx, input, `${region.name} has no availability zones; use "local" (or "auto")`);
  }
  const redundancy: ResolvedRedundancy =
    requested === "auto" ? (geoAllowed ? "geo" : zones ? "zone" : "local") : requested;
  return {
    redundancy,
    ...(redundancy === "geo" && geo.kind === "pair" && { geoRegion: geo.location }),
    zoneRedundant: zones && redundancy !== "local",
  };
}

/** An existing customer-managed key to use instead of creating one. */
export interface CustomerManagedKeyArgs {
  /** `https://<vault>.vault.azure.net/` */
  keyVaultUri: pulumi.Input<string>;
  keyName: pulumi.Input<string>;
  /** Versionless key URI (`https://<vault>.vault.azure.net/keys/<name>`). */
  keyUri: pulumi.Input<string>;
  /** The Key Vault's region: plain, so it can be checked against the component's region now. */
  keyVaultLocation: string;
  /** Resource id of a user-assigned identity that holds "Key Vault Crypto Service Encryption User" on the key. */
  userAssignedIdentityId: pulumi.Input<string>;
}

export interface RegionalKey {
  readonly keyVaultUri: pulumi.Output<string>;
  readonly keyName: pulumi.Output<string>;
  /** Versionless key URI: services follow rotations. */
  readonly keyUri: pulumi.Output<string>;
  readonly identityId: pulumi.Output<string>;
  /** What the consuming resource must wait for (the role assignment). */
  readonly dependsOn: pulumi.Resource[];
}

// Built-in role "Key Vault Crypto Service Encryption User"
// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/security#key-vault-crypto-service-encryption-user).
const CRYPTO_SERVICE_ENCRYPTION_USER = "e147488a-f6f5-4113-8e2d-b22465e65bf6";

/** Checks that a user-supplied key lives in `region`; returns it in the `RegionalKey` shape. */
export function userKey(
  ctx: ComponentContext,
  residency: Residency,
  key: CustomerManagedKeyArgs,
  region: Location,
  input: string,
): RegionalKey {
  const where = requireLocation(
    ctx,
    residency,
    "azure",
    "regions",
    key.keyVaultLocation,
    `${input}.keyVaultLocation`,
  );
  if (where.name !== region.name) {
    fail(
      ctx,
      `${input}.keyVaultLocation`,
      `the key vault is in ${where.name} but the resource is in ${region.name}: ${residency.classification === "personal" || residency.classification === "special" ? "the key must be in the same region" : "use a key in the same region"}`,
    );
  }
  return {
    keyVaultUri: pulumi.output(key.keyVaultUri),
    keyName: pulumi.output(key.keyName),
    keyUri: pulumi.output(key.keyUri),
    identityId: pulumi.output(key.userAssignedIdentityId),
    dependsOn: [],
  };
}

/**
 * Key Vault replicates its contents to the paired region (except where Microsoft says it stays in
 * the region): a vault for in-zone data may only live where that copy stays in the zone.
 */
export function checkKeyVaultRegion(
  ctx: ComponentContext,
  residency: Residency,
  region: Location,
  input: string,
): void {
  if (!residency.rules.staysInZone) return;
  const geo = azureGeoReplicaRegion("key-vault", region);
  if (geo.kind === "pair" && !locationInZone(geo.location, residency.zone)) {
    fail(
      ctx,
      input,
      `Key Vault in ${region.name} replicates keys to the paired region: ${outsideZoneMessage("", geo.location, residency.zone).trim()}`,
    );
  }
  if (geo.kind === "unavailable")
    fail(ctx, input, `cannot tell where Key Vault in ${region.name} replicates: ${geo.reason}`);
}

export interface RegionalKeyOptions {
  readonly resourceGroupName: pulumi.Input<string>;
  readonly tags: Tags;
  readonly tenantId?: pulumi.Input<string>;
}

/**
 * Key Vault (RBAC, purge protection, soft delete 90 days, network default deny with trusted
 * services), an RSA key with a rotation policy, a user-assigned identity and its
 * "Key Vault Crypto Service Encryption User" assignment on the vault — all in `region`.
 */
export function regionalKey(
  parent: pulumi.Resource,
  name: string,
  region: Location,
  o: RegionalKeyOptions,
): RegionalKey {
  const client = authorization.getClientConfigOutput({ parent });
  const vault = new keyvault.Vault(
    `${name}-kv`,
    {
      resourceGroupName: o.resourceGroupName,
      location: region.name,
      properties: {
        tenantId: o.tenantId ?? client.tenantId,
        sku: { family: "A", name: "premium" },
        enableRbacAuthorization: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        // Storage, PostgreSQL and Cosmos DB CMK all require purge protection.
        enablePurgeProtection: true,
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      },
      tags: o.tags,
    },
    { parent },
  );
  const key = new keyvault.Key(
    `${name}-key`,
    {
      resourceGroupName: o.resourceGroupName,
      vaultName: vault.name,
      properties: {
        kty: "RSA",
        keySize: 3072,
        keyOps: ["wrapKey", "unwrapKey"],
        rotationPolicy: {
          lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P335D" } }],
          attributes: { expiryTime: "P1Y" },
        },
      },
      tags: o.tags,
    },
    { parent },
  );
  const identity = new managedidentity.UserAssignedIdentity(
    `${name}-identity`,
    { resourceGroupName: o.resourceGroupName, location: region.name, tags: o.tags },
    { parent },
  );
  const assignment = new authorization.RoleAssignment(
    `${name}-key-access`,
    {
      scope: vault.id,
      principalId: identity.principalId,
      principalType: "ServicePrincipal",
      roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_SERVICE_ENCRYPTION_USER}`,
    },
    { parent },
  );
  return {
    keyVaultUri: vault.properties.apply((p) => p.vaultUri),
    keyName: key.name,
    keyUri: key.keyUri,
    identityId: identity.id,
    dependsOn: [assignment],
  };
}
