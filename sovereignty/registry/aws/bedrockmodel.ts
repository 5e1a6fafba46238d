// aws:bedrockmodel/* — Bedrock batch inference jobs (@pulumi/aws 7.48,
// bedrockmodel/invocationJob.d.ts `InvocationJobArgs` {inputDataConfig, jobName, modelId,
// outputDataConfig: {s3OutputDataConfig: {s3Uri}}, region, ...: no tags}).
import { allFlows } from "../paths";
import type { TypeDeclaration } from "../types";
import { awsProcessing, bedrockModel, flowAt, s3Uri } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    // Every record of the input is sent to `modelId` (a cross-Region profile routes it to its
    // geography: ./shared.ts `bedrockModel`) and every completion written to the output bucket.
    token: "aws:bedrockmodel/invocationJob:InvocationJob",
    source:
      "@pulumi/aws 7.48 (bedrockmodel/invocationJob.d.ts); https://docs.aws.amazon.com/bedrock/latest/userguide/batch-inference.html",
    tags: {
      kind: "none",
      reason:
        "`InvocationJobArgs` has no `tags`: judged with the provider's `defaultTags` or `sovereignty.defaults`",
    },
    identities: ["jobName", "jobArn", "id"],
    flows: allFlows(
      flowAt("inference", "modelId", bedrockModel),
      flowAt("transfer", "outputDataConfig.s3OutputDataConfig.s3Uri", s3Uri),
    ),
  }),
];
