// aws:cloudtrail/* — CloudTrail trails (@pulumi/aws 7.48, cloudtrail/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (cloudtrail/*.d.ts); https://docs.aws.amazon.com/awscloudtrail/latest/userguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:cloudtrail/trail:Trail",
    ...AWS_REGIONAL_DATA,
    category: "log",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  },
];
