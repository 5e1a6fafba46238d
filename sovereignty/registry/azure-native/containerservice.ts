// azure-native:containerservice:ManagedCluster — AKS clusters run workloads on nodes in their region (@pulumi/azure-native 3.28 containerservice/managedCluster.d.ts ManagedClusterArgs: location, tags).
import type { TypeDeclaration } from "../types";
import { azureProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureProcessing({
    token: "azure-native:containerservice:ManagedCluster",
    source:
      "@pulumi/azure-native 3.28 containerservice/managedCluster.d.ts ManagedClusterArgs; https://learn.microsoft.com/azure/aks/what-is-aks",
    identities: ["resourceName", "name", "id"],
  }),
];
