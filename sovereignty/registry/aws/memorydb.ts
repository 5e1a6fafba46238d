// aws:memorydb/* — MemoryDB clusters (@pulumi/aws 7.48, memorydb/*.d.ts `...Args`;
// memorydb/cluster.d.ts `ClusterArgs.multiRegionClusterName`; memorydb/multiRegionCluster.d.ts
// `MultiRegionClusterArgs` {multiRegionClusterNameSuffix, region, tags, ...}, output
// `multiRegionClusterName`).
import { always } from "../../controls/encryptionRead";
import { field } from "../../flows/read";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { AWS_REGIONAL_DATA } from "../common";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (memorydb/*.d.ts); https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html";
const MULTI_REGION_SOURCE =
  "@pulumi/aws 7.48 (memorydb/cluster.d.ts, memorydb/multiRegionCluster.d.ts); https://docs.aws.amazon.com/memorydb/latest/devguide/multi-region.how.html";

/**
 * MemoryDB Multi-Region: a multi-region cluster is a set of regional clusters (one per Region, up
 * to five), each storing the same data; a write to any of them is replicated asynchronously to all
 * the others (the documentation page above, "Concepts"). A regional cluster joins one through
 * `multiRegionClusterName` (the multi-region cluster's generated name). The SDK lists no members
 * on the multi-region cluster, so each member answers for itself both ways: its data flows to the
 * group (placed and tagged where the multi-region cluster is) and it is a replica of the group's
 * data. Unknown at preview: cannot verify.
 */
const memberFlows = flowAt("replication", "multiRegionClusterName", reference("name"));
const memberOrigins: OriginFunction = (props) =>
  referenceOrigin(
    "aws",
    "replication",
    "multiRegionClusterName",
    field(props, "multiRegionClusterName"),
    "name",
  );

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:memorydb/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: `${SOURCE}; ${MULTI_REGION_SOURCE}`,
    identities: ["name", "arn", "id"],
    flows: memberFlows,
    origins: memberOrigins,
    // `kmsKeyArn`; MemoryDB at-rest encryption is always enabled.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyArn"]) },
  },
  {
    // The group its regional clusters replicate through: the module rule's class (memorydb/ holds
    // data), placed by its own `region` and tagged by its `tags`.
    token: "aws:memorydb/multiRegionCluster:MultiRegionCluster",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: MULTI_REGION_SOURCE,
    identities: ["multiRegionClusterName", "arn", "id"],
    encryption: {
      kind: "gap",
      reason:
        "`MultiRegionClusterArgs` has no key input: each regional cluster is encrypted by its own `kmsKeyArn` (`aws:memorydb/cluster:Cluster`)",
    },
  },
];
