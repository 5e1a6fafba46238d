// aws:dax/* — DynamoDB Accelerator clusters: a cache of DynamoDB items (@pulumi/aws 7.48,
// dax/cluster.d.ts `ClusterArgs` {clusterName, serverSideEncryption, region, tags, ...};
// types/input.d.ts dax.ClusterServerSideEncryption {enabled}).
import { readBoolean } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (dax/cluster.d.ts); https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:dax/cluster:Cluster",
    category: "cache",
    source: SOURCE,
    identities: ["clusterName", "arn", "id"],
    // Off unless `serverSideEncryption.enabled`; DAX encrypts with an AWS owned key only (no key input).
    encryption: {
      kind: "reader",
      read: (p) => {
        const enabled = readBoolean(p, ["serverSideEncryption", "enabled"]);
        if (enabled.kind === "unknown")
          return { kind: "unknown", property: enabled.property, atRest: "unknown" };
        return enabled.kind === "value" && enabled.value === true
          ? { kind: "provider-default", property: enabled.property }
          : { kind: "disabled", property: enabled.property };
      },
    },
  }),
];
