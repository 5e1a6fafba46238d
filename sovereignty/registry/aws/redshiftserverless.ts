// aws:redshiftserverless/* — Redshift Serverless namespaces (the data) and workgroups (the
// compute) (@pulumi/aws 7.48, redshiftserverless/namespace.d.ts `NamespaceArgs` {kmsKeyId,
// namespaceName, region, tags, ...}; redshiftserverless/workgroup.d.ts `WorkgroupArgs`
// {namespaceName, publiclyAccessible, region, tags, workgroupName, ...}).
import { always } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { awsData, awsProcessing } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (redshiftserverless/*.d.ts); https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroup-namespace.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:redshiftserverless/namespace:Namespace",
    category: "database",
    source: SOURCE,
    identities: ["namespaceName", "arn", "id"],
    // Always encrypted; without `kmsKeyId` an AWS owned key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  }),
  awsProcessing({
    token: "aws:redshiftserverless/workgroup:Workgroup",
    source: SOURCE,
    identities: ["workgroupName", "arn", "id"],
  }),
];
