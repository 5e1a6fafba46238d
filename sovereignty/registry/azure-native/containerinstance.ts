// azure-native:containerinstance:ContainerGroup — Container instances run containers in their region (@pulumi/azure-native 3.28 containerinstance/containerGroup.d.ts ContainerGroupArgs: location, tags).
import type { TypeDeclaration } from "../types";
import { azureProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureProcessing({
    token: "azure-native:containerinstance:ContainerGroup",
    source:
      "@pulumi/azure-native 3.28 containerinstance/containerGroup.d.ts ContainerGroupArgs; https://learn.microsoft.com/azure/container-instances/container-instances-overview",
    identities: ["containerGroupName", "name", "id"],
  }),
];
