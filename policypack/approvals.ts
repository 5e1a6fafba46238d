// Transfer approvals: `transfer-approval: <id>` on a resource names an approval in the policy
// config, which waives exactly the flows from its `from` zone to its `to` (a zone, or one
// location), for the listed classifications, until `expires` (judged at `sovereignty.now`, else
// the current date). Anything else about an approval is a violation of its own.
import { locationInZone } from "../sovereignty";
import type { TagValue } from "../sovereignty/resource";
import type { Classification, Location, Zone } from "../sovereignty/types";
import type { Approval, Settings } from "./settings";

export type ApprovalStatus =
  | { readonly kind: "none" }
  | { readonly kind: "valid"; readonly approval: Approval }
  | { readonly kind: "invalid"; readonly reason: string };

/** Is the approval named by the tag usable for data of this zone and classification at all? */
export function approvalStatus(
  tag: TagValue | undefined,
  zone: Zone | undefined,
  classification: Classification | undefined,
  settings: Settings,
): ApprovalStatus {
  if (!tag) return { kind: "none" };
  const approval = settings.approvals.get(tag.value);
  if (!approval) {
    const known = [...settings.approvals.keys()];
    return {
      kind: "invalid",
      reason: `transfer approval \`${tag.value}\` is not declared in the policy config${known.length ? ` (declared: ${known.join(", ")})` : ""}`,
    };
  }
  if (settings.now.getTime() > approval.expiresAt.getTime()) {
    return { kind: "invalid", reason: `transfer approval \`${approval.id}\` expired on ${approval.expires}` };
  }
  if (zone && approval.from !== zone.id) {
    return {
      kind: "invalid",
      reason: `transfer approval \`${approval.id}\` is for data from zone \`${approval.from}\`, not \`${zone.id}\``,
    };
  }
  if (classification && !approval.classifications.includes(classification)) {
    return {
      kind: "invalid",
      reason: `transfer approval \`${approval.id}\` covers ${approval.classifications.join(", ")} data, not ${classification}`,
    };
  }
  return { kind: "valid", approval };
}

/** Does a valid approval cover a flow to `destination` (a catalog location or a raw name)? */
export function approvalCovers(
  approval: Approval,
  destination: Location | undefined,
  rawName: string,
  settings: Settings,
): boolean {
  const toZone = settings.zones.get(approval.to);
  if (toZone) return locationInZone(destination, toZone);
  const to = approval.to.trim().toLowerCase();
  return (
    (destination?.name.toLowerCase() ?? rawName.trim().toLowerCase()) === to ||
    rawName.trim().toLowerCase() === to
  );
}

/** The waiver for one out-of-zone destination, or why there is none (undefined: no approval tag). */
export function waiver(
  status: ApprovalStatus,
  destination: Location | undefined,
  rawName: string,
  settings: Settings,
): { readonly waived: true } | { readonly waived: false; readonly note: string } {
  if (status.kind === "none") return { waived: false, note: "" };
  if (status.kind === "invalid") return { waived: false, note: ` (${status.reason})` };
  if (approvalCovers(status.approval, destination, rawName, settings)) return { waived: true };
  return {
    waived: false,
    note: ` (transfer approval \`${status.approval.id}\` covers \`${status.approval.to}\` only)`,
  };
}
