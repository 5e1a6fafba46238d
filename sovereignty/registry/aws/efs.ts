// aws:efs/* — EFS file systems (@pulumi/aws 7.48, efs/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (efs/*.d.ts); https://docs.aws.amazon.com/efs/latest/ug/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:efs/fileSystem:FileSystem",
    ...AWS_REGIONAL_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => flagged(p, ["encrypted"], ["kmsKeyId"]) },
  },
];
