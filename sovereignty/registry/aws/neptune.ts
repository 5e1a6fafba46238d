// aws:neptune/* — Neptune clusters (@pulumi/aws 7.48, neptune/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (neptune/*.d.ts); https://docs.aws.amazon.com/neptune/latest/userguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:neptune/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyArn"]) },
  },
];
