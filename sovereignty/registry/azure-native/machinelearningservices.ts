// azure-native:machinelearningservices:* — Azure Machine Learning workspaces (hubs, projects,
// feature stores) and endpoint deployments (@pulumi/azure-native 3.28, machinelearningservices/workspace.d.ts,
// machinelearningservices/endpointDeployment.d.ts
// `WorkspaceArgs` {encryption, location, storageAccount, tags, workspaceName, ...};
// types/input.d.ts machinelearningservices.EncryptionPropertyArgs {status, keyVaultProperties:
// {keyIdentifier, keyVaultArmId}}).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { deploymentSkuFlows } from "./cognitiveservices";
import { azureData, azureProcessing, flowAt } from "./shared";

const WORKSPACE = "azure-native:machinelearningservices:Workspace";

const SOURCE =
  "@pulumi/azure-native 3.28 (machinelearningservices/workspace.d.ts); https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: WORKSPACE,
    category: "storage",
    source: SOURCE,
    identities: ["workspaceName", "name", "id"],
    // Datasets, models and run outputs live in the workspace's storage account (a resource id).
    flows: flowAt("transfer", "storageAccount", reference("id")),
    // `encryption.status` `Enabled` selects `keyVaultProperties.keyIdentifier`; else Microsoft-managed keys.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["encryption", "status"], "Enabled", [
          "encryption",
          "keyVaultProperties",
          "keyIdentifier",
        ]),
    },
  }),
  azureProcessing({
    // A deployment on a workspace endpoint (`EndpointDeploymentArgs` {endpointName, properties,
    // workspaceName, ...}); an `Azure.OpenAI` one names its SKU in `properties.sku.name`
    // (`OpenAIEndpointDeploymentResourcePropertiesArgs`, `CognitiveServicesSkuArgs`): Global* SKUs
    // process anywhere, DataZone* within the data zone of its location — its workspace's, as this
    // model places it (the connected AI Services account's region is not joined: a workspace and
    // its account in different data zones cannot be verified).
    token: "azure-native:machinelearningservices:EndpointDeployment",
    source:
      "@pulumi/azure-native 3.28 (machinelearningservices/endpointDeployment.d.ts); https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types",
    location: {
      properties: [],
      service: "regions",
      providerDefault: false,
      parent: { property: "workspaceName", targets: [WORKSPACE] },
    },
    tags: {
      kind: "none",
      reason: "`EndpointDeploymentArgs` has no `tags`: judged with its workspace's (`dataOf`)",
    },
    identities: ["deploymentName", "name", "id"],
    flows: deploymentSkuFlows(["properties", "sku"]),
    // It processes its workspace's data and cannot carry tags: the workspace's tags judge it
    // (`sovereignty.defaults` only where the workspace has none).
    dataOf: { property: "workspaceName", targets: [WORKSPACE] },
  }),
];
