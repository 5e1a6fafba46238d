// aws:opensearch/* — OpenSearch domains (@pulumi/aws 7.48, opensearch/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (opensearch/*.d.ts); https://docs.aws.amazon.com/opensearch-service/latest/developerguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:opensearch/domain:Domain",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id"],
    encryption: {
      kind: "reader",
      read: (p) => flagged(p, ["encryptAtRest", "enabled"], ["encryptAtRest", "kmsKeyId"]),
    },
  },
];
