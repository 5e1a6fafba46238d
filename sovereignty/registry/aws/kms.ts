// aws:kms/* — KMS keys, replica keys, external keys and aliases (@pulumi/aws 7.48, kms/*.d.ts).
import { referenceOrigin } from "../../flows/origin";
import { field, noFlows } from "../../flows/read";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (kms/*.d.ts); https://docs.aws.amazon.com/kms/latest/developerguide/";
const KEY = "aws:kms/key:Key";
const REPLICA_KEY = "aws:kms/replicaKey:ReplicaKey";
const EXTERNAL_KEY = "aws:kms/externalKey:ExternalKey";
const REPLICA_EXTERNAL_KEY = "aws:kms/replicaExternalKey:ReplicaExternalKey";

/** A replica key: it holds the key material of the multi-Region primary `primaryKeyArn` names. */
function replicaKey(token: string): TypeDeclaration {
  return {
    token,
    ...AWS_REGIONAL_DATA,
    category: "key",
    source: SOURCE,
    identities: ["arn", "id", "keyId"],
    flows: noFlows,
    origins: (props) =>
      referenceOrigin("aws", "key-replica", "primaryKeyArn", field(props, "primaryKeyArn"), "id"),
    encryption: { kind: "is-key" },
  };
}

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
  replicaKey(REPLICA_KEY),
  {
    token: EXTERNAL_KEY,
    ...AWS_REGIONAL_DATA,
    category: "key",
    source: SOURCE,
    identities: ["arn", "id"],
    encryption: { kind: "is-key" },
  },
  // `ReplicaExternalKeyArgs` {primaryKeyArn, region, tags, keyMaterialBase64, ...}: the replica,
  // in its own Region, of a multi-Region key with imported key material
  // (https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html).
  replicaKey(REPLICA_EXTERNAL_KEY),
  {
    token: "aws:kms/alias:Alias",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    configures: {
      property: "targetKeyId",
      referenceKind: "id",
      targets: [KEY, REPLICA_KEY, EXTERNAL_KEY, REPLICA_EXTERNAL_KEY],
    },
  },
];
