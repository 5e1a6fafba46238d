// aws:memorydb/* — MemoryDB clusters (@pulumi/aws 7.48, memorydb/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (memorydb/*.d.ts); https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:memorydb/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `kmsKeyArn`; MemoryDB at-rest encryption is always enabled.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyArn"]) },
  },
];
