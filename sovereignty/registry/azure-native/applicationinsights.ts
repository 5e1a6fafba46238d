// azure-native:applicationinsights:* — Application Insights components: application telemetry
// (requests, traces, exceptions) (@pulumi/azure-native 3.28, applicationinsights/component.d.ts
// `ComponentArgs` {location, resourceName, tags, workspaceResourceId, ...}).
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:applicationinsights:Component",
    category: "log",
    source:
      "@pulumi/azure-native 3.28 (applicationinsights/component.d.ts); https://learn.microsoft.com/azure/azure-monitor/app/create-workspace-resource",
    identities: ["resourceName", "name", "id"],
    // A workspace-based component stores its telemetry in the Log Analytics workspace it names.
    flows: flowAt("transfer", "workspaceResourceId", reference("id")),
    encryption: {
      kind: "gap",
      reason:
        "telemetry of a workspace-based component is stored (and keyed) in its Log Analytics workspace, whose customer-managed key is set on a linked dedicated cluster; the component has no key input",
    },
  }),
];
