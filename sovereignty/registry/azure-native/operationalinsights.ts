// azure-native:operationalinsights:* — Log Analytics workspaces (@pulumi/azure-native 3.28, operationalinsights/*.d.ts).
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (operationalinsights/*.d.ts); https://learn.microsoft.com/azure/azure-monitor/logs/customer-managed-keys";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:operationalinsights:Workspace",
    ...AZURE_DATA,
    category: "log",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: {
      kind: "gap",
      reason:
        "a Log Analytics customer-managed key is set on a linked dedicated cluster (`azure-native:operationalinsights:Cluster`), not on the workspace",
    },
  },
];
