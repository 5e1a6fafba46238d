// azure:storage/* — classic storage accounts (@pulumi/azure 6.40, storage/account.d.ts
// `AccountArgs` {accountReplicationType, allowNestedItemsToBePublic, customerManagedKey,
// immutabilityPolicy, location, publicNetworkAccessEnabled, tags, ...}; types/input.d.ts
// storage.AccountCustomerManagedKey {keyVaultKeyId, managedHsmKeyId, userAssignedIdentityId},
// storage.AccountImmutabilityPolicy {state, periodSinceCreationInDays, ...}).
// storage/objectReplication.d.ts `ObjectReplicationArgs` {destinationStorageAccountId, rules,
// sourceStorageAccountId}.
// Its children (containers, shares, queues, tables) stay classified by their module: they name the
// account by `storageAccountId` / `storageAccountName` and are judged with its tags.
import { immutabilityState } from "../../controls/immutabilityRead";
import type { PublicAccessReading } from "../../controls/types";
import { azurePrimary, enumValue, geoPair, geoRedundantStorage } from "../../flows/azureGeo";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readBoolean, type PropertyBag } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { reference } from "../paths";
import { classicConfigures, classicData, flowAt, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (storage/account.d.ts); https://learn.microsoft.com/azure/storage/common/storage-redundancy";
const ACCOUNT = "azure:storage/account:Account";

/**
 * accountReplicationType `GRS`, `RAGRS`, `GZRS`, `RAGZRS` copy to the secondary region, the pair
 * storage defines (the same table as the azure-native account's `sku.name`); `LRS` / `ZRS` stay.
 */
const accountFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const type = enumValue(field(props, "accountReplicationType"));
  if (type.state === "unknown") out.unknown("geo-redundancy", "accountReplicationType");
  if (type.state === "value" && geoRedundantStorage(type.value))
    geoPair(out, "geo-redundancy", "accountReplicationType", "storage", azurePrimary(context));
  return out.list();
};

/**
 * Anonymous access to blobs: `allowNestedItemsToBePublic` "Defaults to `true`" in the classic
 * provider (storage/account.d.ts), so absent lets any container be opened to anonymous reads —
 * read as public, unlike azure-native's `allowBlobPublicAccess` (absent: the service's default,
 * off). `publicNetworkAccessEnabled` (default true) opens the endpoint to the internet but still
 * requires authorisation; like the azure-native twin's `publicNetworkAccess`, it is not read as
 * public access (https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent).
 */
function accountPublicAccess(p: PropertyBag): PublicAccessReading {
  const nested = readBoolean(p, ["allowNestedItemsToBePublic"]);
  if (nested.kind === "unknown") return { kind: "unknown", property: nested.property };
  if (nested.kind === "value" && nested.value === false) return { kind: "private" };
  return {
    kind: "public",
    property: "allowNestedItemsToBePublic",
    detail:
      nested.kind === "value"
        ? "`allowNestedItemsToBePublic` is true: containers may allow anonymous reads"
        : "`allowNestedItemsToBePublic` is not set and defaults to true: containers may allow anonymous reads",
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: ACCOUNT,
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    flows: accountFlows,
    // Storage service encryption cannot be disabled; `customerManagedKey` picks the key
    // (https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview).
    encryption: {
      kind: "reader",
      read: keyIdOr(["customerManagedKey", "keyVaultKeyId"], ["customerManagedKey", "managedHsmKeyId"]),
    },
    publicAccess: accountPublicAccess,
    // Account-level version-level immutability (WORM) for every blob
    // (https://learn.microsoft.com/azure/storage/blobs/immutable-policy-configure-version-scope).
    immutability: immutabilityState(["immutabilityPolicy", "state"]),
  }),
  // Copies the blobs of `rules[].sourceContainerName` in `sourceStorageAccountId` to the account
  // `destinationStorageAccountId` (an ARM id the stack resolves): judged with the source
  // account's tags, as the azure-native object replication policy is with its account's
  // (https://learn.microsoft.com/azure/storage/blobs/object-replication-overview).
  classicConfigures({
    token: "azure:storage/objectReplication:ObjectReplication",
    source:
      "@pulumi/azure 6.40 (storage/objectReplication.d.ts); https://learn.microsoft.com/azure/storage/blobs/object-replication-overview",
    of: { property: "sourceStorageAccountId", referenceKind: "id", token: ACCOUNT },
    identities: ["id", "sourceObjectReplicationId", "destinationObjectReplicationId"],
    flows: flowAt("replication", "destinationStorageAccountId", reference("id")),
  }),
];
