/** The parts of an ARN: arn:partition:service:region:account-id:resource. */
export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  /** Absent when the ARN has no region: S3 bucket ARNs (`arn:aws:s3:::bucket`), IAM, ... */
  readonly region?: string;
  readonly account?: string;
  readonly resource: string;
}

// Partitions are `aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`, `aws-iso*`: accept any `aws` or `aws-…`.
const ARN = /^arn:(aws(?:-[a-z]+)*):([a-z0-9-]+):([a-z0-9-]*):([0-9]*|aws):(.+)$/;

/**
 * Splits an ARN, or returns undefined for anything that is not one. The region is the ARN's own
 * fourth field and nothing else: an S3 bucket ARN has none (the bucket's region is not in its ARN,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html), while an S3 access
 * point ARN (`arn:aws:s3:eu-west-1:123456789012:accesspoint/ap`), a KMS key ARN or a Backup vault
 * ARN do carry one. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export function parseArn(arn: string): ParsedArn | undefined {
  if (typeof arn !== "string") return undefined;
  const match = ARN.exec(arn.trim());
  if (!match) return undefined;
  const [, partition, service, region, account, resource] = match;
  return {
    partition,
    service,
    ...(region !== "" && { region }),
    ...(account !== "" && { account }),
    resource,
  };
}
