// aws:sqs/* — SQS queues (@pulumi/aws 7.48, sqs/*.d.ts `...Args`).
import { keyOr } from "../../controls/encryptionRead";
import { readBoolean, readString } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (sqs/*.d.ts); https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:sqs/queue:Queue",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: {
      kind: "reader",
      read: (p) => {
        const key = readString(p, ["kmsMasterKeyId"]);
        if (key.kind !== "absent") return keyOr(key, { kind: "disabled", property: "kmsMasterKeyId" });
        const managed = readBoolean(p, ["sqsManagedSseEnabled"]);
        if (managed.kind === "unknown")
          return { kind: "unknown", property: managed.property, atRest: "unknown" };
        // SSE-SQS is the default for new queues since 2022-10 unless explicitly disabled.
        if (managed.kind === "value" && managed.value === false)
          return { kind: "disabled", property: managed.property };
        return { kind: "provider-default", property: "sqsManagedSseEnabled" };
      },
    },
  },
];
