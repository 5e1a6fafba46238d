// aws:cognito/* — Cognito user pools: identity directories holding personal data (@pulumi/aws 7.48,
// cognito/userPool.d.ts `UserPoolArgs`: region, tags).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 UserPoolArgs (cognito/userPool.d.ts); https://docs.aws.amazon.com/cognito/latest/developerguide/security-data-protection.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:cognito/userPool:UserPool",
    category: "database",
    source: SOURCE,
    identities: ["id", "arn", "name"],
    // `UserPoolArgs` has no key input: Cognito encrypts user-pool data at rest with keys AWS
    // manages, so personal/special data there cannot meet the customer-managed-key rule.
    encryption: { kind: "reader", read: serviceKeysOnly("(Cognito user pools: AWS-managed keys only)") },
  }),
];
