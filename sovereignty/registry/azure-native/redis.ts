// azure-native:redis:* — Azure Cache for Redis (@pulumi/azure-native 3.28, redis/*.d.ts).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

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
];
