// The verdict: ONE function decides "inside the zone? else a valid transfer approval covering this
// destination? else a finding", for locations, flows, copies and keys alike. Callers say what is
// judged (the subject's zone, classification and approval) and where the data is or goes; the
// verdict says whether that is a finding. Unknowns are not places: they are "cannot verify"
// (`unverifiable`), at the policy's level for personal/special data.
import { CLASSIFICATION_RULES } from "../classification";
import type { EffectiveLocation } from "../resource/types";
import type { Classification, Zone } from "../types";
import { waiver, type ApprovalContext, type ApprovalStatus } from "./approvals";
import { unknownLevel, type Fact, type Finding } from "./findings";
import { placeInZone, type Place } from "./place";

/** The residency a place is judged against: the governing resource's zone, classification, approval. */
export interface Subject {
  readonly zone: Zone;
  readonly classification?: Classification | undefined;
  readonly approval: ApprovalStatus;
}

export interface PlacementQuestion {
  readonly rule: string;
  readonly urn: string;
  readonly fact: Fact;
  readonly subject: Subject;
  readonly place: Place;
  /** The message for a place outside the zone; `note` says why no approval waived it ("" or " (…)"). */
  readonly message: (note: string) => string;
}

/** Does data of this classification have to stay in its zone? (`public` does not.) */
export function staysInZone(classification: Classification | undefined): boolean {
  return classification === undefined || CLASSIFICATION_RULES[classification].staysInZone;
}

/** Inside the zone? else a valid approval covering this place? else a finding. */
export function placementVerdict(q: PlacementQuestion, approvals: ApprovalContext): Finding | undefined {
  if (!staysInZone(q.subject.classification)) return undefined;
  if (placeInZone(q.place, q.subject.zone)) return undefined;
  const w = waiver(q.subject.approval, q.place, approvals);
  if (w.waived) return undefined;
  return { rule: q.rule, urn: q.urn, fact: q.fact, level: "policy", message: q.message(w.note) };
}

/** A value the verdict needs but cannot read: "cannot verify", at the level the classification sets. */
export function unverifiable(
  rule: string,
  urn: string,
  fact: Fact,
  classification: Classification | undefined,
  message: string,
): Finding {
  return { rule, urn, fact, level: unknownLevel(classification), message };
}

/** The `location` fact of a resource: its effective location judged against a subject. */
export interface LocationQuestion {
  readonly rule: string;
  readonly urn: string;
  readonly subject: Subject;
  readonly location: EffectiveLocation;
  /** The message for a catalog location outside the zone. */
  readonly outside: (location: Extract<EffectiveLocation, { kind: "known" }>, note: string) => string;
  /** The message for a name the catalog does not know (in no zone). */
  readonly unrecognised: (
    location: Extract<EffectiveLocation, { kind: "unrecognised" }>,
    note: string,
  ) => string;
  /**
   * The message for a location unknown at preview, naming the property; `outsideStack`: the
   * property's value is known but names a resource outside this stack.
   */
  readonly unknown: (property: string, outsideStack: boolean) => string;
}

/** Known: the placement verdict; unrecognised: outside every zone; unknown: "cannot verify"; absent: the caller's. */
export function locationVerdict(q: LocationQuestion, approvals: ApprovalContext): Finding | undefined {
  const loc = q.location;
  const ask = (place: Place, message: (note: string) => string) =>
    placementVerdict(
      { rule: q.rule, urn: q.urn, fact: "location", subject: q.subject, place, message },
      approvals,
    );
  switch (loc.kind) {
    case "known":
      return ask({ kind: "location", location: loc.location, raw: loc.raw }, (note) => q.outside(loc, note));
    case "unrecognised":
      return ask({ kind: "unrecognised", raw: loc.raw }, (note) => q.unrecognised(loc, note));
    case "unknown":
      return staysInZone(q.subject.classification)
        ? unverifiable(
            q.rule,
            q.urn,
            "location",
            q.subject.classification,
            q.unknown(loc.property, loc.outsideStack === true),
          )
        : undefined;
    case "absent":
      return undefined;
  }
}
