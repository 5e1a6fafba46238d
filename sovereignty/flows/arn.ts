// A tiny ARN reader. The model's own `parseArn` (sovereignty/index.ts) was not in the tree when this
// was written; this one only answers what flows need: which partition and region an ARN names.
// Format: arn:partition:service:region:account-id:resource
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html). Every partition
// (`aws`, `aws-cn`, `aws-us-gov`, `aws-iso*`, `aws-eusc`) starts with `aws`.

export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  /** Empty for global resources and for S3 bucket ARNs (`arn:aws:s3:::bucket`). */
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

const ARN = /^arn:(aws(?:-[a-z]+)*):([a-z0-9-]+):([a-z0-9-]*):([0-9]*|aws):(.+)$/;

export function readArn(text: string): ArnParts | undefined {
  const m = ARN.exec(text.trim());
  if (!m) return undefined;
  const [, partition, service, region, account, resource] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { partition, service, region, account, resource };
}

/** The region an ARN names, when it names one. */
export function arnRegion(text: string): string | undefined {
  const parts = readArn(text);
  return parts && parts.region !== "" ? parts.region : undefined;
}
