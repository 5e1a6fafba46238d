// azure:eventhub/* — classic Event Hubs namespaces and their geo-disaster-recovery pairings
// (@pulumi/azure 6.40, eventhub/eventHubNamespace.d.ts `EventHubNamespaceArgs` {location, sku,
// tags, ...}; eventhub/eventhubNamespaceDisasterRecoveryConfig.d.ts
// `EventhubNamespaceDisasterRecoveryConfigArgs` {name, namespaceName, partnerNamespaceId,
// resourceGroupName}).
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicConfigures, classicData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (eventhub/*.d.ts); https://learn.microsoft.com/azure/event-hubs/event-hubs-geo-dr";
const NAMESPACE = "azure:eventhub/eventHubNamespace:EventHubNamespace";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: NAMESPACE,
    category: "queue",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: {
      kind: "gap",
      reason:
        "a classic Event Hubs namespace's customer-managed key is a separate resource (`namespaceCustomerManagedKey`, by `eventhubNamespaceId`) the model does not join",
    },
  }),
  // On failover the alias moves to `partnerNamespaceId` and new events land there.
  classicConfigures({
    token: "azure:eventhub/eventhubNamespaceDisasterRecoveryConfig:EventhubNamespaceDisasterRecoveryConfig",
    source: SOURCE,
    of: { property: "namespaceName", referenceKind: "name", token: NAMESPACE },
    identities: ["name", "id"],
    flows: flowAt("replication", "partnerNamespaceId", reference("id")),
  }),
];
