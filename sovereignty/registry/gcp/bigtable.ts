// gcp:bigtable/* — Bigtable instances and tables (@pulumi/gcp 9.37, bigtable/instance.d.ts
// `InstanceArgs` {clusters, labels, name, ...}; types/input.d.ts bigtable.InstanceCluster
// {clusterId, zone, kmsKeyName, ...}; bigtable/table.d.ts `TableArgs` {instanceName, name, ...}).
import { always } from "../../controls/encryptionRead";
import { Destinations, field, forEachItem, path, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { gcpData } from "./shared";

const SOURCE =
  "@pulumi/gcp 9.37 (bigtable/*.d.ts); https://cloud.google.com/bigtable/docs/replication-overview";
const INSTANCE = "gcp:bigtable/instance:Instance";

/**
 * Every cluster of an instance holds a full replica of its data. The first cluster's zone is the
 * instance's location (the location rule); each further cluster is a replica in its zone.
 */
const instanceFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  forEachItem(out, "read-replica", field(props, "clusters"), "clusters", (cluster, at) => {
    if (at !== "clusters[0]") regionName(out, "read-replica", path(at, "zone"), field(cluster, "zone"));
  });
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpData({
    token: INSTANCE,
    category: "database",
    source: SOURCE,
    // The first cluster's zone (a zone resolves to its region); else the provider's zone.
    location: {
      properties: ["clusters.0.zone"],
      service: "regions",
      providerDefault: true,
      parse: "gcp-zone",
    },
    identities: ["name", "id"],
    flows: instanceFlows,
    // Always encrypted; each cluster may name a CMEK key (`clusters[].kmsKeyName`, all in one key
    // per cluster's region): the first cluster's is read.
    encryption: { kind: "reader", read: (p) => always(p, ["clusters", 0, "kmsKeyName"]) },
  }),
  {
    // A table lives in its instance (every cluster) and takes its labels and key.
    token: "gcp:bigtable/table:Table",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    configures: { property: "instanceName", referenceKind: "name", targets: [INSTANCE] },
    identities: ["name", "id"],
  },
];
