// aws:opensearch/* — OpenSearch domains (@pulumi/aws 7.48, opensearch/*.d.ts `...Args`).
import { always, flagged } from "../../controls/encryptionRead";
import { readBoolean as readBooleanProperty } from "../../resource/properties";
import { awsData } from "./shared";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (opensearch/*.d.ts); https://docs.aws.amazon.com/opensearch-service/latest/developerguide/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:opensearch/domain:Domain",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id"],
    encryption: {
      kind: "reader",
      read: (p) => flagged(p, ["encryptAtRest", "enabled"], ["encryptAtRest", "kmsKeyId"]),
    },
  },
  // Added for issue 12: OpenSearch Serverless collections (`ServerlessCollectionArgs`
  // {encryptionConfigs, name, region, standbyReplicas, tags, type, ...}; input type
  // opensearch.ServerlessCollectionEncryptionConfig {awsOwnedKey, kmsKeyArn}).
  awsData({
    token: "aws:opensearch/serverlessCollection:ServerlessCollection",
    category: "database",
    source:
      "@pulumi/aws 7.48 (opensearch/serverlessCollection.d.ts); https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html",
    identities: ["name", "arn", "id"],
    // Always encrypted: an AWS owned key unless `encryptionConfigs[0].kmsKeyArn` is set (or, when no
    // config is given, by the account's matching encryption security policy, which the model does not join).
    encryption: {
      kind: "reader",
      read: (p) => {
        const owned = readBooleanProperty(p, ["encryptionConfigs", 0, "awsOwnedKey"]);
        if (owned.kind === "value" && owned.value === true)
          return { kind: "provider-default", property: owned.property };
        return always(p, ["encryptionConfigs", 0, "kmsKeyArn"]);
      },
    },
  }),
];
