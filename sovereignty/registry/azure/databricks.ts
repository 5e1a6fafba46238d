// azure:databricks/* — classic Azure Databricks workspaces (@pulumi/azure 6.40,
// databricks/workspace.d.ts `WorkspaceArgs` {customParameters, customerManagedKeyEnabled,
// location, managedServicesCmkKeyVaultKeyId, managedDiskCmkKeyVaultKeyId, sku, tags, ...};
// types/input.d.ts databricks.WorkspaceCustomParameters {storageAccountSkuName ("Defaults to
// `Standard_GRS`"), ...}). The root (DBFS) storage account's key is a separate resource
// (databricks/workspaceRootDbfsCustomerManagedKey.d.ts, by `workspaceId`).
import { rootStorageFlows } from "../azure-native/databricks";
import type { TypeDeclaration } from "../types";
import { classicData } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (databricks/workspace.d.ts); https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:databricks/workspace:Workspace",
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    // The root storage account's SKU, read as the azure-native twin's; absent is the SDK's stated
    // default `Standard_GRS`, which copies to the pair.
    flows: rootStorageFlows(["customParameters", "storageAccountSkuName"], { default: "Standard_GRS" }),
    encryption: {
      kind: "gap",
      reason:
        "a classic Databricks workspace's DBFS root key is a separate resource (`workspaceRootDbfsCustomerManagedKey`, by `workspaceId`) the model does not join; `managedServicesCmkKeyVaultKeyId` covers notebooks only and `managedDiskCmkKeyVaultKeyId` cluster disks",
    },
  }),
];
