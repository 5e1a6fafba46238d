// aws:docdb/* — DocumentDB clusters (@pulumi/aws 7.48, docdb/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (docdb/*.d.ts); https://docs.aws.amazon.com/documentdb/latest/developerguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:docdb/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]) },
  },
];
