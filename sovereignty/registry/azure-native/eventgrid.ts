// azure-native:eventgrid:* — Event Grid topics, domains and namespaces: events are held for
// delivery and retry (@pulumi/azure-native 3.28, eventgrid/topic.d.ts and domain.d.ts
// {dataResidencyBoundary, location, tags, ...}; eventgrid/namespace.d.ts {location, tags, ...};
// enums eventgrid.DataResidencyBoundary WithinGeopair | WithinRegion).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { azurePrimary, enumValue } from "../../flows/azureGeo";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (eventgrid/*.d.ts); https://learn.microsoft.com/azure/event-grid/geo-disaster-recovery";
const AT = "dataResidencyBoundary";

/**
 * `WithinGeopair`: Event Grid may fail over, and keep events, in the region's pair (the catalog's
 * `pairedRegion`); `WithinRegion` keeps them in the region. Absent: the default is not stated in the
 * SDK and this model cannot verify it, so the destination is unknown; a region without a pair is
 * unknown too.
 */
const residencyFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const boundary = enumValue(field(props, AT));
  if (boundary.state === "value" && boundary.value === "withinregion") return out.list();
  if (boundary.state !== "value" || boundary.value !== "withingeopair")
    return (out.unknown("geo-redundancy", AT), out.list());
  const pair = azurePrimary(context)?.pairedRegion;
  if (pair === undefined) out.unknown("geo-redundancy", AT);
  else out.location("geo-redundancy", AT, "regions", pair);
  return out.list();
};

// Event Grid encrypts events at rest with Microsoft-managed keys; no key input in the SDK.
const EVENT_GRID_KEYS = serviceKeysOnly("(Event Grid: Microsoft-managed keys only)");

function eventGrid(token: string, name: string, withResidency: boolean): TypeDeclaration {
  return azureData({
    token,
    category: "queue",
    source: SOURCE,
    identities: [name, "name", "id"],
    ...(withResidency ? { flows: residencyFlows } : {}),
    encryption: { kind: "reader", read: EVENT_GRID_KEYS },
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  eventGrid("azure-native:eventgrid:Topic", "topicName", true),
  eventGrid("azure-native:eventgrid:Domain", "domainName", true),
  // Namespaces (MQTT, pull delivery) have no data-residency boundary setting.
  eventGrid("azure-native:eventgrid:Namespace", "namespaceName", false),
];
