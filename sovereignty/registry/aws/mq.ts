// aws:mq/* — Amazon MQ brokers (@pulumi/aws 7.48, mq/broker.d.ts `BrokerArgs` {brokerName,
// dataReplicationMode, dataReplicationPrimaryBrokerArn, encryptionOptions, publiclyAccessible,
// region, tags, ...}; types/input.d.ts mq.BrokerEncryptionOptions {kmsKeyId, useAwsOwnedKey}).
import { keyOr } from "../../controls/encryptionRead";
import { referenceOrigin } from "../../flows/origin";
import { field } from "../../flows/read";
import type { OriginFunction } from "../../flows/origin";
import { readBoolean, readString } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (mq/broker.d.ts); https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/crdr-for-active-mq.html";

/**
 * A broker with `dataReplicationMode` `CRDR` and `dataReplicationPrimaryBrokerArn` is the replica
 * of that primary (cross-Region data replication): a copy of the primary's messages.
 */
const brokerOrigins: OriginFunction = (props) =>
  referenceOrigin(
    "aws",
    "replication",
    "dataReplicationPrimaryBrokerArn",
    field(props, "dataReplicationPrimaryBrokerArn"),
    "name",
  );

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:mq/broker:Broker",
    category: "queue",
    source: SOURCE,
    identities: ["brokerName", "arn", "id"],
    origins: brokerOrigins,
    // Always encrypted: an AWS owned key unless `useAwsOwnedKey` is false, then `kmsKeyId`
    // (or the AWS managed key when none is given).
    encryption: {
      kind: "reader",
      read: (p) => {
        const owned = readBoolean(p, ["encryptionOptions", "useAwsOwnedKey"]);
        if (owned.kind === "unknown") return { kind: "unknown", property: owned.property, atRest: "on" };
        if (owned.kind !== "value" || owned.value !== false)
          return { kind: "provider-default", property: "encryptionOptions.useAwsOwnedKey" };
        return keyOr(readString(p, ["encryptionOptions", "kmsKeyId"]), {
          kind: "provider-default",
          property: "encryptionOptions.kmsKeyId",
        });
      },
    },
  }),
];
