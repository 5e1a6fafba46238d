// aws:elasticache/* — ElastiCache replication groups, clusters and serverless caches (@pulumi/aws 7.48, elasticache/*.d.ts `...Args`).
import { always, flagged, inherited, keyOr } from "../../controls/encryptionRead";
import { readBoolean, readString } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { globalOf, memberOf } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (elasticache/*.d.ts); https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:elasticache/replicationGroup:ReplicationGroup",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["arn", "id"],
    // Added for issue 12: a secondary of a global datastore holds a copy of its data.
    origins: memberOf("globalReplicationGroupId"),
    // `atRestEncryptionEnabled` defaults to false for `redis`, true for `valkey`.
    encryption: {
      kind: "reader",
      read: (p) => {
        const flag = readBoolean(p, ["atRestEncryptionEnabled"]);
        if (flag.kind === "absent") {
          const engine = readString(p, ["engine"]);
          if (engine.kind === "unknown")
            return { kind: "unknown", property: engine.property, atRest: "unknown" };
          if (engine.kind === "value" && (engine.value as string).toLowerCase() === "valkey")
            return keyOr(readString(p, ["kmsKeyId"]), { kind: "provider-default", property: "engine" });
        }
        return flagged(p, ["atRestEncryptionEnabled"], ["kmsKeyId"]);
      },
    },
  },
  {
    token: "aws:elasticache/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["arn", "id"],
    // `ClusterArgs` has no at-rest setting: a node of a replication group takes the group's; a
    // standalone cluster (memcached, or a single redis node) cannot be encrypted at rest.
    encryption: {
      kind: "reader",
      read: (p) =>
        inherited(p, "replicationGroupId", ["aws:elasticache/replicationGroup:ReplicationGroup"]) ?? {
          kind: "disabled",
          property: "replicationGroupId",
        },
    },
  },
  {
    token: "aws:elasticache/serverlessCache:ServerlessCache",
    ...AWS_REGIONAL_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // `kmsKeyId`: "If no KMS key is provided, a default service key is used."
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  },
  // Added for issue 12: a global datastore, created from (and tagged like) its primary
  // replication group (`GlobalReplicationGroupArgs` {primaryReplicationGroupId, ...}: no tags).
  globalOf({
    token: "aws:elasticache/globalReplicationGroup:GlobalReplicationGroup",
    source:
      "@pulumi/aws 7.48 (elasticache/globalReplicationGroup.d.ts); https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html",
    primary: {
      property: "primaryReplicationGroupId",
      referenceKind: "id",
      token: "aws:elasticache/replicationGroup:ReplicationGroup",
    },
    identities: ["globalReplicationGroupId", "arn", "id"],
  }),
];
