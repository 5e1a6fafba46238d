// aws:secretsmanager/* — Secrets Manager (@pulumi/aws 7.48, secretsmanager/secret.d.ts).
import { always } from "../../controls/encryptionRead";
import { Destinations, field, forEachItem, path, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/aws 7.48 (secretsmanager/secret.d.ts); https://docs.aws.amazon.com/secretsmanager/latest/userguide/";

/** replicas[].region (`SecretArgs`; input type `SecretReplica`). */
const secretFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "replication", field(props, "replicas"), "replicas", (replica, at) =>
    regionName(out, "replication", path(at, "region"), field(replica, "region")),
  );
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:secretsmanager/secret:Secret",
    ...AWS_REGIONAL_DATA,
    category: "secret",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    flows: secretFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  },
];
