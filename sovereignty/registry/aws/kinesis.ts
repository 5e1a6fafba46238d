// aws:kinesis/* — Kinesis streams and Firehose delivery streams (@pulumi/aws 7.48, kinesis/*.d.ts `...Args`).
import { keyOr } from "../../controls/encryptionRead";
import { readBoolean, readString } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (kinesis/*.d.ts); https://docs.aws.amazon.com/streams/latest/dev/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:kinesis/stream:Stream",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: {
      kind: "reader",
      read: (p) => {
        const type = readString(p, ["encryptionType"]);
        if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "unknown" };
        if (type.kind !== "value" || (type.value as string).toUpperCase() !== "KMS")
          return { kind: "disabled", property: "encryptionType" };
        return keyOr(readString(p, ["kmsKeyId"]), { kind: "provider-default", property: "kmsKeyId" });
      },
    },
  },
  {
    token: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `serverSideEncryption` (`FirehoseDeliveryStreamServerSideEncryption`): `enabled` defaults to
    // false; `keyType` AWS_OWNED_CMK (default) or CUSTOMER_MANAGED_CMK, which requires `keyArn`.
    encryption: {
      kind: "reader",
      read: (p) => {
        const enabled = readBoolean(p, ["serverSideEncryption", "enabled"]);
        if (enabled.kind === "unknown")
          return { kind: "unknown", property: enabled.property, atRest: "unknown" };
        if (enabled.kind !== "value" || enabled.value !== true)
          return { kind: "disabled", property: enabled.property };
        const keyType = readString(p, ["serverSideEncryption", "keyType"]);
        if (keyType.kind === "unknown") return { kind: "unknown", property: keyType.property, atRest: "on" };
        if (keyType.kind === "value" && (keyType.value as string).toUpperCase() === "CUSTOMER_MANAGED_CMK") {
          return keyOr(readString(p, ["serverSideEncryption", "keyArn"]), {
            kind: "unknown",
            property: "serverSideEncryption.keyArn",
            atRest: "on",
          });
        }
        return { kind: "provider-default", property: keyType.property };
      },
    },
  },
];
