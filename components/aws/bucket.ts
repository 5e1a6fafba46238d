import * as pulumi from "@pulumi/pulumi";
import * as s3 from "@pulumi/aws/s3";
import * as iam from "@pulumi/aws/iam";
import type { Location } from "../../sovereignty";
import { fail, type ComponentContext } from "../core/errors";
import {
  DEFAULT_MIN_RETENTION_DAYS,
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import { checkedKeyArn, type Tags } from "./common";
import { Key } from "./key";

export const BUCKET_TYPE = "sovereignty:aws:Bucket";

/** S3 storage classes a lifecycle transition may target. */
export type TieringStorageClass =
  "STANDARD_IA" | "INTELLIGENT_TIERING" | "GLACIER_IR" | "GLACIER" | "DEEP_ARCHIVE";

export interface BucketObjectLockArgs {
  /**
   * `GOVERNANCE` (default): users with `s3:BypassGovernanceRetention` can still shorten or remove
   * a lock. `COMPLIANCE` cannot be undone by anyone, the root user included, until it expires.
   */
  mode?: "GOVERNANCE" | "COMPLIANCE";
  /** Default retention of every new object version, in days. Default 30. */
  days?: number;
}

export interface BucketTieringArgs {
  /** Days after creation when current versions move to `storageClass`. Default 30. */
  afterDays?: number;
  /** The colder class. Default `GLACIER` (Flexible Retrieval). */
  storageClass?: TieringStorageClass;
  /** Optionally, days after creation when they move on to `DEEP_ARCHIVE`. Default: never. */
  deepArchiveAfterDays?: number;
}

export interface BucketReplicationArgs {
  /** The second region. Must lie in the zone and differ from the bucket's region. */
  region: string;
  /** Storage class of the replicas. Default `STANDARD_IA`. */
  storageClass?: pulumi.Input<string>;
  /** An existing KMS key ARN in the replica region. Default: a new key (`<name>-replica-key`). */
  kmsKeyArn?: pulumi.Input<string>;
}

export interface BucketArgs extends ResidencyArgs {
  /** AWS region of the bucket. Default: stack config `aws:region`. Must lie in `zone` unless `public`. */
  region?: string;
  /** The bucket name. Default: auto-named by Pulumi from the resource name. */
  bucketName?: pulumi.Input<string>;
  /**
   * An existing KMS key ARN in the bucket's region for SSE-KMS. A plain ARN is checked at
   * construction, an output when it resolves. Default: a new rotating key (`<name>-key`).
   */
  kmsKeyArn?: pulumi.Input<string>;
  /** S3 Object Lock (WORM). `true` = governance mode, 30 days. Default: off (the bucket is not a backup). */
  objectLock?: boolean | BucketObjectLockArgs;
  /** Lifecycle tiering of current and noncurrent versions. `false` turns it off. Default: GLACIER after 30 days. */
  tiering?: false | BucketTieringArgs;
  /** Days after which noncurrent versions expire. Default: never. */
  noncurrentVersionExpirationDays?: number;
  /** Replication of every object to a second bucket in a second region of the zone. Default: none. */
  replication?: BucketReplicationArgs;
  /** Allow `pulumi destroy` to delete a non-empty bucket. Default false. */
  forceDestroy?: boolean;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

interface SecureBucket {
  readonly bucket: s3.Bucket;
  readonly versioning: s3.BucketVersioning;
}

/** One bucket with SSE-KMS, versioning, a full public access block and optional object lock. */
function secureBucket(
  parent: pulumi.Resource,
  name: string,
  region: Location,
  keyArn: pulumi.Input<string>,
  tags: Tags,
  opts: {
    bucketName?: pulumi.Input<string>;
    forceDestroy: boolean;
    lock?: { mode: string; days: number };
  },
): SecureBucket {
  const bucket = new s3.Bucket(
    name,
    {
      region: region.name,
      ...(opts.bucketName !== undefined && { bucket: opts.bucketName }),
      forceDestroy: opts.forceDestroy,
      objectLockEnabled: opts.lock !== undefined,
      tags,
    },
    { parent },
  );
  new s3.BucketServerSideEncryptionConfiguration(
    `${name}-sse`,
    {
      region: region.name,
      bucket: bucket.bucket,
      rules: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: keyArn },
          bucketKeyEnabled: true,
        },
      ],
    },
    { parent },
  );
  const versioning = new s3.BucketVersioning(
    `${name}-versioning`,
    { region: region.name, bucket: bucket.bucket, versioningConfiguration: { status: "Enabled" } },
    { parent },
  );
  new s3.BucketPublicAccessBlock(
    `${name}-public-access-block`,
    {
      region: region.name,
      bucket: bucket.bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    },
    { parent },
  );
  if (opts.lock !== undefined) {
    new s3.BucketObjectLockConfiguration(
      `${name}-object-lock`,
      {
        region: region.name,
        bucket: bucket.bucket,
        objectLockEnabled: "Enabled",
        rule: { defaultRetention: { mode: opts.lock.mode, days: opts.lock.days } },
      },
      { parent, dependsOn: [versioning] },
    );
  }
  return { bucket, versioning };
}

