// aws:sns/* — SNS topics (@pulumi/aws 7.48, sns/*.d.ts `...Args`).
import { keyOr } from "../../controls/encryptionRead";
import { readString } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (sns/*.d.ts); https://docs.aws.amazon.com/sns/latest/dg/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:sns/topic:Topic",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `kmsMasterKeyId`: SNS topics are unencrypted unless a KMS key is set.
    encryption: {
      kind: "reader",
      read: (p) => keyOr(readString(p, ["kmsMasterKeyId"]), { kind: "disabled", property: "kmsMasterKeyId" }),
    },
  },
];
