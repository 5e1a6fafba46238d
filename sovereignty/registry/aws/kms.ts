// aws:kms/* — KMS keys, replica keys, external keys and aliases (@pulumi/aws 7.48, kms/*.d.ts).
import { referenceOrigin } from "../../flows/origin";
import { field, noFlows } from "../../flows/read";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (kms/*.d.ts); https://docs.aws.amazon.com/kms/latest/developerguide/";
const KEY = "aws:kms/key:Key";
const REPLICA_KEY = "aws:kms/replicaKey:ReplicaKey";
const EXTERNAL_KEY = "aws:kms/externalKey:ExternalKey";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: KEY,
    ...AWS_REGIONAL_DATA,
    category: "key",
    source: SOURCE,
    identities: ["arn", "id", "keyId"],
    // `multiRegion` only makes a key replicable; each replica is a ReplicaKey whose origin names this key.
    flows: noFlows,
    encryption: { kind: "is-key" },
  },
  {
    token: REPLICA_KEY,
    ...AWS_REGIONAL_DATA,
    category: "key",
    source: SOURCE,
    identities: ["arn", "id", "keyId"],
    flows: noFlows,
    // primaryKeyArn: the multi-Region primary whose key material this replica holds.
    origins: (props) =>
      referenceOrigin("aws", "key-replica", "primaryKeyArn", field(props, "primaryKeyArn"), "id"),
    encryption: { kind: "is-key" },
  },
  {
    token: EXTERNAL_KEY,
    ...AWS_REGIONAL_DATA,
    category: "key",
    source: SOURCE,
    identities: ["arn", "id"],
    encryption: { kind: "is-key" },
  },
  {
    token: "aws:kms/alias:Alias",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    configures: { property: "targetKeyId", referenceKind: "id", targets: [KEY, REPLICA_KEY, EXTERNAL_KEY] },
  },
];
