// azure-native:redisenterprise:* — Azure Managed Redis (@pulumi/azure-native 3.28, redisenterprise/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (redisenterprise/*.d.ts); https://learn.microsoft.com/azure/redis/how-to-encryption";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:redisenterprise:RedisEnterprise",
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
];
