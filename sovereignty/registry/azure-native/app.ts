// azure-native:app:ContainerApp — Container Apps run containers in their region (@pulumi/azure-native 3.28 app/containerApp.d.ts ContainerAppArgs: location, tags).
import type { TypeDeclaration } from "../types";
import { azureProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureProcessing({
    token: "azure-native:app:ContainerApp",
    source:
      "@pulumi/azure-native 3.28 app/containerApp.d.ts ContainerAppArgs; https://learn.microsoft.com/azure/container-apps/overview",
    identities: ["containerAppName", "name", "id"],
  }),
];
