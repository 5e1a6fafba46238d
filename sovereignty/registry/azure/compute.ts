// azure:compute/* — classic virtual machines (@pulumi/azure 6.40, compute/virtualMachine.d.ts,
// compute/linuxVirtualMachine.d.ts, compute/windowsVirtualMachine.d.ts: each `...Args`
// {location, name, tags, ...}). Declared so that what copies a machine (a Site Recovery
// replicated VM, ./siterecovery.ts) can be judged with the machine's tags; placed and tagged the
// usual way, as their module rule classifies them. Shared Image Gallery image versions
// (compute/sharedImageVersion.d.ts `SharedImageVersionArgs` {location, galleryName, imageName,
// targetRegions: SharedImageVersionTargetRegion[] {name, diskEncryptionSetId, regionalReplicaCount,
// storageAccountType, ...}, tags}).
import { immutabilityGap } from "../../controls/immutabilityRead";
import { targetRegionNames } from "../azure-native/compute";
import type { TypeDeclaration } from "../types";
import { classicData, classicProcessing, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (compute/*VirtualMachine.d.ts); https://learn.microsoft.com/azure/virtual-machines/";

/** The machines a replicated VM's `sourceVmId` can name. */
export const VIRTUAL_MACHINES = [
  "azure:compute/virtualMachine:VirtualMachine",
  "azure:compute/linuxVirtualMachine:LinuxVirtualMachine",
  "azure:compute/windowsVirtualMachine:WindowsVirtualMachine",
] as const;

export const DECLARATIONS: readonly TypeDeclaration[] = [
  ...VIRTUAL_MACHINES.map((token) =>
    classicProcessing({ token, source: SOURCE, identities: ["name", "id"] }),
  ),
  // The classic twin of `azure-native:compute:GalleryImageVersion` (../azure-native/compute.ts):
  // the version is replicated to every region of `targetRegions[].name` ("The Azure Region in
  // which this Image Version should exist"), with the same flow reader.
  classicData({
    token: "azure:compute/sharedImageVersion:SharedImageVersion",
    category: "backup",
    source:
      "@pulumi/azure 6.40 (compute/sharedImageVersion.d.ts); https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery#replication",
    identities: ["name", "id"],
    flows: flowAt("replication", "targetRegions", targetRegionNames),
    encryption: {
      kind: "gap",
      reason:
        "an image version's keys are set per target region (`targetRegions[].diskEncryptionSetId`), which the model does not read",
    },
    immutability: immutabilityGap("a shared image version has no retention lock"),
  }),
];
