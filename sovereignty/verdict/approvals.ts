// Transfer approvals: `transfer-approval: <id>` on a resource names an approval in the policy
// config, which waives exactly the flows from its `from` zone to its `to` (a zone, or one
// location), for the listed classifications, until `expires` (judged at `now`). Anything else
// about an approval is a finding of its own (the approvals rule). Pure: the pack's settings and
// the runner's model both satisfy `ApprovalContext`.
import type { TagValue } from "../tags";
import type { Classification, Zone } from "../types";
import { placeInZone, placeName, type Place } from "./place";

/** One declared approval (`sovereignty.approvals[]`), with its end of validity resolved. */
export interface TransferApproval {
  readonly id: string;
  readonly from: string;
  /** A zone id, or one location name (`us-east-1`). */
  readonly to: string;
  readonly classifications: readonly string[];
  readonly legalBasis: string;
  readonly expires: string;
  /** End of validity (the whole `expires` day, UTC, when only a date is given). */
  readonly expiresAt: Date;
}

/** What judging an approval needs: the declared approvals, the zones `to` may name, and today. */
export interface ApprovalContext {
  readonly approvals: ReadonlyMap<string, TransferApproval>;
  readonly zones: { get(id: string): Zone | undefined };
  readonly now: Date;
}

export type ApprovalStatus =
  | { readonly kind: "none" }
  | { readonly kind: "valid"; readonly approval: TransferApproval }
  | { readonly kind: "invalid"; readonly reason: string };

/** Is the approval named by the tag usable for data of this zone and classification at all? */
export function approvalStatus(
  tag: TagValue | undefined,
  zone: Zone | undefined,
  classification: Classification | undefined,
  context: ApprovalContext,
): ApprovalStatus {
  if (!tag) return { kind: "none" };
  const approval = context.approvals.get(tag.value);
  if (!approval) {
    const known = [...context.approvals.keys()];
    return {
      kind: "invalid",
      reason: `transfer approval \`${tag.value}\` is not declared in the policy config${known.length ? ` (declared: ${known.join(", ")})` : ""}`,
    };
  }
  if (context.now.getTime() > approval.expiresAt.getTime()) {
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

/**
 * Does a valid approval cover this destination? A `to` that is a zone covers every place inside
 * it (a country set only when every country is inside; `worldwide` never); any other `to` names
 * one location, matched by name.
 */
export function approvalCovers(approval: TransferApproval, place: Place, context: ApprovalContext): boolean {
  const toZone = context.zones.get(approval.to);
  if (toZone) return placeInZone(place, toZone);
  const to = approval.to.trim().toLowerCase();
  return placeName(place).some((name) => name.trim().toLowerCase() === to);
}

export type Waiver = { readonly waived: true } | { readonly waived: false; readonly note: string };

/** The waiver for one out-of-zone place, or why there is none (`note`: "" or " (reason)"). */
export function waiver(status: ApprovalStatus, place: Place, context: ApprovalContext): Waiver {
  if (status.kind === "none") return { waived: false, note: "" };
  if (status.kind === "invalid") return { waived: false, note: ` (${status.reason})` };
  if (approvalCovers(status.approval, place, context)) return { waived: true };
  return {
    waived: false,
    note: ` (transfer approval \`${status.approval.id}\` covers \`${status.approval.to}\` only)`,
  };
}
