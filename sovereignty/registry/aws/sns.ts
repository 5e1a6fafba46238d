// aws:sns/* — SNS topics (@pulumi/aws 7.48, sns/*.d.ts `...Args`).
import { keyOr } from "../../controls/encryptionRead";
import { readString } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import { arnOrResource } from "../../flows/arn";
import { readString as readValue } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE = "@pulumi/aws 7.48 (sns/*.d.ts); https://docs.aws.amazon.com/sns/latest/dg/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:sns/topic:Topic",
    ...AWS_REGIONAL_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `kmsMasterKeyId`: SNS topics are unencrypted unless a KMS key is set.
    encryption: {
      kind: "reader",
      read: (p) => keyOr(readString(p, ["kmsMasterKeyId"]), { kind: "disabled", property: "kmsMasterKeyId" }),
    },
  },
  // Added for issue 12: a subscription delivers every message of its topic to `endpoint`.
  {
    // `TopicSubscriptionArgs` {topic, protocol, endpoint, region, ...}: judged with the topic's tags.
    // An ARN endpoint (sqs, lambda, firehose, application) is placed by its Region; any other
    // endpoint (http(s), email, sms) is outside the cloud and cannot be placed: unknown.
    token: "aws:sns/topicSubscription:TopicSubscription",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (sns/topicSubscription.d.ts); https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html",
    configures: { property: "topic", referenceKind: "arn", targets: ["aws:sns/topic:Topic"] },
    identities: ["arn", "id"],
    flows: flowAt("transfer", "endpoint", (out, kind, property, raw) => {
      const read = readValue(raw);
      if (read.state === "value" && !read.value.startsWith("arn:")) return out.unknown(kind, property);
      arnOrResource(out, kind, property, raw);
    }),
  },
];
