// azure-native:search:* — Azure AI Search services (@pulumi/azure-native 3.28,
// search/service.d.ts `ServiceArgs` {encryptionWithCmk, location, searchServiceName, tags, ...};
// types/input.d.ts search.EncryptionWithCmkArgs {enforcement}).
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (search/service.d.ts); https://learn.microsoft.com/azure/search/search-security-manage-encryption-keys";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:search:Service",
    category: "database",
    source: SOURCE,
    identities: ["searchServiceName", "name", "id"],
    encryption: {
      kind: "gap",
      reason:
        "Azure AI Search customer-managed keys are set per index and synonym map through the data-plane API; `encryptionWithCmk.enforcement` only requires them",
    },
  }),
];
