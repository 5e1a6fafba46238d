// aws:cloudwatch/* — CloudWatch log groups (@pulumi/aws 7.48, cloudwatch/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

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
  // Added for issue 12: EventBridge event buses hold events (archives, retries) in their Region
  // (`EventBusArgs` {kmsKeyIdentifier, name, region, tags, ...}).
  awsData({
    token: "aws:cloudwatch/eventBus:EventBus",
    category: "queue",
    source:
      "@pulumi/aws 7.48 (cloudwatch/eventBus.d.ts); https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest.html",
    identities: ["name", "arn", "id"],
    // Always encrypted: `kmsKeyIdentifier`, else an AWS owned key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyIdentifier"]) },
  }),
];
