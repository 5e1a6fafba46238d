import * as pulumi from "@pulumi/pulumi";
import * as projects from "@pulumi/gcp/projects";
import * as sql from "@pulumi/gcp/sql";
import type { ComponentContext } from "../core/errors";
import {
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeLabels } from "../core/tags";
import { gcpKey, grantKey, type Labels } from "./common";

export const DATABASE_TYPE = "sovereignty:gcp:Database";

export interface DatabaseArgs extends ResidencyArgs {
  /** Region of the instance. Default: stack config `gcp:region`. */
  region?: string;
  /**
   * Where backups are stored. Cloud SQL otherwise picks "the closest multi-region", which may leave
   * the zone (https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#custom-location).
   * Default: the instance's region. Must lie in the zone.
   */
  backupLocation?: string;
  /** Project. Default: the provider's. */
  project?: pulumi.Input<string>;
  /** Database version. Default `POSTGRES_16`. */
  databaseVersion?: pulumi.Input<string>;
  /** Machine tier. Default `db-custom-2-7680`. */
  tier?: pulumi.Input<string>;
  /** Retained backups (count). Default 14. */
  retainedBackups?: number;
  /** VPC network self-link for a private IP; without it the instance has no authorised networks. */
  privateNetwork?: pulumi.Input<string>;
  /** A read replica in this region (must lie in the zone), with its own key there. Default: none. */
  replicaRegion?: string;
  /** Deletion protection. Default true. */
  deletionProtection?: boolean;
  /** Extra labels (lower case). The residency labels are added by the component. */
  labels?: Labels;
}

/**
 * Cloud SQL for PostgreSQL with an explicit in-zone backup location, a CMEK in the instance's region
 * (Cloud SQL rejects multi-region keys), no authorised networks, SSL only, and an optional in-zone
 * read replica with its own regional key.
 *
 * Children: `projects.ServiceIdentity` (sqladmin.googleapis.com), per region a `kms.KeyRing`,
 * `kms.CryptoKey` and `kms.CryptoKeyIAMMember`; `sql.DatabaseInstance` (+ the replica).
 */
export class Database extends pulumi.ComponentResource {
  public readonly instance: sql.DatabaseInstance;
  public readonly connectionName: pulumi.Output<string>;
  public readonly region: string;
  public readonly backupLocation: string;

  constructor(name: string, args: DatabaseArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: DATABASE_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const region = resolvePrimaryLocation(ctx, residency, "gcp", "regions", args.region, "region");
    // A backup location is a region or a multi-region (GCS namespace covers both).
    const backup = requireLocation(
      ctx,
      residency,
      "gcp",
      "gcs",
      args.backupLocation ?? region.name,
      "backupLocation",
    );
    const replica =
      args.replicaRegion === undefined
        ? undefined
        : requireLocation(ctx, residency, "gcp", "regions", args.replicaRegion, "replicaRegion");
    const retainedBackups = requirePositiveInteger(
      ctx,
      "retainedBackups",
      args.retainedBackups ?? 14,
      1,
      365,
    );
    const labels = mergeLabels(ctx, residency.tags, args.labels);

    super(DATABASE_TYPE, name, {}, opts);
    this.region = region.name;
    this.backupLocation = backup.name.toLowerCase();
    const project = args.project;
    const agent = new projects.ServiceIdentity(
      `${name}-sql-agent`,
      { service: "sqladmin.googleapis.com", ...(project !== undefined && { project }) },
      { parent: this },
    );
    const regionalKey = (suffix: string, where: string) => {
      const key = gcpKey(this, `${name}${suffix}`, where, labels, project);
      return { name: key.keyName, grant: grantKey(this, `${name}${suffix}`, key, agent.member) };
    };
    const key = regionalKey("", region.name);
    const ipConfiguration = {
      ipv4Enabled: args.privateNetwork === undefined,
      ...(args.privateNetwork !== undefined && { privateNetwork: args.privateNetwork }),
      sslMode: "ENCRYPTED_ONLY",
      authorizedNetworks: [],
    };
    this.instance = new sql.DatabaseInstance(
      name,
      {
        region: region.name,
        ...(project !== undefined && { project }),
        databaseVersion: args.databaseVersion ?? "POSTGRES_16",
        encryptionKeyName: key.name,
        deletionProtection: args.deletionProtection ?? true,
        settings: {
          tier: args.tier ?? "db-custom-2-7680",
          availabilityType: "REGIONAL",
          deletionProtectionEnabled: args.deletionProtection ?? true,
          userLabels: labels,
          backupConfiguration: {
            enabled: true,
            location: this.backupLocation,
            pointInTimeRecoveryEnabled: true,
            backupRetentionSettings: { retainedBackups, retentionUnit: "COUNT" },
          },
          ipConfiguration,
        },
      },
      { parent: this, dependsOn: [key.grant] },
    );
    this.connectionName = this.instance.connectionName;
    if (replica) {
      const replicaKey = regionalKey("-replica", replica.name);
      new sql.DatabaseInstance(
        `${name}-replica`,
        {
          region: replica.name,
          ...(project !== undefined && { project }),
          databaseVersion: args.databaseVersion ?? "POSTGRES_16",
          masterInstanceName: this.instance.name,
          encryptionKeyName: replicaKey.name,
          deletionProtection: args.deletionProtection ?? true,
          settings: { tier: args.tier ?? "db-custom-2-7680", userLabels: labels, ipConfiguration },
        },
        { parent: this, dependsOn: [replicaKey.grant] },
      );
    }
    this.registerOutputs({
      connectionName: this.connectionName,
      region: this.region,
      backupLocation: this.backupLocation,
    });
  }
}
