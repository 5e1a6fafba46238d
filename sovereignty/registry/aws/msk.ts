// aws:msk/* — MSK clusters (@pulumi/aws 7.48, msk/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (msk/*.d.ts); https://docs.aws.amazon.com/msk/latest/developerguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:msk/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["arn", "id"],
    // `encryptionInfo` (`ClusterEncryptionInfo`): always encrypted; without a key the AWS managed
    // `aws/msk` key is used.
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionInfo", "encryptionAtRestKmsKeyArn"]) },
  },
];
