// azure-native:redis:* — Azure Cache for Redis (@pulumi/azure-native 3.28, redis/*.d.ts).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import { field, regionName } from "../../flows/read";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (redis/*.d.ts); https://learn.microsoft.com/azure/redis/how-to-encryption";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:redis:Redis",
    ...AZURE_DATA,
    category: "cache",
    source: SOURCE,
    identities: ["name", "id"],
    // `RedisArgs` (Basic/Standard/Premium) has no encryption input: disks are encrypted with
    // Microsoft-managed keys only; customer-managed keys exist on Azure Managed Redis (`redisenterprise`).
    encryption: {
      kind: "reader",
      read: serviceKeysOnly("(Azure Cache for Redis: Microsoft-managed keys only)"),
    },
  },
  // Added for issue 12: geo-replication link from a primary cache (`name`) to a linked secondary
  // (`LinkedServerArgs` {name, linkedRedisCacheId, linkedRedisCacheLocation, serverRole, ...}).
  {
    token: "azure-native:redis:LinkedServer",
    cloud: "azure",
    class: "configures",
    source:
      "@pulumi/azure-native 3.28 (redis/linkedServer.d.ts); https://learn.microsoft.com/azure/azure-cache-for-redis/cache-how-to-geo-replication",
    configures: { property: "name", referenceKind: "name", targets: ["azure-native:redis:Redis"] },
    identities: ["linkedServerName", "name", "id"],
    // The secondary's location, else the secondary cache (by id) the stack resolves.
    flows: (props, context) =>
      field(props, "linkedRedisCacheLocation") !== undefined
        ? flowAt("replication", "linkedRedisCacheLocation", regionName)(props, context)
        : flowAt("replication", "linkedRedisCacheId", reference("id"))(props, context),
  },
];
