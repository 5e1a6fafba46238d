// azure:netapp/* — classic Azure NetApp Files volumes (@pulumi/azure 6.40, netapp/volume.d.ts
// `VolumeArgs` {accountName, poolName, location, tags, encryptionKeySource, dataProtectionReplication,
// ...}; types/input.d.ts netapp.VolumeDataProtectionReplication {endpointType, remoteVolumeLocation
// ("Location of the primary volume"), remoteVolumeResourceId ("Resource ID of the primary volume"),
// replicationFrequency}). The module rule classifies the volume as data (storage).
import { volumeEncryption, volumeFlows, volumeOrigins, type ReplicationBlock } from "../azure-native/netapp";
import type { TypeDeclaration } from "../types";
import { classicData } from "./shared";

/** The classic provider's replication block: the azure-native volume's readers, its own field names. */
const BLOCK: ReplicationBlock = { path: ["dataProtectionReplication"], region: "remoteVolumeLocation" };

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:netapp/volume:Volume",
    category: "storage",
    source:
      "@pulumi/azure 6.40 (netapp/volume.d.ts); https://learn.microsoft.com/azure/azure-netapp-files/cross-region-replication-introduction",
    identities: ["name", "id"],
    // A destination volume (`endpointType` `dst`, the default) is a copy of the primary named by
    // `remoteVolumeResourceId`; a `src` endpoint flows to `remoteVolumeLocation`.
    flows: volumeFlows(BLOCK),
    origins: volumeOrigins(BLOCK),
    encryption: {
      kind: "reader",
      read: volumeEncryption("`azure:netapp/accountEncryption:AccountEncryption`"),
    },
  }),
];
