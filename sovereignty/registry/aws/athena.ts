// aws:athena/* — Athena workgroups: they run queries over data and write the results to S3
// (@pulumi/aws 7.48, athena/workgroup.d.ts `WorkgroupArgs` {configuration, name, region, tags, ...};
// types/input.d.ts athena.WorkgroupConfiguration.resultConfiguration.outputLocation).
import type { TypeDeclaration } from "../types";
import { awsProcessing, flowAt, s3Uri } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (athena/workgroup.d.ts); https://docs.aws.amazon.com/athena/latest/ug/querying.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    token: "aws:athena/workgroup:Workgroup",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // Query results (copies of the data queried) go to the bucket of `outputLocation`.
    flows: flowAt("transfer", "configuration.resultConfiguration.outputLocation", s3Uri),
  }),
];
