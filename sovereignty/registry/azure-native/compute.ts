// azure-native:compute:* — managed disks, snapshots and disk encryption sets (@pulumi/azure-native
// 3.28, compute/disk.d.ts, compute/snapshot.d.ts, compute/diskEncryptionSet.d.ts; enums
// compute.EncryptionType).
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import { readString, type PropertyBag } from "../../resource/properties";
import { AZURE_DATA, AZURE_LOCATION, TAGS } from "../common";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { regionName } from "../../flows/read";
import { each, fieldOf, type Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, azureProcessing, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (compute/*.d.ts); https://learn.microsoft.com/azure/virtual-machines/disk-encryption#restrictions";

/**
 * `encryption.type` and `encryption.diskEncryptionSetId` (`EncryptionArgs`). The CMK is referenced
 * through a disk encryption set (a resource id, no region); Azure requires the set in the disk's region.
 */
function diskKey(p: PropertyBag): EncryptionReading {
  const type = readString(p, ["encryption", "type"]);
  if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "on" };
  if (type.kind === "value" && type.value === "EncryptionAtRestWithPlatformKey")
    return { kind: "provider-default", property: type.property };
  const set = readString(p, ["encryption", "diskEncryptionSetId"]);
  if (set.kind === "absent" && type.kind === "value")
    // A customer-key type without its set: the provider rejects it; nothing to place.
    return { kind: "unknown", property: set.property, atRest: "on" };
  return keyOr(set, { kind: "provider-default", property: "encryption.type" });
}

/**
 * An image version's target regions (`targetRegions[].name`: the azure-native
 * `publishingProfile.targetRegions`, the classic `targetRegions`): each one holds a replica.
 */
export const targetRegionNames: Emit = each(fieldOf("name", regionName));

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:compute:Disk",
    ...AZURE_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: diskKey },
  },
  {
    token: "azure-native:compute:Snapshot",
    ...AZURE_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: diskKey },
    immutability: immutabilityGap(
      "a managed-disk snapshot has no immutability setting; keep backups in a Recovery Services or Backup vault with immutability",
    ),
  },
  {
    // A disk names its customer-managed key through a disk encryption set, which Azure requires in
    // the disk's region. The set holds no data (it points at a Key Vault key) and carries its own
    // location and tags: control plane, marked as a key so that disk keys are placed through it
    // (docs/decisions/2026-11-30-registry.md).
    token: "azure-native:compute:DiskEncryptionSet",
    cloud: "azure",
    class: "control-plane",
    source: SOURCE,
    location: AZURE_LOCATION,
    tags: TAGS,
    identities: ["name", "id", "diskEncryptionSetName"],
    key: true,
  },
  // Added for issue 12 (processing): virtual machines and scale sets process data in their region.
  azureProcessing({
    token: "azure-native:compute:VirtualMachine",
    source:
      "@pulumi/azure-native 3.28 VirtualMachineArgs (compute/virtualMachine.d.ts: location, tags, vmName)",
    identities: ["vmName", "name", "id"],
  }),
  azureProcessing({
    token: "azure-native:compute:VirtualMachineScaleSet",
    source:
      "@pulumi/azure-native 3.28 VirtualMachineScaleSetArgs (compute/virtualMachineScaleSet.d.ts: location, tags, vmScaleSetName)",
    identities: ["vmScaleSetName", "name", "id"],
  }),
  // Added for issue 12: an Azure Compute Gallery image version is replicated to every region of
  // `publishingProfile.targetRegions[].name` (`GalleryImageVersionArgs`; `TargetRegionArgs` {name,
  // encryption, ...}): an image can carry whatever data its source disk held.
  azureData({
    token: "azure-native:compute:GalleryImageVersion",
    category: "backup",
    source:
      "@pulumi/azure-native 3.28 (compute/galleryImageVersion.d.ts); https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery#replication",
    identities: ["galleryImageVersionName", "name", "id"],
    flows: flowAt("replication", "publishingProfile.targetRegions", targetRegionNames),
    encryption: {
      kind: "gap",
      reason:
        "an image version's keys are set per target region (`publishingProfile.targetRegions[].encryption` disk encryption sets), which the model does not read",
    },
    immutability: immutabilityGap("a gallery image version has no retention lock"),
  }),
];
