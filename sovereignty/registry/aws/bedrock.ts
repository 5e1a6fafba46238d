// aws:bedrock/* — Bedrock knowledge bases, custom models, agents, inference profiles and
// provisioned throughput (@pulumi/aws 7.48, bedrock/*.d.ts `...Args`: region, tags;
// types/input.d.ts bedrock.AgentKnowledgeBaseKnowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn,
// bedrock.CustomModelOutputDataConfig {s3Uri}, bedrock.InferenceProfileModelSource {copyFrom}).
//
// AI inference residency (issue 12, item 4): every property naming a model is read by
// `bedrockModel` (./shared.ts): a cross-Region profile (`eu.`, `us.`, `apac.`, `global.`, ...)
// is an `inference` flow to its geography's countries (sovereignty/catalog/inference-geographies.ts).
import { always } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { allFlows } from "../paths";
import { awsData, awsProcessing, bedrockModel, flowAt, s3Uri } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (bedrock/*.d.ts); https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
    category: "database",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // Documents are embedded by the embedding model, wherever its profile routes them.
    flows: flowAt(
      "inference",
      "knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn",
      bedrockModel,
    ),
    encryption: {
      kind: "gap",
      reason:
        "a knowledge base's vectors live in the store of `storageConfiguration` (OpenSearch Serverless, Aurora, S3 Vectors, ...), encrypted by that store; the knowledge base has no key input",
    },
  }),
  awsData({
    token: "aws:bedrock/customModel:CustomModel",
    category: "storage",
    source: SOURCE,
    identities: ["customModelName", "customModelArn", "id"],
    // Training metrics and output go to the bucket of `outputDataConfig.s3Uri`.
    flows: allFlows(
      flowAt("transfer", "outputDataConfig.s3Uri", s3Uri),
      flowAt("inference", "baseModelIdentifier", bedrockModel),
    ),
    // The customised model: always encrypted, `customModelKmsKeyId` else an AWS owned key.
    encryption: { kind: "reader", read: (p) => always(p, ["customModelKmsKeyId"]) },
  }),
  awsProcessing({
    token: "aws:bedrock/agentAgent:AgentAgent",
    source: SOURCE,
    identities: ["agentName", "agentArn", "agentId", "id"],
    flows: flowAt("inference", "foundationModel", bedrockModel),
  }),
  awsProcessing({
    // An application inference profile copies a model or a system profile: it runs where that does.
    token: "aws:bedrock/inferenceProfile:InferenceProfile",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    flows: flowAt("inference", "modelSource.copyFrom", bedrockModel),
  }),
  awsProcessing({
    token: "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
    source: SOURCE,
    identities: ["provisionedModelName", "provisionedModelArn", "id"],
    flows: flowAt("inference", "modelArn", bedrockModel),
  }),
];
