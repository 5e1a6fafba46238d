// aws:dsql/* — Aurora DSQL clusters and their multi-Region peerings (@pulumi/aws 7.48,
// dsql/cluster.d.ts `ClusterArgs` {kmsEncryptionKey, multiRegionProperties, region, tags, ...};
// types/input.d.ts dsql.ClusterMultiRegionProperties {clusters, witnessRegion};
// dsql/clusterPeering.d.ts `ClusterPeeringArgs` {identifier, clusters, witnessRegion, region}).
import { regionName } from "../../flows/read";
import { allFlows } from "../paths";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { arnList, awsData, awsOwnedOr, flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (dsql/*.d.ts); https://docs.aws.amazon.com/aurora-dsql/latest/userguide/what-is-aurora-dsql.html";

/**
 * Peered clusters hold the same data (`clusters`: ARNs, Region in each), and the witness Region
 * receives the replicated transaction log (`witnessRegion`): on the cluster under
 * `multiRegionProperties`, on a peering at the top level.
 */
function peers(base: string): FlowFunction {
  const at = (key: string) => (base === "" ? key : `${base}.${key}`);
  return allFlows(
    flowAt("global-table", at("clusters"), arnList),
    flowAt("global-table", at("witnessRegion"), regionName),
  );
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:dsql/cluster:Cluster",
    category: "database",
    source: SOURCE,
    identities: ["identifier", "arn", "id"],
    flows: peers("multiRegionProperties"),
    // `kmsEncryptionKey`: a key ARN, or `AWS_OWNED_KMS_KEY` (the default).
    encryption: { kind: "reader", read: (p) => awsOwnedOr(p, "kmsEncryptionKey") },
  }),
  {
    token: "aws:dsql/clusterPeering:ClusterPeering",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    configures: { property: "identifier", referenceKind: "name", targets: ["aws:dsql/cluster:Cluster"] },
    identities: ["id", "identifier"],
    flows: peers(""),
  },
];
