// azure:siterecovery/* — classic Site Recovery fabrics and replicated VMs (@pulumi/azure 6.40,
// siterecovery/fabric.d.ts `FabricArgs` {location ("In what region should the fabric be
// located"), name, recoveryVaultName, resourceGroupName}: no tags; siterecovery/replicatedVM.d.ts
// `ReplicatedVMArgs` {managedDisks, recoveryVaultName, sourceVmId ("Id of the VM to replicate"),
// targetRecoveryFabricId ("Id of fabric where the VM replication should be handled when a
// failover is done"), targetResourceGroupId, ...}: no `location`, no `tags`).
//
// A replicated VM keeps a copy of a machine's disks in the recovery region, which is its target
// fabric's `location` (a resource group's location is only metadata, so `targetResourceGroupId`
// does not place it). It cannot carry tags: it is judged with the tags of the machine it copies
// (`sourceVmId`) and placed where its target fabric is.
import { immutabilityGap } from "../../controls/immutabilityRead";
import { AZURE_CLASSIC_LOCATION } from "../common";
import type { TypeDeclaration } from "../types";
import { VIRTUAL_MACHINES } from "./compute";
import { placedBy } from "./shared";

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
  {
    token: "azure:siterecovery/replicatedVM:ReplicatedVM",
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id"],
    configures: { property: "sourceVmId", referenceKind: "id", targets: VIRTUAL_MACHINES },
    holdsData: { category: "backup", location: placedBy("targetRecoveryFabricId", FABRIC) },
    immutability: immutabilityGap(
      "Site Recovery keeps recovery points of the replica disks; their retention is the replication policy's (`recoveryReplicationPolicyId`), which the model does not join",
    ),
  },
];
