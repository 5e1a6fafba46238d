// azure-native:machinelearningservices:* — Azure Machine Learning workspaces (hubs, projects,
// feature stores) (@pulumi/azure-native 3.28, machinelearningservices/workspace.d.ts
// `WorkspaceArgs` {encryption, location, storageAccount, tags, workspaceName, ...};
// types/input.d.ts machinelearningservices.EncryptionPropertyArgs {status, keyVaultProperties:
// {keyIdentifier, keyVaultArmId}}).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (machinelearningservices/workspace.d.ts); https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:machinelearningservices:Workspace",
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
];
