// aws:glacier/* — S3 Glacier vaults (@pulumi/aws 7.48, glacier/*.d.ts `...Args`).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import { immutabilityGap } from "../../controls/immutabilityRead";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (glacier/*.d.ts); https://docs.aws.amazon.com/amazonglacier/latest/dev/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:glacier/vault:Vault",
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `VaultArgs` has no encryption input. Glacier encrypts every archive with AES-256 under keys
    // AWS maintains (S3 Glacier Developer Guide, "Data encryption"); no customer-managed key can be
    // chosen, so personal/special data in a Glacier vault cannot meet the CMK rule.
    encryption: { kind: "reader", read: serviceKeysOnly("(Glacier: AWS-managed AES-256 keys only)") },
    immutability: immutabilityGap(
      "a Glacier vault lock is a side resource (`aws:glacier/vaultLock:VaultLock`) the model does not join yet",
    ),
  },
];
