// aws:qldb/* — QLDB ledgers and their journal streams (@pulumi/aws 7.48, qldb/ledger.d.ts
// `LedgerArgs` {kmsKey, name, region, tags, ...}; qldb/stream.d.ts `StreamArgs` {ledgerName,
// kinesisConfiguration, region, tags, ...}; types/input.d.ts qldb.StreamKinesisConfiguration {streamArn}).
import { arnOrResource } from "../../flows/arn";
import type { TypeDeclaration } from "../types";
import { awsData, awsOwnedOr, flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (qldb/*.d.ts); https://docs.aws.amazon.com/qldb/latest/developerguide/streams.html";

/** A journal stream copies every ledger revision to the Kinesis stream `kinesisConfiguration.streamArn`. */
const streamFlows = flowAt("transfer", "kinesisConfiguration.streamArn", arnOrResource);

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:qldb/ledger:Ledger",
    category: "database",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `kmsKey`: a key ARN, or `AWS_OWNED_KMS_KEY` (the default).
    encryption: { kind: "reader", read: (p) => awsOwnedOr(p, "kmsKey") },
  }),
  {
    token: "aws:qldb/stream:Stream",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    configures: { property: "ledgerName", referenceKind: "name", targets: ["aws:qldb/ledger:Ledger"] },
    identities: ["arn", "id"],
    flows: streamFlows,
  },
];
