// Every `aws:` declaration, one file per service module (`aws:s3/…` → ./s3.ts). A new service
// file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as backup } from "./backup";
import { DECLARATIONS as cloudtrail } from "./cloudtrail";
import { DECLARATIONS as cloudwatch } from "./cloudwatch";
import { DECLARATIONS as docdb } from "./docdb";
import { DECLARATIONS as dynamodb } from "./dynamodb";
import { DECLARATIONS as ebs } from "./ebs";
import { DECLARATIONS as ecr } from "./ecr";
import { DECLARATIONS as efs } from "./efs";
import { DECLARATIONS as elasticache } from "./elasticache";
import { DECLARATIONS as glacier } from "./glacier";
import { DECLARATIONS as kinesis } from "./kinesis";
import { DECLARATIONS as kms } from "./kms";
import { DECLARATIONS as memorydb } from "./memorydb";
import { DECLARATIONS as msk } from "./msk";
import { DECLARATIONS as neptune } from "./neptune";
import { DECLARATIONS as opensearch } from "./opensearch";
import { DECLARATIONS as rds } from "./rds";
import { DECLARATIONS as redshift } from "./redshift";
import { DECLARATIONS as s3 } from "./s3";
import { DECLARATIONS as secretsmanager } from "./secretsmanager";
import { DECLARATIONS as sns } from "./sns";
import { DECLARATIONS as sqs } from "./sqs";

export const AWS: readonly TypeDeclaration[] = [
  ...backup,
  ...cloudtrail,
  ...cloudwatch,
  ...docdb,
  ...dynamodb,
  ...ebs,
  ...ecr,
  ...efs,
  ...elasticache,
  ...glacier,
  ...kinesis,
  ...kms,
  ...memorydb,
  ...msk,
  ...neptune,
  ...opensearch,
  ...rds,
  ...redshift,
  ...s3,
  ...secretsmanager,
  ...sns,
  ...sqs,
];
