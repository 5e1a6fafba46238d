// azure-native:netapp:* — Azure NetApp Files volumes (@pulumi/azure-native 3.28,
// netapp/capacityPoolVolume.d.ts `CapacityPoolVolumeArgs` {accountName, dataProtection,
// encryptionKeySource, location, poolName, tags, volumeName, ...}; types/input.d.ts
// netapp.VolumePropertiesDataProtectionArgs.replication → ReplicationObjectArgs {endpointType,
// remoteVolumeRegion, remoteVolumeResourceId, replicationSchedule}; enums netapp.EndpointType src | dst).
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString as readProperty } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (netapp/capacityPoolVolume.d.ts); https://learn.microsoft.com/azure/azure-netapp-files/cross-region-replication-introduction";

/** `dataProtection.replication`, when set: its endpoint type (`src` / `dst`, default `dst`) and the object. */
function replication(
  props: Readonly<Record<string, unknown>>,
):
  | { state: "unknown" }
  | { state: "absent" }
  | { state: "value"; role: "src" | "dst"; value: Readonly<Record<string, unknown>> } {
  const protection = readObject(field(props, "dataProtection"));
  if (protection.state !== "value") return protection;
  const rep = readObject(field(protection.value, "replication"));
  if (rep.state !== "value") return rep;
  const type = readString(field(rep.value, "endpointType"));
  return {
    state: "value",
    role: type.state === "value" && type.value.toLowerCase() === "src" ? "src" : "dst",
    value: rep.value,
  };
}

/**
 * Cross-region replication is declared on the DESTINATION volume (`endpointType` `dst`, the
 * default): it names the source volume in `remoteVolumeResourceId` (in `remoteVolumeRegion`),
 * so this volume is a copy of that one (an origin). A `src` endpoint names its destination: a flow.
 */
const volumeOrigins: OriginFunction = (props) => {
  const rep = replication(props);
  if (rep.state === "unknown")
    return [
      {
        kind: "replication",
        cloud: "azure",
        property: "dataProtection.replication",
        source: { kind: "unknown" },
      },
    ];
  if (rep.state === "absent" || rep.role !== "dst") return [];
  const region = readString(field(rep.value, "remoteVolumeRegion"));
  return referenceOrigin(
    "azure",
    "replication",
    "dataProtection.replication.remoteVolumeResourceId",
    field(rep.value, "remoteVolumeResourceId"),
    "id",
  ).map((o) => (region.state === "value" ? { ...o, sourceRegion: region.value } : o));
};

const volumeFlows: FlowFunction = (props) => {
  const out = new Destinations("azure");
  const rep = replication(props);
  if (rep.state !== "value" || rep.role !== "src") return out.list();
  const region = readString(field(rep.value, "remoteVolumeRegion"));
  const at = "dataProtection.replication";
  if (region.state === "unknown") out.unknown("replication", `${at}.remoteVolumeRegion`);
  else if (region.state === "value")
    out.location("replication", `${at}.remoteVolumeRegion`, "regions", region.value);
  else {
    const id = readString(field(rep.value, "remoteVolumeResourceId"));
    if (id.state === "unknown") out.unknown("replication", `${at}.remoteVolumeResourceId`);
    if (id.state === "value") out.resource("replication", `${at}.remoteVolumeResourceId`, id.value, "id");
  }
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:netapp:CapacityPoolVolume",
    category: "storage",
    source: SOURCE,
    identities: ["volumeName", "name", "id", "accountName"],
    flows: volumeFlows,
    origins: volumeOrigins,
    // Always encrypted; `encryptionKeySource` `Microsoft.KeyVault` uses the key set on the NetApp
    // account (`azure-native:netapp:Account` `encryption`), which the model does not join.
    encryption: {
      kind: "reader",
      read: (p) => {
        const source = readProperty(p, ["encryptionKeySource"]);
        if (source.kind === "unknown") return { kind: "unknown", property: source.property, atRest: "on" };
        if (source.kind === "value" && (source.value as string).toLowerCase() === "microsoft.keyvault")
          return {
            kind: "not-modelled",
            reason:
              "the customer-managed key of a NetApp volume is set on its NetApp account (`encryption.keyVaultProperties`), which the model does not join",
          };
        return { kind: "provider-default", property: "encryptionKeySource" };
      },
    },
  }),
];
