// all-data-resources-restrict-location: every resource whose effective tags declare a zone lies in
// it — data holders, and whatever else the registry gives a location (functions, VMs, containers,
// AI inference, networks): data is stored *and processed* somewhere.
import { dataFlows } from "../../sovereignty/flows";
import { describeLocation, type Judged } from "../../sovereignty/graph";
import {
  approvalStatus,
  cannotVerify,
  locationVerdict,
  outsideZone,
  staysInZone,
  unverifiable,
  type Subject,
} from "../../sovereignty/verdict";
import { resourcePolicy, type ResourceRule } from "../policy";
import type { Settings } from "../settings";

export const RESTRICT_LOCATION = "all-data-resources-restrict-location";

/** The zone, classification and approval a resource's own tags judge it with. */
export function ownSubject(j: Judged, settings: Settings): Subject | undefined {
  if (!j.zone) return undefined;
  return {
    zone: j.zone,
    classification: j.classification,
    approval: approvalStatus(j.tags.transferApproval, j.zone, j.classification, settings),
  };
}

export const locationRule: ResourceRule = (j, urn, settings) => {
  const d = j.description;
  // Side resources are judged by the stack rule with the tags of what they configure.
  if (d.configuring) return [];
  const rule = d.holding?.location ?? j.placement.location;
  const subject = ownSubject(j, settings);
  if (!rule || !subject || !staysInZone(subject.classification)) return [];
  const zone = subject.zone;
  const who = `\`${j.input.type}\``;
  const loc = j.location;
  const stays = `that it stays inside the declared zone \`${zone.id}\``;
  if (loc.kind === "absent") {
    // Global resources (Pub/Sub topics, Secret Manager secrets) have no location of their own;
    // where they keep data is a flow (message storage policy, replication). azure-native resources
    // without `location` live in their resource group's: the stack rule places them.
    if (rule.properties.length === 0 || rule.parent) return [];
    return [
      unverifiable(
        RESTRICT_LOCATION,
        urn,
        "location",
        subject.classification,
        `${who}: cannot verify ${stays}: no location on the resource, its provider or in the stack config`,
      ),
    ];
  }
  // A location read from a reference (a CryptoKey's `keyRing` id, an Azure `group.location`) is
  // placed by the stack rule, which follows it through the resource graph.
  if (loc.kind === "unknown" && (rule.parse === "gcp-resource-id" || rule.parent)) return [];
  // A location that names a set of places the cloud picks at run time (Vertex AI `global`) is a
  // flow to the countries it stands for, stated by the flows rule; "the catalog does not know it"
  // would report the same fact a second time, and say less.
  if (
    loc.kind === "unrecognised" &&
    dataFlows(j.input.type, j.input.properties, {}).some(
      (f) => f.property === loc.property && f.target.kind === "countries",
    )
  )
    return [];
  const f = locationVerdict(
    {
      rule: RESTRICT_LOCATION,
      urn,
      subject,
      location: loc,
      outside: (known, note) => `${who} is in ${describeLocation(known)}, ${outsideZone(zone)}${note}`,
      unrecognised: (u, note) =>
        `${who} is in \`${u.raw}\` (from ${u.from === "resource" ? `\`${u.property}\`` : u.property}), which the catalog does not know, so it counts as ${outsideZone(zone)}; declare it under \`sovereignty.locations\` if it is a real location${note}`,
      unknown: (property) => `${who}: ${cannotVerify(stays, property, subject.classification)}`,
    },
    settings,
  );
  return f ? [f] : [];
};

export const restrictLocation = resourcePolicy(
  {
    name: RESTRICT_LOCATION,
    displayName: "Tagged resources stay in their declared zone",
    description:
      "Every resource whose effective tags (its own, its provider's default tags/labels, else `sovereignty.defaults`) declare a zone — a data holder, or any other resource with a location (functions, VMs, containers, AI inference: data is processed somewhere too) — lies entirely inside the zone named by its `data-residency` tag, unless it is classified `public`. " +
      "The effective location is its own `region`/`location`, else its provider's, else the stack config (`aws:region`, `gcp:region`), else the service default (BigQuery `US`); azure-native: its resource group's. " +
      "A location the catalog does not know is in no zone; a valid `transfer-approval` covering the location waives it. " +
      "Unknown values: a location unknown at preview is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise; a location that comes through another resource (an azure-native resource group, a GCP CryptoKey's key ring) is placed by the stack policy through the resource graph.",
    severity: "critical",
    remediationSteps:
      "Set the resource's `region` (AWS), `location` (Azure, GCP) or its provider's region to a location inside the declared zone (`sovereignty regions --zone <zone>` lists them). " +
      "If the catalog lacks a location, declare it under `sovereignty.locations` with its countries. " +
      "For an approved exception, tag the resource with `transfer-approval` naming an approval in the policy config.",
  },
  locationRule,
);
