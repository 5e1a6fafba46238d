// aws:sagemaker/* — SageMaker domains (home directories on EFS), feature groups, notebook
// instances, models, endpoint configurations and endpoints (@pulumi/aws 7.48, sagemaker/*.d.ts
// `...Args`: region, tags; types/input.d.ts sagemaker.FeatureGroupOfflineStoreConfig{,S3StorageConfig},
// FeatureGroupOnlineStoreConfig{,SecurityConfig}, EndpointConfigurationDataCaptureConfig).
import { always } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { allFlows } from "../paths";
import { awsData, awsProcessing, flowAt, s3Uri } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (sagemaker/*.d.ts); https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:sagemaker/domain:Domain",
    category: "storage",
    source: SOURCE,
    identities: ["domainName", "arn", "id"],
    // The domain's EFS home volume: always encrypted, `kmsKeyId` else the AWS managed key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  }),
  awsData({
    token: "aws:sagemaker/featureGroup:FeatureGroup",
    category: "database",
    source: SOURCE,
    identities: ["featureGroupName", "arn", "id"],
    // The offline store is an S3 prefix: its bucket holds a copy of every record.
    flows: flowAt("transfer", "offlineStoreConfig.s3StorageConfig.s3Uri", s3Uri),
    // The online store: always encrypted, `securityConfig.kmsKeyId` else an AWS owned key.
    encryption: {
      kind: "reader",
      read: (p) => always(p, ["onlineStoreConfig", "securityConfig", "kmsKeyId"]),
    },
  }),
  awsData({
    token: "aws:sagemaker/notebookInstance:NotebookInstance",
    category: "storage",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // The ML storage volume: always encrypted, `kmsKeyId` else the AWS managed key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  }),
  awsProcessing({ token: "aws:sagemaker/model:Model", source: SOURCE, identities: ["name", "arn", "id"] }),
  awsProcessing({
    token: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // Data capture copies requests and responses to `dataCaptureConfig.destinationS3Uri`;
    // asynchronous inference writes results to `asyncInferenceConfig.outputConfig.s3OutputPath`.
    flows: allFlows(
      flowAt("transfer", "dataCaptureConfig.destinationS3Uri", s3Uri),
      flowAt("transfer", "asyncInferenceConfig.outputConfig.s3OutputPath", s3Uri),
    ),
  }),
  awsProcessing({
    token: "aws:sagemaker/endpoint:Endpoint",
    source: SOURCE,
    identities: ["name", "arn", "id"],
  }),
];
