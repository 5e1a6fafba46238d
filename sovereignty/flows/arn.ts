// ARN reading goes through the model's parser (../arn.ts `parseArn`): one meaning of "the region an
// ARN names" for the whole project. S3 bucket ARNs name none; Backup vault, KMS, RDS and DynamoDB
// ARNs do, in every partition (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`, `aws-iso*`).
import { parseArn } from "../arn";

export function isArn(text: string): boolean {
  return parseArn(text) !== undefined;
}

/** The region an ARN names, when it names one. */
export function arnRegion(text: string): string | undefined {
  return parseArn(text)?.region;
}
