// aws:cloudwatch/* — CloudWatch log groups (@pulumi/aws 7.48, cloudwatch/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import { arnOrResource } from "../../flows/arn";
import { field, forEachItem } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { awsData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (cloudwatch/*.d.ts); https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:cloudwatch/logGroup:LogGroup",
    ...AWS_REGIONAL_DATA,
    category: "log",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  },
  // Added for issue 12: EventBridge event buses hold events (archives, retries) in their Region
  // (`EventBusArgs` {kmsKeyIdentifier, name, region, tags, ...}).
  awsData({
    token: "aws:cloudwatch/eventBus:EventBus",
    category: "queue",
    source:
      "@pulumi/aws 7.48 (cloudwatch/eventBus.d.ts); https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest.html",
    identities: ["name", "arn", "id"],
    // Always encrypted: `kmsKeyIdentifier`, else an AWS owned key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyIdentifier"]) },
  }),
  // Added for issue 12: subscriptions that copy a log group's events, and rule targets that send a
  // bus's events, to another resource (a Kinesis stream, a Lambda, a bus of another Region...).
  {
    // `LogSubscriptionFilterArgs` {logGroup, destinationArn, region, ...}: judged with the log group's tags.
    token: "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (cloudwatch/logSubscriptionFilter.d.ts); https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html",
    configures: {
      property: "logGroup",
      referenceKind: "name",
      targets: ["aws:cloudwatch/logGroup:LogGroup"],
    },
    identities: ["name", "id"],
    flows: flowAt("transfer", "destinationArn", arnOrResource),
  },
  {
    // `EventTargetArgs` {arn, eventBusName, rule, region, ...}: a bus's matching events go to `arn`
    // (a Region in the ARN, e.g. a bus of another Region); judged with the bus's tags.
    token: "aws:cloudwatch/eventTarget:EventTarget",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (cloudwatch/eventTarget.d.ts); https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html",
    configures: {
      property: "eventBusName",
      referenceKind: "name",
      targets: ["aws:cloudwatch/eventBus:EventBus"],
    },
    identities: ["targetId", "id", "arn"],
    flows: flowAt("transfer", "arn", arnOrResource),
  },
  {
    // A global endpoint fails events over to a bus of a secondary Region and (with
    // `replicationConfig.state` ENABLED, the default) replicates them there (`EventEndpointArgs`
    // {eventBuses: [{eventBusArn}], replicationConfig, routingConfig, ...}): judged with the first
    // bus's tags, every other bus (its ARN names the Region) is a replication flow.
    token: "aws:cloudwatch/eventEndpoint:EventEndpoint",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (cloudwatch/eventEndpoint.d.ts); https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html",
    configures: {
      property: "eventBuses[0].eventBusArn",
      referenceKind: "arn",
      targets: ["aws:cloudwatch/eventBus:EventBus"],
    },
    identities: ["name", "arn", "id"],
    flows: flowAt("replication", "eventBuses", (out, kind, property, raw) =>
      forEachItem(out, kind, raw, property, (bus, at) => {
        if (at !== `${property}[0]`) arnOrResource(out, kind, `${at}.eventBusArn`, field(bus, "eventBusArn"));
      }),
    ),
  },
];
