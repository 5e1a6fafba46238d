// azure:loganalytics/* — classic Log Analytics dedicated clusters and data export rules
// (@pulumi/azure 6.40, loganalytics/cluster.d.ts `ClusterArgs` {identity, location, sizeGb, tags,
// ...}; loganalytics/clusterCustomerManagedKey.d.ts {keyVaultKeyId, logAnalyticsClusterId};
// loganalytics/dataExportRule.d.ts `DataExportRuleArgs` {destinationResourceId ("a storage
// account, an event hub namespace or an event hub"), enabled ("Defaults to `false`"), tableNames,
// workspaceResourceId}).
import { Destinations, field, readBoolean } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { ANALYTICS_WORKSPACE } from "./operationalinsights";
import { classicConfigures, classicData } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (loganalytics/*.d.ts); https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export";

/**
 * An enabled rule copies every new record of `tableNames` to `destinationResourceId` (an ARM id
 * the stack resolves). `enabled` absent is false (the SDK's default): nothing is exported;
 * unknown at preview: the destination cannot be verified.
 */
const exportFlows: FlowFunction = (props) => {
  const enabled = readBoolean(field(props, "enabled"));
  if (enabled.state === "absent" || (enabled.state === "value" && !enabled.value)) return [];
  const out = new Destinations("azure");
  if (enabled.state === "unknown") out.unknown("transfer", "enabled");
  reference("id")(out, "transfer", "destinationResourceId", field(props, "destinationResourceId"));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    // Holds the logs of the workspaces linked to it.
    token: "azure:loganalytics/cluster:Cluster",
    category: "log",
    source: SOURCE,
    identities: ["name", "id", "clusterId"],
    encryption: {
      kind: "gap",
      reason:
        "a classic Log Analytics cluster's customer-managed key is a separate resource (`clusterCustomerManagedKey`, by `logAnalyticsClusterId`) the model does not join",
    },
  }),
  // Judged with the workspace whose tables it exports.
  classicConfigures({
    token: "azure:loganalytics/dataExportRule:DataExportRule",
    source: SOURCE,
    of: { property: "workspaceResourceId", referenceKind: "id", token: ANALYTICS_WORKSPACE },
    identities: ["name", "id"],
    flows: exportFlows,
  }),
];
