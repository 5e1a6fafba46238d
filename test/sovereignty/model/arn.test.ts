import assert from "node:assert/strict";
import { parseArn } from "../../../sovereignty";

describe("parseArn", () => {
  const cases: [arn: string, partition: string, service: string, region: string | undefined, account: string | undefined, resource: string][] = [
    // An S3 bucket ARN carries no region (nor account): the bucket's region must come from elsewhere.
    ["arn:aws:s3:::my-bucket", "aws", "s3", undefined, undefined, "my-bucket"],
    ["arn:aws:s3:::my-bucket/some/key", "aws", "s3", undefined, undefined, "my-bucket/some/key"],
    // An S3 access point ARN does.
    ["arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap", "aws", "s3", "eu-west-1", "123456789012", "accesspoint/my-ap"],
    ["arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws", "kms", "eu-central-1", "123456789012", "key/1234abcd-12ab-34cd-56ef-1234567890ab"],
    ["arn:aws:backup:eu-central-1:123456789012:backup-vault:helpdesk", "aws", "backup", "eu-central-1", "123456789012", "backup-vault:helpdesk"],
    ["arn:aws:rds:sa-east-1:123456789012:db:orders", "aws", "rds", "sa-east-1", "123456789012", "db:orders"],
    ["arn:aws:iam::123456789012:role/replication", "aws", "iam", undefined, "123456789012", "role/replication"],
    ["arn:aws-cn:s3:::bucket-cn", "aws-cn", "s3", undefined, undefined, "bucket-cn"],
    ["arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/k", "aws-us-gov", "kms", "us-gov-west-1", "123456789012", "key/k"],
    ["arn:aws-eusc:kms:eusc-de-east-1:123456789012:key/k", "aws-eusc", "kms", "eusc-de-east-1", "123456789012", "key/k"],
  ]; // prettier-ignore
  for (const [arn, partition, service, region, account, resource] of cases) {
    it(arn, () => {
      const parsed = parseArn(arn);
      assert.ok(parsed);
      assert.equal(parsed.partition, partition);
      assert.equal(parsed.service, service);
      assert.equal(parsed.region, region);
      assert.equal(parsed.account, account);
      assert.equal(parsed.resource, resource);
      assert.equal("region" in parsed, region !== undefined, "no region key when there is none");
    });
  }

  for (const notArn of ["my-bucket", "arn:aws:s3", "arn:gcp:s3:::b", "", "s3://bucket", "arn:aws:s3:::"]) {
    it(`rejects ${JSON.stringify(notArn)}`, () => assert.equal(parseArn(notArn), undefined));
  }
});
