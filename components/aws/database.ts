import * as pulumi from "@pulumi/pulumi";
import * as rds from "@pulumi/aws/rds";
import { fail, type ComponentContext } from "../core/errors";
import {
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import { checkedKeyArn, type Tags } from "./common";
import { Key } from "./key";

export const DATABASE_TYPE = "sovereignty:aws:Database";

export interface DatabaseReadReplicaArgs {
  /**
   * Region of the read replica. Default: the database's region. Must lie in the zone.
   * Aurora replicas (reader instances) stay in the cluster's region; a cross-region Aurora
   * replica needs a global database, which this component does not create.
   */
  region?: string;
  /** Instance class of the replica. Default: the primary's. */
  instanceClass?: pulumi.Input<string>;
  /** An existing KMS key ARN in the replica region (cross-region only). Default: a new key. */
  kmsKeyArn?: pulumi.Input<string>;
}

export interface DatabaseArgs extends ResidencyArgs {
  /** AWS region. Default: stack config `aws:region`. Must lie in `zone` unless `public`. */
  region?: string;
  /** `postgres` (RDS instance, default) or `aurora-postgresql` (Aurora cluster + writer instance). */
  engine?: "postgres" | "aurora-postgresql";
  /** Engine version. Default `16` (postgres) / `16.4` (aurora-postgresql). */
  engineVersion?: pulumi.Input<string>;
  /** Instance class. Default `db.t4g.medium` (postgres) / `db.r6g.large` (aurora). */
  instanceClass?: pulumi.Input<string>;
  /** Allocated storage in GiB (postgres only). Default 20. */
  allocatedStorage?: pulumi.Input<number>;
  /** Name of the initial database. Default: none. */
  dbName?: pulumi.Input<string>;
  /** Master user name; its password is managed by RDS in Secrets Manager, encrypted with the key. Default `dbadmin`. */
  username?: pulumi.Input<string>;
  /** Days of automated backups (1-35). Default 14. */
  backupRetentionDays?: number;
  /** An existing KMS key ARN in the database's region. Default: a new rotating key (`<name>-key`). */
  kmsKeyArn?: pulumi.Input<string>;
  /** DB subnet group (private subnets). Default: the default VPC's. */
  dbSubnetGroupName?: pulumi.Input<string>;
  /** Security groups. Default: the VPC's default group. */
  vpcSecurityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Multi-AZ standby (postgres). Default false. */
  multiAz?: pulumi.Input<boolean>;
  /** Deletion protection. Default true. */
  deletionProtection?: pulumi.Input<boolean>;
  /** An optional read replica in the zone. */
  readReplica?: DatabaseReadReplicaArgs;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

/**
 * PostgreSQL on RDS or Aurora, encrypted with a key in its region, private, with automated
 * backups and an optional read replica in the zone.
 *
 * Children: `Key` (unless `kmsKeyArn`); postgres: `aws.rds.Instance` (+ a replica `Instance`, and a
 * replica-region `Key` when cross-region); aurora-postgresql: `aws.rds.Cluster`, a writer
 * `aws.rds.ClusterInstance` (+ a reader `ClusterInstance`).
 */
export class Database extends pulumi.ComponentResource {
  public readonly region: string;
  public readonly kmsKeyArn: pulumi.Output<string>;
  /** Writer endpoint (instance endpoint or cluster endpoint). */
  public readonly endpoint: pulumi.Output<string>;
  /** ARN of the instance (postgres) or cluster (aurora). */
  public readonly arn: pulumi.Output<string>;
  public readonly instance?: rds.Instance;
  public readonly cluster?: rds.Cluster;
  /** The replica's endpoint, when `readReplica` is set. */
  public readonly replicaEndpoint?: pulumi.Output<string>;

  constructor(name: string, args: DatabaseArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: DATABASE_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const region = resolvePrimaryLocation(ctx, residency, "aws", "regions", args.region, "region");
    const engine = args.engine ?? "postgres";
    if (engine !== "postgres" && engine !== "aurora-postgresql") {
      fail(ctx, "engine", `expected postgres or aurora-postgresql, got "${String(engine)}"`);
    }
    const backupRetentionPeriod = requirePositiveInteger(
      ctx,
      "backupRetentionDays",
      args.backupRetentionDays ?? 14,
      1,
      35,
    );
    const replicaRegion =
      args.readReplica === undefined
        ? undefined
        : requireLocation(
            ctx,
            residency,
            "aws",
            "regions",
            args.readReplica.region ?? region.name,
            "readReplica.region",
          );
    const crossRegion = replicaRegion !== undefined && replicaRegion.name !== region.name;
    if (crossRegion && engine === "aurora-postgresql") {
      fail(
        ctx,
        "readReplica.region",
        "a cross-region Aurora replica needs a global database, which this component does not create; use engine postgres or a replica in the same region",
      );
    }
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const userKey =
      args.kmsKeyArn === undefined ? undefined : checkedKeyArn(ctx, "kmsKeyArn", args.kmsKeyArn, region);
    const userReplicaKey =
      crossRegion && replicaRegion && args.readReplica?.kmsKeyArn !== undefined
        ? checkedKeyArn(ctx, "readReplica.kmsKeyArn", args.readReplica.kmsKeyArn, replicaRegion)
        : undefined;
    const residencyArgs = { zone: residency.zone.id, classification: residency.classification };

    super(DATABASE_TYPE, name, {}, opts);
    this.region = region.name;
    const keyArn: pulumi.Input<string> =
      userKey ??
      new Key(`${name}-key`, { ...residencyArgs, region: region.name, tags: args.tags }, { parent: this })
        .arn;
    this.kmsKeyArn = pulumi.output(keyArn);
    const deletionProtection = args.deletionProtection ?? true;
    const network = {
      ...(args.dbSubnetGroupName !== undefined && { dbSubnetGroupName: args.dbSubnetGroupName }),
      ...(args.vpcSecurityGroupIds !== undefined && { vpcSecurityGroupIds: args.vpcSecurityGroupIds }),
    };

    if (engine === "postgres") {
      const instanceClass = args.instanceClass ?? "db.t4g.medium";
      const instance = new rds.Instance(
        name,
        {
          region: region.name,
          engine: "postgres",
          engineVersion: args.engineVersion ?? "16",
          instanceClass,
          allocatedStorage: args.allocatedStorage ?? 20,
          ...(args.dbName !== undefined && { dbName: args.dbName }),
          username: args.username ?? "dbadmin",
          manageMasterUserPassword: true,
          masterUserSecretKmsKeyId: keyArn,
          storageEncrypted: true,
          kmsKeyId: keyArn,
          backupRetentionPeriod,
          copyTagsToSnapshot: true,
          publiclyAccessible: false,
          iamDatabaseAuthenticationEnabled: true,
          multiAz: args.multiAz ?? false,
          deletionProtection,
          skipFinalSnapshot: false,
          finalSnapshotIdentifier: `${name}-final`,
          ...network,
          tags,
        },
        { parent: this },
      );
      this.instance = instance;
      this.endpoint = instance.endpoint;
      this.arn = instance.arn;
      if (replicaRegion && args.readReplica) {
        const replicaKeyArn: pulumi.Input<string> = crossRegion
          ? (userReplicaKey ??
            new Key(
              `${name}-replica-key`,
              { ...residencyArgs, region: replicaRegion.name, tags: args.tags },
              { parent: this },
            ).arn)
          : keyArn;
        const replica = new rds.Instance(
          `${name}-replica`,
          {
            region: replicaRegion.name,
            // Cross-region replicas name their source by ARN (which carries its region).
            replicateSourceDb: crossRegion ? instance.arn : instance.identifier,
            instanceClass: args.readReplica.instanceClass ?? instanceClass,
            storageEncrypted: true,
            kmsKeyId: replicaKeyArn,
            publiclyAccessible: false,
            copyTagsToSnapshot: true,
            deletionProtection,
            skipFinalSnapshot: true,
            ...(crossRegion ? {} : network),
            tags,
          },
          { parent: this },
        );
        this.replicaEndpoint = replica.endpoint;
      }
    } else {
      const instanceClass = args.instanceClass ?? "db.r6g.large";
      const cluster = new rds.Cluster(
        name,
        {
          region: region.name,
          engine: "aurora-postgresql",
          engineVersion: args.engineVersion ?? "16.4",
          ...(args.dbName !== undefined && { databaseName: args.dbName }),
          masterUsername: args.username ?? "dbadmin",
          manageMasterUserPassword: true,
          masterUserSecretKmsKeyId: keyArn,
          storageEncrypted: true,
          kmsKeyId: keyArn,
          backupRetentionPeriod,
          copyTagsToSnapshot: true,
          iamDatabaseAuthenticationEnabled: true,
          deletionProtection,
          skipFinalSnapshot: false,
          finalSnapshotIdentifier: `${name}-final`,
          ...network,
          tags,
        },
        { parent: this },
      );
      this.cluster = cluster;
      this.endpoint = cluster.endpoint;
      this.arn = cluster.arn;
      const instances = args.readReplica ? ["writer", "reader"] : ["writer"];
      for (const role of instances) {
        new rds.ClusterInstance(
          `${name}-${role}`,
          {
            region: region.name,
            clusterIdentifier: cluster.id,
            engine: "aurora-postgresql",
            instanceClass:
              role === "reader" ? (args.readReplica?.instanceClass ?? instanceClass) : instanceClass,
            publiclyAccessible: false,
            ...(args.dbSubnetGroupName !== undefined && { dbSubnetGroupName: args.dbSubnetGroupName }),
            tags,
          },
          { parent: this },
        );
      }
      if (args.readReplica) this.replicaEndpoint = cluster.readerEndpoint;
    }

    this.registerOutputs({
      region: this.region,
      kmsKeyArn: this.kmsKeyArn,
      endpoint: this.endpoint,
      arn: this.arn,
      replicaEndpoint: this.replicaEndpoint,
    });
  }
}
