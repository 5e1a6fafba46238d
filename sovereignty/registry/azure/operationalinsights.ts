// azure:operationalinsights/* — classic Log Analytics workspaces (@pulumi/azure 6.40,
// operationalinsights/analyticsWorkspace.d.ts `AnalyticsWorkspaceArgs` {cmkForQueryForced,
// location, name, retentionInDays, sku, tags, ...}). No geo-replication input: logs stay in the
// workspace's `location`; where they are exported is a data export rule (./loganalytics.ts).
import type { TypeDeclaration } from "../types";
import { classicData } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (operationalinsights/analyticsWorkspace.d.ts); https://learn.microsoft.com/azure/azure-monitor/logs/customer-managed-keys";

/** Named by the classic Log Analytics data export rule (`workspaceResourceId`); declared here only. */
export const ANALYTICS_WORKSPACE = "azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: ANALYTICS_WORKSPACE,
    category: "log",
    source: SOURCE,
    identities: ["name", "id", "workspaceId"],
    encryption: {
      kind: "gap",
      reason:
        "a Log Analytics customer-managed key is set on a dedicated cluster (`loganalytics/clusterCustomerManagedKey`) the workspace is linked to (`loganalytics/linkedService`), not on the workspace; the model does not join them",
    },
  }),
];
