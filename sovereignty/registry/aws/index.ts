// Every `aws:` declaration, one file per service module (`aws:s3/…` → ./s3.ts). A new service
// file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as athena } from "./athena";
import { DECLARATIONS as backup } from "./backup";
import { DECLARATIONS as bedrock } from "./bedrock";
import { DECLARATIONS as bedrockmodel } from "./bedrockmodel";
import { DECLARATIONS as cloudtrail } from "./cloudtrail";
import { DECLARATIONS as cloudwatch } from "./cloudwatch";
import { DECLARATIONS as codeartifact } from "./codeartifact";
import { DECLARATIONS as cognito } from "./cognito";
import { DECLARATIONS as dax } from "./dax";
import { DECLARATIONS as dlm } from "./dlm";
import { DECLARATIONS as docdb } from "./docdb";
import { DECLARATIONS as dsql } from "./dsql";
import { DECLARATIONS as dynamodb } from "./dynamodb";
import { DECLARATIONS as ebs } from "./ebs";
import { DECLARATIONS as ec2 } from "./ec2";
import { DECLARATIONS as ecr } from "./ecr";
import { DECLARATIONS as efs } from "./efs";
import { DECLARATIONS as elasticache } from "./elasticache";
import { DECLARATIONS as fsx } from "./fsx";
import { DECLARATIONS as glacier } from "./glacier";
import { DECLARATIONS as glue } from "./glue";
import { DECLARATIONS as keyspaces } from "./keyspaces";
import { DECLARATIONS as kinesis } from "./kinesis";
import { DECLARATIONS as kms } from "./kms";
import { DECLARATIONS as lambda } from "./lambda";
import { DECLARATIONS as memorydb } from "./memorydb";
import { DECLARATIONS as mq } from "./mq";
import { DECLARATIONS as msk } from "./msk";
import { DECLARATIONS as neptune } from "./neptune";
import { DECLARATIONS as opensearch } from "./opensearch";
import { DECLARATIONS as qldb } from "./qldb";
import { DECLARATIONS as rds } from "./rds";
import { DECLARATIONS as redshift } from "./redshift";
import { DECLARATIONS as redshiftserverless } from "./redshiftserverless";
import { DECLARATIONS as s3 } from "./s3";
import { DECLARATIONS as s3control } from "./s3control";
import { DECLARATIONS as s3tables } from "./s3tables";
import { DECLARATIONS as sagemaker } from "./sagemaker";
import { DECLARATIONS as secretsmanager } from "./secretsmanager";
import { DECLARATIONS as sns } from "./sns";
import { DECLARATIONS as sqs } from "./sqs";
import { DECLARATIONS as ssm } from "./ssm";
import { DECLARATIONS as timestreaminfluxdb } from "./timestreaminfluxdb";
import { DECLARATIONS as timestreamwrite } from "./timestreamwrite";

export const AWS: readonly TypeDeclaration[] = [
  ...athena,
  ...backup,
  ...bedrock,
  ...bedrockmodel,
  ...cloudtrail,
  ...cloudwatch,
  ...codeartifact,
  ...cognito,
  ...dax,
  ...dlm,
  ...docdb,
  ...dsql,
  ...dynamodb,
  ...ebs,
  ...ec2,
  ...ecr,
  ...efs,
  ...elasticache,
  ...fsx,
  ...glacier,
  ...glue,
  ...keyspaces,
  ...kinesis,
  ...kms,
  ...lambda,
  ...memorydb,
  ...mq,
  ...msk,
  ...neptune,
  ...opensearch,
  ...qldb,
  ...rds,
  ...redshift,
  ...redshiftserverless,
  ...s3,
  ...s3control,
  ...s3tables,
  ...sagemaker,
  ...secretsmanager,
  ...sns,
  ...sqs,
  ...ssm,
  ...timestreaminfluxdb,
  ...timestreamwrite,
];
