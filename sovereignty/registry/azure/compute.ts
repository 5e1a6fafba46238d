// azure:compute/* — classic virtual machines (@pulumi/azure 6.40, compute/virtualMachine.d.ts,
// compute/linuxVirtualMachine.d.ts, compute/windowsVirtualMachine.d.ts: each `...Args`
// {location, name, tags, ...}). Declared so that what copies a machine (a Site Recovery
// replicated VM, ./siterecovery.ts) can be judged with the machine's tags; placed and tagged the
// usual way, as their module rule classifies them.
import type { TypeDeclaration } from "../types";
import { classicProcessing } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (compute/*VirtualMachine.d.ts); https://learn.microsoft.com/azure/virtual-machines/";

/** The machines a replicated VM's `sourceVmId` can name. */
export const VIRTUAL_MACHINES = [
  "azure:compute/virtualMachine:VirtualMachine",
  "azure:compute/linuxVirtualMachine:LinuxVirtualMachine",
  "azure:compute/windowsVirtualMachine:WindowsVirtualMachine",
] as const;

export const DECLARATIONS: readonly TypeDeclaration[] = VIRTUAL_MACHINES.map((token) =>
  classicProcessing({ token, source: SOURCE, identities: ["name", "id"] }),
);
