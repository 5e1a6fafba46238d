// aws:s3/* — S3 buckets and the side resources that configure them (@pulumi/aws 7.48). Property
// paths were read in the SDK's `...Args` interfaces and the nested input types named per entry.
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReader } from "../../controls/encryptionRead";
import type { EncryptionReading, PublicAccessReading } from "../../controls/types";
import { arnOrResource, arnRegion } from "../../flows/arn";
import {
  Destinations,
  field,
  forEachItem,
  path,
  readObject,
  readString as readFlowString,
} from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readBoolean, readNumber, readString, type PropertyBag } from "../../resource/properties";
import type { LocationRule } from "../../resource/types";
import { AWS_REGIONAL_DATA, TAGS } from "../common";
import type { ConfiguringDeclaration, TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (s3/*.d.ts); https://docs.aws.amazon.com/AmazonS3/latest/userguide/";
const BUCKET = "aws:s3/bucket:Bucket";
export const BUCKETS = [BUCKET];

/** S3 `Bucket` may only report its region as the output `bucketRegion` (stack policy, state files). */
const S3_LOCATION: LocationRule = {
  properties: ["region", "bucketRegion"],
  service: "regions",
  providerDefault: true,
};

// ---- flows ----

/** A rule S3 will not run. An unknown or absent status counts as enabled (fail closed). */
function disabled(rule: unknown): boolean {
  const status = readFlowString(field(rule, "status"));
  return status.state === "value" && status.value.toLowerCase() === "disabled";
}

/**
 * One S3 replication destination. The bucket ARN carries no region (`arn:aws:s3:::name`), so it is
 * a resource the stack resolves. A replica KMS key must live in the destination bucket's region
 * (S3 replicates SSE-KMS objects with a key of the destination Region), so a key ARN with a region
 * reveals where the copies go: emitted as a `replication` location as well. A key given by id or
 * alias tells nothing and adds nothing.
 */
function s3Destination(
  out: Destinations,
  destination: unknown,
  at: string,
  keyPath: readonly string[],
): void {
  const read = readObject(destination);
  if (read.state === "unknown") return out.unknown("replication", at);
  if (read.state === "absent") return;
  arnOrResource(out, "replication", path(at, "bucket"), field(read.value, "bucket"));
  let key: unknown = read.value;
  let keyAt = at;
  for (const step of keyPath) {
    key = field(key, step);
    keyAt = path(keyAt, step);
  }
  const keyRead = readFlowString(key);
  if (keyRead.state !== "value") return;
  const keyRegion = arnRegion(keyRead.value);
  if (keyRegion !== undefined) out.location("replication", keyAt, "regions", keyRegion);
}

/**
 * `aws:s3/bucketReplicationConfig:BucketReplicationConfig`: rules[].destination.{bucket,
 * encryptionConfiguration.replicaKmsKeyId} (`BucketReplicationConfigArgs`; input types
 * `BucketReplicationConfigRule`, `...RuleDestination`, `...DestinationEncryptionConfiguration`).
 * No `...V2` alias of this resource exists in @pulumi/aws 7.48.
 */
const replicationConfigFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "replication", field(props, "rules"), "rules", (rule, at) => {
    if (disabled(rule)) return;
    s3Destination(out, field(rule, "destination"), path(at, "destination"), [
      "encryptionConfiguration",
      "replicaKmsKeyId",
    ]);
  });
  return out.list();
};

/**
 * A bucket's inline (deprecated) replication, in both spellings the two tokens of the type use:
 * - `aws:s3/bucket:Bucket` replicationConfiguration.rules[].destination.{bucket, replicaKmsKeyId}
 *   (`BucketArgs`; `BucketReplicationConfiguration`, `...Rule`, `...RuleDestination`);
 * - `aws:s3/bucketV2:BucketV2` (deprecated alias kept by v7) the list-shaped
 *   replicationConfigurations[].rules[].destinations[].{bucket, replicaKmsKeyId} (`BucketV2Args`;
 *   `BucketV2ReplicationConfiguration`, `...Rule`, `...RuleDestination`).
 * A bag carries one spelling or the other; each is read where present.
 */
const bucketFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const config = readObject(field(props, "replicationConfiguration"));
  if (config.state === "unknown") out.unknown("replication", "replicationConfiguration");
  if (config.state === "value") {
    const base = "replicationConfiguration.rules";
    forEachItem(out, "replication", field(config.value, "rules"), base, (rule, at) => {
      if (disabled(rule)) return;
      s3Destination(out, field(rule, "destination"), path(at, "destination"), ["replicaKmsKeyId"]);
    });
  }
  forEachItem(
    out,
    "replication",
    field(props, "replicationConfigurations"),
    "replicationConfigurations",
    (c, cAt) =>
      forEachItem(out, "replication", field(c, "rules"), path(cAt, "rules"), (rule, at) => {
        if (disabled(rule)) return;
        forEachItem(out, "replication", field(rule, "destinations"), path(at, "destinations"), (d, dAt) =>
          s3Destination(out, d, dAt, ["replicaKmsKeyId"]),
        );
      }),
  );
  return out.list();
};

// ---- controls ----

/**
 * S3 encrypts every object by default since 2023-01-05 (SSE-S3). A CMK is set on the inline
 * (deprecated) block or, usually, on a BucketServerSideEncryptionConfiguration side resource.
 */
