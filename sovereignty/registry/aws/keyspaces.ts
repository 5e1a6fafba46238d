// aws:keyspaces/* — Amazon Keyspaces (Cassandra) keyspaces and tables (@pulumi/aws 7.48,
// keyspaces/keyspace.d.ts `KeyspaceArgs` {name, region, replicationSpecification, tags};
// keyspaces/table.d.ts `TableArgs` {keyspaceName, encryptionSpecification, region, tags, ...};
// types/input.d.ts keyspaces.KeyspaceReplicationSpecification {regionLists, replicationStrategy},
// keyspaces.TableEncryptionSpecification {type, kmsKeyIdentifier}).
import { keySourceSwitch } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { regionList } from "../paths";
import { awsData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (keyspaces/*.d.ts); https://docs.aws.amazon.com/keyspaces/latest/devguide/multiRegion-replication.html";

/**
 * A multi-Region keyspace replicates every table to each Region of
 * `replicationSpecification.regionLists` (its own Region included).
 */
const keyspaceFlows = flowAt("multi-location", "replicationSpecification.regionLists", regionList);

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:keyspaces/keyspace:Keyspace",
    category: "database",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    flows: keyspaceFlows,
    encryption: {
      kind: "gap",
      reason:
        "Keyspaces encryption is set per table (`aws:keyspaces/table:Table` `encryptionSpecification`), not on the keyspace",
    },
  }),
  awsData({
    token: "aws:keyspaces/table:Table",
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "tableName"],
    // Always encrypted: AWS_OWNED_KMS_KEY (default) or CUSTOMER_MANAGED_KMS_KEY with kmsKeyIdentifier.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["encryptionSpecification", "type"], "CUSTOMER_MANAGED_KMS_KEY", [
          "encryptionSpecification",
          "kmsKeyIdentifier",
        ]),
    },
  }),
];
