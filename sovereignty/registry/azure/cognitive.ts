// azure:cognitive/* — classic Azure AI Services / Azure OpenAI accounts and model deployments
// (@pulumi/azure 6.40, cognitive/account.d.ts `AccountArgs` {customerManagedKey, kind, location,
// skuName, tags, ...}; cognitive/aiservices.d.ts `AIServicesArgs` {customerManagedKey, location,
// tags, ...}; cognitive/deployment.d.ts `DeploymentArgs` {cognitiveAccountId, model, name, sku};
// types/input.d.ts cognitive.AccountCustomerManagedKey {keyVaultKeyId, identityClientId},
// cognitive.AIServicesCustomerManagedKey {keyVaultKeyId, managedHsmKeyId}, cognitive.DeploymentSku
// {name, capacity, ...}).
//
// A deployment's `sku.name` says where prompts and completions are processed, read by the same
// flow function as the azure-native deployment's (`Global*` anywhere, `DataZone*` the account's
// data zone). It has no location and no tags of its own: it runs in, and processes the data of,
// the account its `cognitiveAccountId` (an ARM id) names
// (docs/decisions/2026-11-30-processing-judged-with-its-holder.md).
import type { TypeDeclaration } from "../types";
import { deploymentSkuFlows } from "../azure-native/cognitiveservices";
import { classicData, classicProcessing, keyIdOr, placedBy } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (cognitive/*.d.ts); https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types";
const ACCOUNT = "azure:cognitive/account:Account";
const AI_SERVICES = "azure:cognitive/aIServices:AIServices";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    // Holds uploaded files, fine-tuned models, stored completions and agent threads.
    token: ACCOUNT,
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    // Always encrypted; `customerManagedKey.keyVaultKeyId` is the account key when set
    // (https://learn.microsoft.com/azure/ai-services/encryption/cognitive-services-encryption-keys-portal).
    encryption: { kind: "reader", read: keyIdOr(["customerManagedKey", "keyVaultKeyId"]) },
  }),
  classicData({
    token: AI_SERVICES,
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: {
      kind: "reader",
      read: keyIdOr(["customerManagedKey", "keyVaultKeyId"], ["customerManagedKey", "managedHsmKeyId"]),
    },
  }),
  classicProcessing({
    token: "azure:cognitive/deployment:Deployment",
    source: SOURCE,
    identities: ["name", "id"],
    // No location of its own: it runs in its account's region.
    location: placedBy("cognitiveAccountId", ACCOUNT, AI_SERVICES),
    tags: { kind: "none", reason: "`DeploymentArgs` takes no tags (@pulumi/azure 6.40)" },
    flows: deploymentSkuFlows(["sku"]),
    // Without a zone of its own (it cannot carry tags), the account's tags judge where its SKU sends data.
    dataOf: { property: "cognitiveAccountId", targets: [ACCOUNT, AI_SERVICES] },
  }),
];
