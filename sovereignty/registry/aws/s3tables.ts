// aws:s3tables/* — S3 table buckets and their replication (@pulumi/aws 7.48;
// s3tables/tableBucket.d.ts `TableBucketArgs` {encryptionConfiguration:
// TableBucketEncryptionConfiguration {kmsKeyArn, sseAlgorithm}, name, region, tags, ...};
// s3tables/tableBucketReplication.d.ts `TableBucketReplicationArgs` {tableBucketArn, role, region,
// rule: TableBucketReplicationRule {destinations: TableBucketReplicationRuleDestination[]
// {destinationTableBucketArn}}}).
import { always } from "../../controls/encryptionRead";
import { arnOrResource } from "../../flows/arn";
import { each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { awsData, flowAt } from "./shared";

const BUCKET_SOURCE =
  "@pulumi/aws 7.48 (s3tables/tableBucket.d.ts); https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-kms-specify.html";
const REPLICATION_SOURCE =
  "@pulumi/aws 7.48 (s3tables/tableBucketReplication.d.ts); https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-replication-tables.html";
const TABLE_BUCKET = "aws:s3tables/tableBucket:TableBucket";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  // Declared as the target of its replication configuration; data (database), as its module rule.
  // "All Amazon S3 table buckets have encryption configured by default" (SSE-S3; the page above):
  // `encryptionConfiguration.kmsKeyArn` names the customer-managed key when SSE-KMS is chosen.
  awsData({
    token: TABLE_BUCKET,
    category: "database",
    source: BUCKET_SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfiguration", "kmsKeyArn"]) },
  }),
  {
    // Bucket-level replication: read-only replicas of every table of `tableBucketArn` in each
    // `rule.destinations[].destinationTableBucketArn` (up to five; same or other Regions and
    // accounts, the page above). The destination ARN names its Region; anything else is a
    // reference the stack resolves. No tags of its own: judged with the source bucket's, as its
    // module rule classes it (configures).
    token: "aws:s3tables/tableBucketReplication:TableBucketReplication",
    cloud: "aws",
    class: "configures",
    source: REPLICATION_SOURCE,
    configures: { property: "tableBucketArn", referenceKind: "arn", targets: [TABLE_BUCKET] },
    identities: ["id"],
    flows: flowAt(
      "replication",
      "rule.destinations",
      each(fieldOf("destinationTableBucketArn", arnOrResource)),
    ),
  },
];
