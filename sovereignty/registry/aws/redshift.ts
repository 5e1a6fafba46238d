// aws:redshift/* — Redshift clusters (@pulumi/aws 7.48, redshift/*.d.ts `...Args`).
import { always } from "../../controls/encryptionRead";
import { flagTrueIsPublic } from "../../controls/publicAccessRead";
import { readBoolean } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (redshift/*.d.ts); https://docs.aws.amazon.com/redshift/latest/mgmt/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:redshift/cluster:Cluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    // `encrypted` is a string ("true"/"false") defaulting to true (`ClusterArgs`).
    encryption: {
      kind: "reader",
      read: (p) => {
        const enabled = readBoolean(p, ["encrypted"]);
        if (enabled.kind === "unknown")
          return { kind: "unknown", property: enabled.property, atRest: "unknown" };
        if (enabled.kind === "value" && enabled.value === false)
          return { kind: "disabled", property: enabled.property };
        return always(p, ["kmsKeyId"]);
      },
    },
    publicAccess: flagTrueIsPublic(["publiclyAccessible"], "`publiclyAccessible` is true"),
  },
];
