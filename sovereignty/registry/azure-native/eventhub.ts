// azure-native:eventhub:* — Event Hubs namespaces (@pulumi/azure-native 3.28, eventhub/*.d.ts).
import { namespaceKey } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { geoDrPairing } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (eventhub/*.d.ts); https://learn.microsoft.com/azure/event-hubs/configure-customer-managed-key";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:eventhub:Namespace",
    ...AZURE_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: namespaceKey },
  },
  // Added for issue 12: geo-disaster recovery pairing (`DisasterRecoveryConfigArgs` {alias,
  // namespaceName, partnerNamespace, alternateName, resourceGroupName}).
  geoDrPairing(
    "azure-native:eventhub:DisasterRecoveryConfig",
    "azure-native:eventhub:Namespace",
    "@pulumi/azure-native 3.28 (eventhub/disasterRecoveryConfig.d.ts); https://learn.microsoft.com/azure/event-hubs/event-hubs-geo-dr",
  ),
];
