// azure-native:redisenterprise:* — Azure Managed Redis (@pulumi/azure-native 3.28, redisenterprise/*.d.ts;
// redisenterprise/database.d.ts `DatabaseArgs` {clusterName, databaseName, geoReplication, ...};
// types/input.d.ts redisenterprise.DatabasePropertiesGeoReplicationArgs {groupNickname,
// linkedDatabases: LinkedDatabaseArgs[] {id}}).
import { always } from "../../controls/encryptionRead";
import { field, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { AZURE_DATA } from "../common";
import { each, fieldOf, type Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (redisenterprise/*.d.ts); https://learn.microsoft.com/azure/redis/how-to-encryption";

const GEO_SOURCE =
  "@pulumi/azure-native 3.28 (redisenterprise/database.d.ts); https://learn.microsoft.com/azure/redis/how-to-active-geo-replication";
const CLUSTER = "azure-native:redisenterprise:RedisEnterprise";

/**
 * A linked database's ARM id (`…/redisEnterprise/<cluster>/databases/<database>`) names the
 * cluster its copy lives in: the reference is the cluster's id, because every cluster's database
 * is named `default` and a database's name alone resolves to any of them. The list names every
 * member of the group, this database included: the entry on this database's own cluster
 * (`clusterName`) is no copy elsewhere and is skipped; with `clusterName` unknown at preview it
 * cannot be told apart and stays (cannot verify, never a pass).
 */
function linkedCluster(own: string | undefined): Emit {
  return (out, kind, property, raw) => {
    const read = readString(raw);
    if (read.state === "unknown") return out.unknown(kind, property);
    if (read.state === "absent") return;
    const cluster = /^(.*\/redisenterprise\/([^/]+))\/databases\/[^/]+\/?$/i.exec(read.value);
    if (cluster && own !== undefined && cluster[2]!.toLowerCase() === own) return;
    out.resource(kind, property, cluster ? cluster[1]! : read.value, "id");
  };
}

const databaseFlows: FlowFunction = (props, context) => {
  const own = readString(field(props, "clusterName"));
  const self = own.state === "value" ? own.value.toLowerCase() : undefined;
  return flowAt(
    "replication",
    "geoReplication.linkedDatabases",
    each(fieldOf("id", linkedCluster(self))),
  )(props, context);
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: CLUSTER,
    ...AZURE_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["name", "id"],
    // `location` and `tags`; `encryption.customerManagedKeyEncryption.keyEncryptionKeyUrl`.
    encryption: {
      kind: "reader",
      read: (p) => always(p, ["encryption", "customerManagedKeyEncryption", "keyEncryptionKeyUrl"]),
    },
  },
  {
    // Active geo-replication: every database of the group (up to five, in other regions) holds
    // the same data, written both ways. The list names every member, this database included;
    // the stack places each member's cluster.
    token: "azure-native:redisenterprise:Database",
    cloud: "azure",
    class: "configures",
    source: GEO_SOURCE,
    configures: { property: "clusterName", referenceKind: "name", targets: [CLUSTER] },
    // `name` is `default` on every cluster: linked databases are resolved through their cluster.
    identities: ["name", "id"],
    flows: databaseFlows,
  },
];
