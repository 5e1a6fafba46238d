// gcp:storage/* — Cloud Storage buckets and bucket IAM (@pulumi/gcp 9.37, storage/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { PUBLIC_MEMBERS } from "../../controls/publicAccessRead";
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field, forEachItem, readArray, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readArray as readPropertyArray, readString as readProperty } from "../../resource/properties";
import { isUnknown } from "../../values";
import { LABELS } from "../common";
import { allFlows, reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE = "@pulumi/gcp 9.37 (storage/*.d.ts); https://cloud.google.com/storage/docs/locations";
const BUCKET = "gcp:storage/bucket:Bucket";

/**
 * location and customPlacementConfig.dataLocations[] (`BucketCustomPlacementConfig`). With custom
 * placement the data sits in the listed regions only (the `location` code just bounds them), so
 * each region is a destination; otherwise a multi- or dual-region `location` is one destination
 * in the `gcs` namespace.
 */
const bucketFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const placement = readObject(field(props, "customPlacementConfig"));
  if (placement.state === "unknown")
    return (out.unknown("multi-location", "customPlacementConfig"), out.list());
  const locations = field(placement.state === "value" ? placement.value : undefined, "dataLocations");
  if (readArray(locations).state === "absent") {
    wideLocation(out, "location", field(props, "location"), "gcs", true);
    return out.list();
  }
  forEachItem(out, "multi-location", locations, "customPlacementConfig.dataLocations", (r, at) => {
    const region = readString(r);
    if (region.state === "unknown") out.unknown("multi-location", at);
    if (region.state === "value") out.location("multi-location", at, "regions", region.value.toLowerCase());
  });
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: BUCKET,
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: { properties: ["location"], service: "gcs", providerDefault: false },
    tags: LABELS,
    identities: ["name", "id"],
    flows: bucketFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["encryption", "defaultKmsKeyName"]) },
    // A bucket retention policy (Bucket Lock) keeps objects for `retentionPeriod` seconds.
    immutability: (p) => {
      const period = readProperty(p, ["retentionPolicy", "retentionPeriod"]);
      if (period.kind === "unknown") return { kind: "unknown", property: period.property };
      if (period.kind === "absent")
        return { kind: "mutable", property: "retentionPolicy", detail: "no retention policy" };
      const seconds = Number(period.value);
      return {
        kind: "immutable",
        property: period.property,
        ...(Number.isFinite(seconds) ? { retentionDays: seconds / 86400 } : {}),
      };
    },
  },
  {
    token: "gcp:storage/bucketIAMMember:BucketIAMMember",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    identities: ["bucket", "id"],
    configures: { property: "bucket", referenceKind: "name", targets: [BUCKET] },
    publicAccess: (p) => {
      const read = readProperty(p, ["member"]);
      if (read.kind === "unknown") return { kind: "unknown", property: read.property };
      return read.kind === "value" && PUBLIC_MEMBERS.test(read.value as string)
        ? { kind: "public", property: "member", detail: `member \`${String(read.value)}\`` }
        : { kind: "private" };
    },
  },
  {
    token: "gcp:storage/bucketIAMBinding:BucketIAMBinding",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    identities: ["bucket", "id"],
    configures: { property: "bucket", referenceKind: "name", targets: [BUCKET] },
    publicAccess: (p) => {
      const members = readPropertyArray(p, ["members"]);
      if (members.kind === "unknown") return { kind: "unknown", property: members.property };
      if (members.kind === "absent") return { kind: "private" };
      for (const [i, m] of members.value.entries()) {
        if (isUnknown(m)) return { kind: "unknown", property: `members[${i}]` };
        if (typeof m === "string" && PUBLIC_MEMBERS.test(m))
          return { kind: "public", property: `members[${i}]`, detail: `member \`${m}\`` };
      }
      return { kind: "private" };
    },
  },
  // Added for issue 12: Storage Transfer Service jobs copy a bucket's objects into another bucket.
  {
    // Judged with the SOURCE bucket's tags (a copy keeps its source's classification); the sink
    // bucket, resolved by name in the stack, is where the data goes: `transferSpec` (scheduled
    // copies) or `replicationSpec` (event-driven replication).
    token: "gcp:storage/transferJob:TransferJob",
    cloud: "gcp",
    class: "configures",
    source:
      "@pulumi/gcp 9.37 (storage/transferJob.d.ts; types/input.d.ts storage.TransferJobTransferSpec{,GcsDataSource,GcsDataSink}, TransferJobReplicationSpec); https://cloud.google.com/storage-transfer/docs/overview",
    configures: {
      property: "transferSpec.gcsDataSource.bucketName",
      referenceKind: "name",
      targets: [BUCKET],
    },
    identities: ["name", "id"],
    flows: allFlows(
      flowAt("transfer", "transferSpec.gcsDataSink.bucketName", reference("name")),
      flowAt("replication", "replicationSpec.gcsDataSink.bucketName", reference("name")),
    ),
  },
];
