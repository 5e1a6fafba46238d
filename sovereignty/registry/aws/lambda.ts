// aws:lambda/* — Lambda functions process data in their Region (@pulumi/aws 7.48,
// lambda/function.d.ts `FunctionArgs` {region, tags, ...}).
import type { TypeDeclaration } from "../types";
import { awsProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    token: "aws:lambda/function:Function",
    source:
      "@pulumi/aws 7.48 FunctionArgs (lambda/function.d.ts); https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html",
    identities: ["name", "arn", "id"],
  }),
];
