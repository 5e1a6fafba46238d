// gcp:pubsub/* — Pub/Sub topics (@pulumi/gcp 9.37, pubsub/topic.d.ts; input type pubsub.TopicMessageStoragePolicy).
import { always, inherited } from "../../controls/encryptionRead";
import { Destinations, field, forEachItem, readArray, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { GCP_GLOBAL, LABELS } from "../common";
import { allFlows, reference, type Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const TOPIC = "gcp:pubsub/topic:Topic";

/** `{project}.{dataset}.{table}` (or `{project}:{dataset}.{table}`): the dataset, by its id. */
const bigqueryTableDataset: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const parts = read.value.split(/[.:]/);
  out.resource(kind, property, parts.length >= 3 ? parts[parts.length - 2]! : read.value, "name");
};

const SOURCE =
  "@pulumi/gcp 9.37 (pubsub/topic.d.ts); https://cloud.google.com/pubsub/docs/resource-location-restriction";

/**
 * messageStoragePolicy.allowedPersistenceRegions[]. Without a policy Pub/Sub may persist messages
 * in any region (only an organisation's resource-location policy narrows it): the destination is
 * `global` in `regions`, a name no zone contains (fail closed).
 */
const topicFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const policy = readObject(field(props, "messageStoragePolicy"));
  if (policy.state === "unknown") return (out.unknown("message-storage", "messageStoragePolicy"), out.list());
  const regions = policy.state === "value" ? field(policy.value, "allowedPersistenceRegions") : undefined;
  if (readArray(regions).state === "absent")
    return (out.location("message-storage", "messageStoragePolicy", "regions", "global"), out.list());
  forEachItem(out, "message-storage", regions, "messageStoragePolicy.allowedPersistenceRegions", (r, at) => {
    const region = readString(r);
    if (region.state === "unknown") out.unknown("message-storage", at);
    if (region.state === "value") out.location("message-storage", at, "regions", region.value.toLowerCase());
  });
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:pubsub/topic:Topic",
    cloud: "gcp",
    class: "data",
    category: "queue",
    source: SOURCE,
    // A topic is global: where it keeps messages is its flow (message storage policy).
    location: GCP_GLOBAL,
    tags: LABELS,
    identities: ["name", "id"],
    flows: topicFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyName"]) },
  },
  // Added for issue 12: a subscription holds unacknowledged (and retained) messages, and may
  // deliver them into a Cloud Storage bucket or a BigQuery table.
  {
    token: "gcp:pubsub/subscription:Subscription",
    cloud: "gcp",
    class: "data",
    category: "queue",
    source:
      "@pulumi/gcp 9.37 (pubsub/subscription.d.ts; types/input.d.ts pubsub.SubscriptionCloudStorageConfig {bucket}, SubscriptionBigqueryConfig {table}); https://cloud.google.com/pubsub/docs/subscription-overview",
    // Messages are stored where the topic's message storage policy allows (its flow).
    location: GCP_GLOBAL,
    tags: LABELS,
    identities: ["name", "id"],
    flows: allFlows(
      flowAt("transfer", "cloudStorageConfig.bucket", reference("name")),
      flowAt("transfer", "bigqueryConfig.table", bigqueryTableDataset),
    ),
    // Encrypted with its topic's key (`kmsKeyName` on the topic).
    encryption: {
      kind: "reader",
      read: (p) => inherited(p, "topic", [TOPIC]) ?? { kind: "unknown", property: "topic", atRest: "on" },
    },
  },
];
