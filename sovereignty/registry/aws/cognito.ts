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
    // The Cognito API takes a customer-managed key (`KeyConfigurationType`, which multi-Region
    // user-pool replication also needs: https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_KeyConfigurationType.html),
    // but @pulumi/aws 7.48 `UserPoolArgs` has no input for either: a pool created through this
    // SDK is encrypted with the AWS owned key and is not replicated, so personal/special data
    // there cannot meet the customer-managed-key rule. Revisit when the SDK gains the inputs.
    encryption: { kind: "reader", read: serviceKeysOnly("(Cognito user pools: AWS-managed keys only)") },
  }),
];
