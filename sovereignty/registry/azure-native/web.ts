// azure-native:web:WebApp — App Service apps and Function Apps (`kind` `functionapp`) run code over data in their region (@pulumi/azure-native 3.28 web/webApp.d.ts WebAppArgs: location, tags).
import type { TypeDeclaration } from "../types";
import { azureProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureProcessing({
    token: "azure-native:web:WebApp",
    source:
      "@pulumi/azure-native 3.28 web/webApp.d.ts WebAppArgs; https://learn.microsoft.com/azure/app-service/overview",
    identities: ["name", "id"],
  }),
];
