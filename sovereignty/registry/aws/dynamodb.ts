// aws:dynamodb/* — tables and table replicas (@pulumi/aws 7.48, dynamodb/*.d.ts).
import { keyOr } from "../../controls/encryptionRead";
import { referenceOrigin } from "../../flows/origin";
import { Destinations, field, forEachItem, noFlows, path, readObject, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readBoolean, readString } from "../../resource/properties";
import { AWS_REGION, AWS_REGIONAL_DATA } from "../common";
import { arnOrResource } from "../../flows/arn";
import type { TypeDeclaration } from "../types";
import { each, fieldOf } from "../paths";
import { flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (dynamodb/*.d.ts); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/";
const TABLE = "aws:dynamodb/table:Table";

/**
 * replicas[].regionName and globalTableWitness.regionName (a witness region of a multi-Region
 * strongly consistent global table receives the replicated change data) (`TableArgs`; input types
 * `TableReplica`, `TableGlobalTableWitness`).
 */
const tableFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "global-table", field(props, "replicas"), "replicas", (replica, at) =>
    regionName(out, "global-table", path(at, "regionName"), field(replica, "regionName")),
  );
  const witness = readObject(field(props, "globalTableWitness"));
  if (witness.state === "unknown") out.unknown("global-table", "globalTableWitness");
  if (witness.state === "value")
    regionName(out, "global-table", "globalTableWitness.regionName", field(witness.value, "regionName"));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: TABLE,
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    flows: tableFlows,
    // DynamoDB always encrypts (AWS owned key); `serverSideEncryption.enabled` selects a KMS key.
    encryption: {
      kind: "reader",
      read: (p) => {
        const enabled = readBoolean(p, ["serverSideEncryption", "enabled"]);
        // Either way the table is encrypted at rest (AWS owned key when not enabled).
        if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "on" };
        if (enabled.kind !== "value" || enabled.value !== true)
          return { kind: "provider-default", property: enabled.property };
        return keyOr(readString(p, ["serverSideEncryption", "kmsKeyArn"]), {
          kind: "provider-default",
          property: "serverSideEncryption.kmsKeyArn",
        });
      },
    },
  },
  {
    // A replica of a global table in its own region: a copy (origins), judged with the table's tags.
    token: "aws:dynamodb/tableReplica:TableReplica",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["arn", "id"],
    configures: { property: "globalTableArn", referenceKind: "arn", targets: [TABLE] },
    holdsData: { category: "database", location: AWS_REGION },
    flows: noFlows,
    // globalTableArn: the table this replica copies.
    origins: (props) =>
      referenceOrigin("aws", "global-table", "globalTableArn", field(props, "globalTableArn"), "name"),
  },
  // Added for issue 12: Kinesis Data Streams for DynamoDB copies every item change to `streamArn`.
  {
    token: "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (dynamodb/kinesisStreamingDestination.d.ts: tableName, streamArn, region); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html",
    configures: { property: "tableName", referenceKind: "name", targets: ["aws:dynamodb/table:Table"] },
    identities: ["id"],
    flows: flowAt("transfer", "streamArn", arnOrResource),
  },
  // Added for issue 12: the legacy (2017.11.29) global table: a replica table in each Region of
  // `replicas[].regionName` (`GlobalTableArgs` {name, region, replicas}: no tags).
  {
    token: "aws:dynamodb/globalTable:GlobalTable",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source:
      "@pulumi/aws 7.48 (dynamodb/globalTable.d.ts); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.V1.html",
    tags: {
      kind: "none",
      reason:
        "`GlobalTableArgs` has no `tags`: judged with the provider's `defaultTags` or `sovereignty.defaults`",
    },
    identities: ["name", "arn", "id"],
    flows: flowAt("global-table", "replicas", each(fieldOf("regionName", regionName))),
    encryption: {
      kind: "gap",
      reason:
        "a legacy global table is encrypted by each of its Region's tables (`aws:dynamodb/table:Table` `serverSideEncryption`); it has no key input",
    },
  },
];