/**
 * An S3 bucket that keeps its data in the zone: SSE-KMS with a key in the bucket's region,
 * versioning, every public-access switch on, optional object lock (governance by default),
 * lifecycle tiering, and optional replication to a second in-zone region with its own key.
 *
 * Children: `Key` (unless `kmsKeyArn`), `aws.s3.Bucket`, `BucketServerSideEncryptionConfiguration`,
 * `BucketVersioning`, `BucketPublicAccessBlock`, `BucketObjectLockConfiguration` (with `objectLock`),
 * `BucketLifecycleConfiguration` (unless `tiering: false`); with `replication`: a replica `Key`,
 * the same set for the replica bucket, an `aws.iam.Role` + `aws.iam.RolePolicy` and
 * `BucketReplicationConfig`.
 */
export class Bucket extends pulumi.ComponentResource {
  public readonly bucket: s3.Bucket;
  public readonly bucketName: pulumi.Output<string>;
  public readonly arn: pulumi.Output<string>;
  public readonly region: string;
  /** The SSE-KMS key ARN. */
  public readonly kmsKeyArn: pulumi.Output<string>;
  /** The replica bucket, when `replication` is set. */
  public readonly replica?: s3.Bucket;
  public readonly replicaRegion?: string;

  constructor(name: string, args: BucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: BUCKET_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const region = resolvePrimaryLocation(ctx, residency, "aws", "regions", args.region, "region");
    const replicaRegion =
      args.replication === undefined
        ? undefined
        : requireLocation(ctx, residency, "aws", "regions", args.replication.region, "replication.region");
    if (replicaRegion && replicaRegion.name === region.name) {
      fail(
        ctx,
        "replication.region",
        `${replicaRegion.name} is the bucket's own region; choose a second region in the zone`,
      );
    }
    const lock =
      args.objectLock === undefined || args.objectLock === false
        ? undefined
        : {
            mode: (args.objectLock === true ? undefined : args.objectLock.mode) ?? "GOVERNANCE",
            days: requirePositiveInteger(
              ctx,
              "objectLock.days",
              (args.objectLock === true ? undefined : args.objectLock.days) ?? DEFAULT_MIN_RETENTION_DAYS,
            ),
          };
    if (lock && lock.mode !== "GOVERNANCE" && lock.mode !== "COMPLIANCE") {
      fail(ctx, "objectLock.mode", `expected GOVERNANCE or COMPLIANCE, got "${String(lock.mode)}"`);
    }
    const tiering =
      args.tiering === false
        ? undefined
        : {
            afterDays: requirePositiveInteger(ctx, "tiering.afterDays", args.tiering?.afterDays ?? 30),
            storageClass: args.tiering?.storageClass ?? "GLACIER",
            deepArchiveAfterDays: args.tiering?.deepArchiveAfterDays,
          };
    if (tiering?.deepArchiveAfterDays !== undefined && tiering.deepArchiveAfterDays <= tiering.afterDays) {
      fail(
        ctx,
        "tiering.deepArchiveAfterDays",
        `must be later than tiering.afterDays (${tiering.afterDays})`,
      );
    }
    if (args.noncurrentVersionExpirationDays !== undefined) {
      requirePositiveInteger(ctx, "noncurrentVersionExpirationDays", args.noncurrentVersionExpirationDays);
    }
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const userKey =
      args.kmsKeyArn === undefined ? undefined : checkedKeyArn(ctx, "kmsKeyArn", args.kmsKeyArn, region);
    const userReplicaKey =
      args.replication?.kmsKeyArn === undefined || !replicaRegion
        ? undefined
        : checkedKeyArn(ctx, "replication.kmsKeyArn", args.replication.kmsKeyArn, replicaRegion);
    const residencyArgs = { zone: residency.zone.id, classification: residency.classification };

    super(BUCKET_TYPE, name, {}, opts);
    this.region = region.name;

    const keyArn: pulumi.Input<string> =
      userKey ??
      new Key(`${name}-key`, { ...residencyArgs, region: region.name, tags: args.tags }, { parent: this })
        .arn;
    const primary = secureBucket(this, name, region, keyArn, tags, {
      ...(args.bucketName !== undefined && { bucketName: args.bucketName }),
      forceDestroy: args.forceDestroy ?? false,
      ...(lock && { lock }),
    });
    this.bucket = primary.bucket;
    this.bucketName = primary.bucket.bucket;
    this.arn = primary.bucket.arn;
    this.kmsKeyArn = pulumi.output(keyArn);

    if (tiering) {
      const transitions = [
        { days: tiering.afterDays, storageClass: tiering.storageClass },
        ...(tiering.deepArchiveAfterDays !== undefined
          ? [{ days: tiering.deepArchiveAfterDays, storageClass: "DEEP_ARCHIVE" }]
          : []),
      ];
      new s3.BucketLifecycleConfiguration(
        `${name}-lifecycle`,
        {
          region: region.name,
          bucket: primary.bucket.bucket,
          rules: [
            {
              id: "tiering",
              status: "Enabled",
              // An explicit empty filter applies the rule to every object (and avoids the
              // provider's "no filter" warning, terraform-provider-aws #41710).
              filter: {},
              transitions,
              noncurrentVersionTransitions: transitions.map((t) => ({
                noncurrentDays: t.days,
                storageClass: t.storageClass,
              })),
              ...(args.noncurrentVersionExpirationDays !== undefined && {
                noncurrentVersionExpiration: { noncurrentDays: args.noncurrentVersionExpirationDays },
              }),
              abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
            },
          ],
        },
        { parent: this, dependsOn: [primary.versioning] },
      );
    }

    if (replicaRegion && args.replication) {
      this.replicaRegion = replicaRegion.name;
      const replicaKeyArn: pulumi.Input<string> =
        userReplicaKey ??
        new Key(
          `${name}-replica-key`,
          { ...residencyArgs, region: replicaRegion.name, tags: args.tags },
          { parent: this },
        ).arn;
      const replica = secureBucket(this, `${name}-replica`, replicaRegion, replicaKeyArn, tags, {
        forceDestroy: args.forceDestroy ?? false,
        ...(lock && { lock }),
      });
      this.replica = replica.bucket;
      // IAM is global: the role and its policy have no region (pulumi/pulumi-aws docs/enhanced-region-support.md).
      const role = new iam.Role(
        `${name}-replication-role`,
        {
          assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              { Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sts:AssumeRole" },
            ],
          }),
          tags,
        },
        { parent: this },
      );
      // Permissions per https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html
      new iam.RolePolicy(
        `${name}-replication-policy`,
        {
          role: role.id,
          policy: pulumi
            .all([
              primary.bucket.arn,
              replica.bucket.arn,
              pulumi.output(keyArn),
              pulumi.output(replicaKeyArn),
            ])
            .apply(([source, destination, sourceKey, destinationKey]) =>
              JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                  {
                    Effect: "Allow",
                    Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                    Resource: source,
                  },
                  {
                    Effect: "Allow",
                    Action: [
                      "s3:GetObjectVersionForReplication",
                      "s3:GetObjectVersionAcl",
                      "s3:GetObjectVersionTagging",
                      "s3:GetObjectRetention",
                      "s3:GetObjectLegalHold",
                    ],
                    Resource: `${source}/*`,
                  },
                  {
                    Effect: "Allow",
                    Action: [
                      "s3:ReplicateObject",
                      "s3:ReplicateDelete",
                      "s3:ReplicateTags",
                      "s3:ObjectOwnerOverrideToBucketOwner",
                    ],
                    Resource: `${destination}/*`,
                  },
                  { Effect: "Allow", Action: ["kms:Decrypt"], Resource: sourceKey },
                  {
                    Effect: "Allow",
                    Action: ["kms:Encrypt", "kms:GenerateDataKey"],
                    Resource: destinationKey,
                  },
                ],
              }),
            ),
        },
        { parent: this },
      );
      new s3.BucketReplicationConfig(
        `${name}-replication`,
        {
          region: region.name,
          bucket: primary.bucket.bucket,
          role: role.arn,
          rules: [
            {
              id: "in-zone-replica",
              status: "Enabled",
              priority: 1,
              filter: {},
              deleteMarkerReplication: { status: "Enabled" },
              sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
              destination: {
                bucket: replica.bucket.arn,
                storageClass: args.replication.storageClass ?? "STANDARD_IA",
                encryptionConfiguration: { replicaKmsKeyId: replicaKeyArn },
              },
            },
          ],
        },
        { parent: this, dependsOn: [primary.versioning, replica.versioning] },
      );
    }

    this.registerOutputs({
      bucketName: this.bucketName,
      arn: this.arn,
      region: this.region,
      kmsKeyArn: this.kmsKeyArn,
      replicaBucketName: this.replica?.bucket,
      replicaRegion: this.replicaRegion,
    });
  }
}
