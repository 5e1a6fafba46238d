// A cloud-neutral storage + backup + database stack for one cloud, location and zone. It imports
// all three clouds' components (and so their SDK submodules): programs that must not load
// azure-native or gcp import `components/aws` (etc.) directly instead.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "./aws";
import * as azure from "./azure";
import * as gcp from "./gcp";
import { CLOUDS } from "../sovereignty";
import { fail } from "./core/errors";
import { resolvePrimaryLocation, resolveResidency, type ResidencyArgs } from "./core/residency";

export const DATA_STACK_TYPE = "sovereignty:index:DataStack";

interface Common extends ResidencyArgs {
  /** Create the database. Default true. */
  database?: boolean;
}

/** AWS: `location` is the region; the backup plan selects the bucket and the database. */
export interface AwsDataStackArgs extends Common {
  cloud: "aws";
  location?: string;
  storage?: Omit<aws.BucketArgs, "zone" | "classification" | "region">;
  backup?: Omit<aws.BackupVaultArgs, "zone" | "classification" | "region" | "selection">;
  db?: Omit<aws.DatabaseArgs, "zone" | "classification" | "region">;
}
/** Azure: every child in `resourceGroupName`. */
export interface AzureDataStackArgs extends Common {
  cloud: "azure";
  location?: string;
  resourceGroupName: pulumi.Input<string>;
  storage?: Omit<azure.StorageAccountArgs, "zone" | "classification" | "location" | "resourceGroupName">;
  backup?: Omit<azure.BackupVaultArgs, "zone" | "classification" | "location" | "resourceGroupName">;
  db?: Omit<azure.DatabaseArgs, "zone" | "classification" | "location" | "resourceGroupName">;
}
/** GCP: `location` is a region (used for the bucket, the vault and the instance). */
export interface GcpDataStackArgs extends Common {
  cloud: "gcp";
  location?: string;
  storage?: Omit<gcp.BucketArgs, "zone" | "classification" | "location">;
  backup?: Omit<gcp.BackupVaultArgs, "zone" | "classification" | "location">;
  db?: Omit<gcp.DatabaseArgs, "zone" | "classification" | "region">;
}

export type DataStackArgs = AwsDataStackArgs | AzureDataStackArgs | GcpDataStackArgs;

/**
 * Storage, backup and database for one cloud, in one location of one zone, all checked before
 * anything is created (each child component validates in its constructor; the first error wins).
 *
 * Children: AWS `Bucket`, `BackupVault` (selecting the bucket and database), `Database`;
 * Azure `StorageAccount`, `BackupVault`, `Database`; GCP `Bucket`, `BackupVault`, `Database`.
 */
export class DataStack extends pulumi.ComponentResource {
  public readonly storage: aws.Bucket | azure.StorageAccount | gcp.Bucket;
  public readonly backup: aws.BackupVault | azure.BackupVault | gcp.BackupVault;
  public readonly database?: aws.Database | azure.Database | gcp.Database;

  constructor(name: string, args: DataStackArgs, opts?: pulumi.ComponentResourceOptions) {
    // Zone, classification and location are checked before anything registers; errors in the
    // per-service args surface from the child component that owns them.
    const ctx = { component: DATA_STACK_TYPE, name };
    // From JavaScript (or a config value) any string arrives: an unknown cloud would match no
    // case below and build an empty stack without a word.
    if (!(CLOUDS as readonly unknown[]).includes(args?.cloud)) {
      fail(ctx, "cloud", `"${String(args?.cloud)}" is not a cloud: expected one of ${CLOUDS.join(", ")}`);
    }
    const checked = resolveResidency(ctx, args);
    resolvePrimaryLocation(ctx, checked, args.cloud, "regions", args.location, "location");
    super(DATA_STACK_TYPE, name, {}, opts);
    const residency = {
      ...(args.zone !== undefined && { zone: args.zone }),
      ...(args.classification !== undefined && { classification: args.classification }),
    };
    const parent = { parent: this };
    const withDb = args.database ?? true;
    switch (args.cloud) {
      case "aws": {
        const region = args.location !== undefined ? { region: args.location } : {};
        const bucket = new aws.Bucket(
          `${name}-storage`,
          { ...args.storage, ...residency, ...region },
          parent,
        );
        const db = withDb
          ? new aws.Database(`${name}-db`, { ...args.db, ...residency, ...region }, parent)
          : undefined;
        this.storage = bucket;
        this.database = db;
        this.backup = new aws.BackupVault(
          `${name}-backup`,
          {
            ...args.backup,
            ...residency,
            ...region,
            selection: { resources: [bucket.arn, ...(db ? [db.arn] : [])] },
          },
          parent,
        );
        break;
      }
      case "azure": {
        const where = {
          ...residency,
          resourceGroupName: args.resourceGroupName,
          ...(args.location !== undefined && { location: args.location }),
        };
        this.storage = new azure.StorageAccount(`${name}-storage`, { ...args.storage, ...where }, parent);
        this.backup = new azure.BackupVault(`${name}-backup`, { ...args.backup, ...where }, parent);
        this.database = withDb
          ? new azure.Database(`${name}-db`, { ...args.db, ...where }, parent)
          : undefined;
        break;
      }
      case "gcp": {
        const location = args.location !== undefined ? { location: args.location } : {};
        this.storage = new gcp.Bucket(
          `${name}-storage`,
          { ...args.storage, ...residency, ...location },
          parent,
        );
        this.backup = new gcp.BackupVault(
          `${name}-backup`,
          { ...args.backup, ...residency, ...location },
          parent,
        );
        this.database = withDb
          ? new gcp.Database(
              `${name}-db`,
              { ...args.db, ...residency, ...(args.location !== undefined && { region: args.location }) },
              parent,
            )
          : undefined;
        break;
      }
    }
    this.registerOutputs({});
  }
}
