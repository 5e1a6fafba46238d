// aws:cloudwatch/* — CloudWatch log groups (@pulumi/aws 7.48, cloudwatch/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (cloudwatch/*.d.ts); https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:cloudwatch/logGroup:LogGroup",
    ...AWS_REGIONAL_DATA,
    category: "log",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  },
];