const bucketEncryption: EncryptionReader = (p) => {
  const inline = readString(p, [
    "serverSideEncryptionConfiguration",
    "rule",
    "applyServerSideEncryptionByDefault",
    "kmsMasterKeyId",
  ]);
  if (inline.kind !== "absent") return keyOr(inline, { kind: "provider-default", property: inline.property });
  return {
    kind: "elsewhere",
    via: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  };
};

/**
 * The key a `BucketServerSideEncryptionConfiguration` sets on its bucket:
 * rule.applyServerSideEncryptionByDefault.kmsMasterKeyId, or the list spelling
 * rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId (`BucketServerSideEncryptionConfigurationArgs`;
 * `BucketServerSideEncryptionConfigurationRule`). No key: SSE-S3, the provider default.
 */
const sideEncryption: EncryptionReader = (p): EncryptionReading => {
  const one = readString(p, ["rule", "applyServerSideEncryptionByDefault", "kmsMasterKeyId"]);
  const read =
    one.kind === "absent"
      ? readString(p, ["rules", 0, "applyServerSideEncryptionByDefault", "kmsMasterKeyId"])
      : one;
  return keyOr(read, { kind: "provider-default", property: read.property });
};

const PUBLIC_ACLS = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** New S3 buckets block public access by default (2023-04); a public canned ACL opens it. */
function aclPublicAccess(p: PropertyBag): PublicAccessReading {
  const acl = readString(p, ["acl"]);
  if (acl.kind === "unknown") return { kind: "unknown", property: acl.property };
  return acl.kind === "value" && PUBLIC_ACLS.has(acl.value as string)
    ? { kind: "public", property: "acl", detail: `canned ACL \`${String(acl.value)}\`` }
    : { kind: "private" };
}

/** A public-access block with any `false` switch opens the bucket. */
function blockPublicAccess(p: PropertyBag): PublicAccessReading {
  for (const key of ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]) {
    const read = readBoolean(p, [key]);
    if (read.kind === "unknown") return { kind: "unknown", property: key };
    if (read.kind === "value" && read.value === false)
      return { kind: "public", property: key, detail: `\`${key}\` is false` };
  }
  return { kind: "private" };
}

/** rule.defaultRetention.{mode, days | years} (`BucketObjectLockConfigurationArgs`). */
const objectLock: ConfiguringDeclaration["immutability"] = (p) => {
  const mode = readString(p, ["rule", "defaultRetention", "mode"]);
  if (mode.kind === "unknown") return { kind: "unknown", property: mode.property };
  if (mode.kind === "absent")
    return { kind: "mutable", property: "rule.defaultRetention", detail: "no default retention" };
  const days = readNumber(p, ["rule", "defaultRetention", "days"]);
  const years = readNumber(p, ["rule", "defaultRetention", "years"]);
  if (days.kind === "unknown" || years.kind === "unknown")
    return { kind: "unknown", property: "rule.defaultRetention" };
  const retention =
    days.kind === "value"
      ? (days.value as number)
      : years.kind === "value"
        ? (years.value as number) * 365
        : undefined;
  return {
    kind: "immutable",
    property: "rule.defaultRetention",
    mode: String(mode.value).toLowerCase(),
    ...(retention !== undefined ? { retentionDays: retention } : {}),
  };
};

/**
 * A side resource of a general-purpose bucket, named by its `bucket`; `v2` adds the deprecated
 * `...V2` token @pulumi/aws 7.48 still ships for it as an alias.
 */
function side(
  name: string,
  v2: boolean,
  extra: Partial<Pick<ConfiguringDeclaration, "flows" | "encryption" | "immutability" | "publicAccess">> = {},
): ConfiguringDeclaration {
  const type = name[0]!.toUpperCase() + name.slice(1);
  return {
    token: `aws:s3/${name}:${type}`,
    ...(v2 ? { aliases: [`aws:s3/${name}V2:${type}V2`] } : {}),
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["bucket", "id"],
    configures: { property: "bucket", referenceKind: "name", targets: BUCKETS },
    ...extra,
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: BUCKET,
    aliases: ["aws:s3/bucketV2:BucketV2"],
    cloud: "aws",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: S3_LOCATION,
    tags: TAGS,
    identities: ["bucket", "arn", "id"],
    flows: bucketFlows,
    encryption: { kind: "reader", read: bucketEncryption },
    immutability: () => ({
      kind: "elsewhere",
      via: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    }),
  },
  {
    token: "aws:s3/directoryBucket:DirectoryBucket",
    ...AWS_REGIONAL_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["bucket", "arn", "id"],
    encryption: {
      kind: "gap",
      reason:
        "a directory bucket's SSE-KMS key is set on a BucketServerSideEncryptionConfiguration, which the model joins to general-purpose buckets only",
    },
  },
  side("bucketReplicationConfig", false, { flows: replicationConfigFlows }),
  side("bucketServerSideEncryptionConfiguration", true, { encryption: sideEncryption }),
  side("bucketVersioning", true),
  side("bucketObjectLockConfiguration", true, { immutability: objectLock }),
  side("bucketLifecycleConfiguration", true),
  side("bucketAcl", true, { publicAccess: aclPublicAccess }),
  side("bucketLogging", true),
  side("bucketPublicAccessBlock", false, { publicAccess: blockPublicAccess }),
  side("bucketPolicy", false),
  side("bucketOwnershipControls", false),
];
