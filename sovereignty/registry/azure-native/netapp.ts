// azure-native:netapp:* — Azure NetApp Files volumes (@pulumi/azure-native 3.28,
// netapp/capacityPoolVolume.d.ts `CapacityPoolVolumeArgs` {accountName, dataProtection,
// encryptionKeySource, location, poolName, tags, volumeName, ...}; types/input.d.ts
// netapp.VolumePropertiesDataProtectionArgs.replication → ReplicationObjectArgs {endpointType,
// remoteVolumeRegion, remoteVolumeResourceId, replicationSchedule}; enums netapp.EndpointType src | dst).
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString as readProperty } from "../../resource/properties";
import type { EncryptionReader } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (netapp/capacityPoolVolume.d.ts); https://learn.microsoft.com/azure/azure-netapp-files/cross-region-replication-introduction";

/** Where a volume's replication block sits and which of its fields names the remote region. */
export interface ReplicationBlock {
  /** The block's path (`dataProtection.replication`; classic `dataProtectionReplication`). */
  readonly path: readonly string[];
  /** The remote volume's region (`remoteVolumeRegion`; classic `remoteVolumeLocation`). */
  readonly region: string;
}

const NATIVE_BLOCK: ReplicationBlock = {
  path: ["dataProtection", "replication"],
  region: "remoteVolumeRegion",
};

/** The replication block, when set: its endpoint type (`src` / `dst`, default `dst`) and the object. */
function replication(
  props: Readonly<Record<string, unknown>>,
  block: ReplicationBlock,
):
  | { state: "unknown" }
  | { state: "absent" }
  | { state: "value"; role: "src" | "dst"; value: Readonly<Record<string, unknown>> } {
  let current: unknown = props;
  for (const step of block.path) {
    const read = readObject(field(current as Readonly<Record<string, unknown>>, step));
    if (read.state !== "value") return read;
    current = read.value;
  }
  const rep = current as Readonly<Record<string, unknown>>;
  const type = readString(field(rep, "endpointType"));
  return {
    state: "value",
    role: type.state === "value" && type.value.toLowerCase() === "src" ? "src" : "dst",
    value: rep,
  };
}

/**
 * Cross-region replication is declared on the DESTINATION volume (`endpointType` `dst`, the
 * default): it names the source volume in `remoteVolumeResourceId` (in the block's remote region),
 * so this volume is a copy of that one (an origin). A `src` endpoint names its destination: a flow.
 * Shared with the classic volume (`azure:netapp/volume:Volume`).
 */
export function volumeOrigins(block: ReplicationBlock): OriginFunction {
  const at = block.path.join(".");
  return (props) => {
    const rep = replication(props, block);
    if (rep.state === "unknown")
      return [{ kind: "replication", cloud: "azure", property: at, source: { kind: "unknown" } }];
    if (rep.state === "absent" || rep.role !== "dst") return [];
    const region = readString(field(rep.value, block.region));
    return referenceOrigin(
      "azure",
      "replication",
      `${at}.remoteVolumeResourceId`,
      field(rep.value, "remoteVolumeResourceId"),
      "id",
    ).map((o) => (region.state === "value" ? { ...o, sourceRegion: region.value } : o));
  };
}

/** A `src` endpoint's destination: the remote region, else the remote volume the stack resolves. */
export function volumeFlows(block: ReplicationBlock): FlowFunction {
  const at = block.path.join(".");
  return (props) => {
    const out = new Destinations("azure");
    const rep = replication(props, block);
    if (rep.state !== "value" || rep.role !== "src") return out.list();
    const region = readString(field(rep.value, block.region));
    if (region.state === "unknown") out.unknown("replication", `${at}.${block.region}`);
    else if (region.state === "value")
      out.location("replication", `${at}.${block.region}`, "regions", region.value);
    else {
      const id = readString(field(rep.value, "remoteVolumeResourceId"));
      if (id.state === "unknown") out.unknown("replication", `${at}.remoteVolumeResourceId`);
      if (id.state === "value") out.resource("replication", `${at}.remoteVolumeResourceId`, id.value, "id");
    }
    return out.list();
  };
}

/**
 * Always encrypted; `encryptionKeySource` `Microsoft.KeyVault` uses the key set on the NetApp
 * account (`account`), which the model does not join.
 */
export function volumeEncryption(account: string): EncryptionReader {
  return (p) => {
    const source = readProperty(p, ["encryptionKeySource"]);
    if (source.kind === "unknown") return { kind: "unknown", property: source.property, atRest: "on" };
    if (source.kind === "value" && (source.value as string).toLowerCase() === "microsoft.keyvault")
      return {
        kind: "not-modelled",
        reason: `the customer-managed key of a NetApp volume is set on its NetApp account (${account}), which the model does not join`,
      };
    return { kind: "provider-default", property: "encryptionKeySource" };
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:netapp:CapacityPoolVolume",
    category: "storage",
    source: SOURCE,
    identities: ["volumeName", "name", "id", "accountName"],
    flows: volumeFlows(NATIVE_BLOCK),
    origins: volumeOrigins(NATIVE_BLOCK),
    encryption: {
      kind: "reader",
      read: volumeEncryption("`azure-native:netapp:Account` `encryption.keyVaultProperties`"),
    },
  }),
];
