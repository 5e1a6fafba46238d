// azure-native:servicebus:* — Service Bus namespaces (@pulumi/azure-native 3.28, servicebus/*.d.ts).
import { namespaceKey } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import { Destinations, field, forEachItem, path, readObject, readString, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { geoDrPairing } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (servicebus/*.d.ts); https://learn.microsoft.com/azure/service-bus-messaging/configure-customer-managed-key";

/**
 * Geo-replication (Premium): `geoDataReplication.locations[]` (`GeoDataReplicationPropertiesArgs`,
 * `NamespaceReplicaLocationArgs` {locationName, roleType}) — every `Secondary` replica holds the
 * namespace's messages and metadata. The `Primary` entry is the namespace's own region.
 */
const geoReplicationFlows: FlowFunction = (props) => {
  const out = new Destinations("azure");
  const replication = readObject(field(props, "geoDataReplication"));
  if (replication.state === "unknown") return (out.unknown("replication", "geoDataReplication"), out.list());
  if (replication.state === "absent") return out.list();
  forEachItem(
    out,
    "replication",
    field(replication.value, "locations"),
    "geoDataReplication.locations",
    (loc, at) => {
      const role = readString(field(loc, "roleType"));
      if (role.state === "value" && role.value.toLowerCase() === "primary") return;
      regionName(out, "replication", path(at, "locationName"), field(loc, "locationName"));
    },
  );
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:servicebus:Namespace",
    ...AZURE_DATA,
    category: "queue",
    source: SOURCE,
    identities: ["name", "id"],
    flows: geoReplicationFlows, // added for issue 12
    encryption: { kind: "reader", read: namespaceKey },
  },
  // Added for issue 12: geo-disaster recovery pairing (`DisasterRecoveryConfigArgs` {alias,
  // namespaceName, partnerNamespace, alternateName, resourceGroupName}).
  geoDrPairing(
    "azure-native:servicebus:DisasterRecoveryConfig",
    "azure-native:servicebus:Namespace",
    "@pulumi/azure-native 3.28 (servicebus/disasterRecoveryConfig.d.ts); https://learn.microsoft.com/azure/service-bus-messaging/service-bus-geo-dr",
  ),
];
