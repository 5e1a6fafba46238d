// azure-native:servicebus:* — Service Bus namespaces (@pulumi/azure-native 3.28, servicebus/*.d.ts).
import { namespaceKey } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (servicebus/*.d.ts); https://learn.microsoft.com/azure/service-bus-messaging/configure-customer-managed-key";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:servicebus:Namespace",
    ...AZURE_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: namespaceKey },
  },
];
