// azure:siterecovery/* — classic Site Recovery replicated VMs (@pulumi/azure 6.40,
// siterecovery/replicatedVM.d.ts `ReplicatedVMArgs` {managedDisks, recoveryVaultName,
// sourceRecoveryFabricName, sourceVmId ("Id of the VM to replicate"), targetRecoveryFabricId ("Id
// of fabric where the VM replication should be handled when a failover is done"),
// targetResourceGroupId, ...}: no `location` and no `tags`; siterecovery/fabric.d.ts `FabricArgs`
// {location ("In what region should the fabric be located"), recoveryVaultName, ...}).
//
// A replicated VM is the copy of a machine's disks kept in the recovery region. That region is
// its target fabric's `location` (a resource group's location is only metadata, so
// `targetResourceGroupId` does not place it). Being a copy, it is judged against the zone of the
// VM it copies (`sourceVmId`), not against tags it cannot carry.
import { immutabilityGap } from "../../controls/immutabilityRead";
import { referenceOrigin } from "../../flows/origin";
import { field } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { AZURE_CLASSIC_LOCATION } from "../common";
import { classicData, placedBy } from "./shared";

const FABRIC = "azure:siterecovery/fabric:Fabric";
const SOURCE =
  "@pulumi/azure 6.40 (siterecovery/replicatedVM.d.ts, siterecovery/fabric.d.ts); https://learn.microsoft.com/azure/site-recovery/azure-to-azure-architecture";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // The Azure region a vault replicates from or into; holds no data of its own.
    token: FABRIC,
    cloud: "azure",
    class: "control-plane",
    source: SOURCE,
    identities: ["name", "id"],
    location: AZURE_CLASSIC_LOCATION,
    tags: { kind: "none", reason: "`FabricArgs` takes no tags (@pulumi/azure 6.40)" },
  },
  classicData({
    token: "azure:siterecovery/replicatedVM:ReplicatedVM",
    category: "backup",
    source: SOURCE,
    identities: ["name", "id"],
    location: placedBy("targetRecoveryFabricId", FABRIC),
    tags: { kind: "none", reason: "`ReplicatedVMArgs` takes no tags (@pulumi/azure 6.40)" },
    origins: (props) =>
      referenceOrigin("azure", "replication", "sourceVmId", field(props, "sourceVmId"), "id"),
    encryption: {
      kind: "gap",
      reason:
        "a replica disk's key is per disk (`managedDisks[].targetDiskEncryptionSetId` or `targetDiskEncryption`), which the model does not read",
    },
    immutability: immutabilityGap(
      "Site Recovery keeps recovery points of the replica disks; their retention is the replication policy's (`recoveryReplicationPolicyId`), which the model does not join",
    ),
  }),
];
