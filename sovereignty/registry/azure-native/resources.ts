// azure-native:resources:* — resource groups (@pulumi/azure-native 3.28, resources/resourceGroup.d.ts).
import { AZURE_RESOURCE_GROUP, AZURE_RESOURCE_GROUP_LOCATION, TAGS } from "../common";
import type { TypeDeclaration } from "../types";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // Holds no data; every azure-native resource without a `location` of its own is placed here.
    token: AZURE_RESOURCE_GROUP,
    cloud: "azure",
    class: "control-plane",
    source:
      "@pulumi/azure-native 3.28 (resources/resourceGroup.d.ts); https://learn.microsoft.com/azure/azure-resource-manager/management/manage-resource-groups-portal",
    location: AZURE_RESOURCE_GROUP_LOCATION,
    tags: TAGS,
    identities: ["name", "id", "resourceGroupName"],
  },
];
