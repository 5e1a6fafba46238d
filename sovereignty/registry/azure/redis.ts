// azure:redis/* — classic Azure Cache for Redis and its geo-replication links (@pulumi/azure 6.40,
// redis/cache.d.ts `CacheArgs` {location, name, skuName, tags, ...}; redis/linkedServer.d.ts
// `LinkedServerArgs` {linkedRedisCacheId, linkedRedisCacheLocation, resourceGroupName,
// serverRole, targetRedisCacheName}).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { regionName } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { classicConfigures, classicData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (redis/*.d.ts); https://learn.microsoft.com/azure/azure-cache-for-redis/cache-how-to-geo-replication";
const CACHE = "azure:redis/cache:Cache";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: CACHE,
    category: "cache",
    source: SOURCE,
    identities: ["name", "id"],
    // `CacheArgs` has no encryption input: Microsoft-managed keys only (as the azure-native twin).
    encryption: {
      kind: "reader",
      read: serviceKeysOnly("(Azure Cache for Redis: Microsoft-managed keys only)"),
    },
  }),
  // Links the cache `targetRedisCacheName` to a secondary in `linkedRedisCacheLocation` (required):
  // the cache's data is replicated there.
  classicConfigures({
    token: "azure:redis/linkedServer:LinkedServer",
    source: SOURCE,
    of: { property: "targetRedisCacheName", referenceKind: "name", token: CACHE },
    identities: ["name", "id"],
    flows: flowAt("replication", "linkedRedisCacheLocation", regionName),
  }),
];
