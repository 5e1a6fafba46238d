// azure:servicebus/* — classic Service Bus namespaces and their geo-disaster-recovery pairings
// (@pulumi/azure 6.40, servicebus/namespace.d.ts `NamespaceArgs` {customerManagedKey, location,
// sku, tags, ...}; servicebus/namespaceDisasterRecoveryConfig.d.ts
// `NamespaceDisasterRecoveryConfigArgs` {aliasAuthorizationRuleId, name, partnerNamespaceId,
// primaryNamespaceId}; types/input.d.ts servicebus.NamespaceCustomerManagedKey {keyVaultKeyId,
// identityId, ...}).
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicConfigures, classicData, flowAt, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (servicebus/*.d.ts); https://learn.microsoft.com/azure/service-bus-messaging/service-bus-geo-dr";
const NAMESPACE = "azure:servicebus/namespace:Namespace";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: NAMESPACE,
    category: "queue",
    source: SOURCE,
    identities: ["name", "id"],
    // Always encrypted; `customerManagedKey.keyVaultKeyId` (Premium) is the namespace key when set.
    encryption: { kind: "reader", read: keyIdOr(["customerManagedKey", "keyVaultKeyId"]) },
  }),
  // On failover the alias moves to `partnerNamespaceId` and new messages land there: a
  // replication flow to the partner (by ARM id), as the azure-native pairing.
  classicConfigures({
    token: "azure:servicebus/namespaceDisasterRecoveryConfig:NamespaceDisasterRecoveryConfig",
    source: SOURCE,
    of: { property: "primaryNamespaceId", referenceKind: "id", token: NAMESPACE },
    identities: ["name", "id"],
    flows: flowAt("replication", "partnerNamespaceId", reference("id")),
  }),
];
