// all-data-flows-stay-in-zone: every place a resource sends copies of its data (replication,
// backup copies, replicas, geo-redundant pairs, multi-region placement, AI inference routed by
// the cloud to a set of countries) lies inside the zone of the source's tags.
import { dataFlows } from "../../sovereignty/flows";
import { flowPlace } from "../../sovereignty/graph";
import {
  describePlace,
  outsideZone,
  placementVerdict,
  sameLocation,
  staysInZone,
  type Finding,
} from "../../sovereignty/verdict";
import { resourcePolicy, type ResourceRule } from "../policy";
import { ownSubject } from "./location";

export const FLOWS_STAY_IN_ZONE = "all-data-flows-stay-in-zone";

export const flowsRule: ResourceRule = (j, urn, settings) => {
  // Side resources (BucketReplicationConfig, Plan) take their target's tags: stack rule.
  if (j.description.configuring) return [];
  const subject = ownSubject(j, settings);
  if (!subject || !staysInZone(subject.classification)) return [];
  const primary = j.location.kind === "known" ? j.location.location : undefined;
  const out: Finding[] = [];
  for (const flow of dataFlows(j.input.type, j.input.properties, primary ? { primary } : {})) {
    const place = flowPlace(flow, settings.catalog);
    // Placed through the stack (a bucket ARN without region), or unknown at preview: the stack
    // rule follows the reference through the engine's property dependencies and reports "cannot
    // verify" only if it stays unresolvable.
    if (place === "stack" || place === "unknown") continue;
    // A multi-region that is the resource's own location (GCS `EUR5`, BigQuery's implicit `US`)
    // is the `location` fact, all-data-resources-restrict-location's.
    if (place.kind === "location" && primary && sameLocation(place.location, primary)) continue;
    const f = placementVerdict(
      {
        rule: FLOWS_STAY_IN_ZONE,
        urn,
        fact: `flow:${flow.property}`,
        subject,
        place,
        message: (note) =>
          `\`${j.input.type}\`: ${flow.kind} via \`${flow.property}\` sends data to ${describePlace(place)} ${outsideZone(subject.zone)}${note}`,
      },
      settings,
    );
    if (f) out.push(f);
  }
  return out;
};

export const flowsStayInZone = resourcePolicy(
  {
    name: FLOWS_STAY_IN_ZONE,
    displayName: "Replicas, copies and backups stay in the declared zone",
    description:
      "Every place a resource sends copies of its data — replication, backup copies, read replicas, global tables, geo-redundant pairs, multi-region placement, replica keys, message storage, AI inference the cloud routes to a set of countries — lies inside the zone of the source's `data-residency` tag, unless the source is `public` or a valid `transfer-approval` covers that destination. " +
      "A set of countries is inside the zone only if every country is; a worldwide destination never is. " +
      "A copy keeps the source's classification. Destinations that only the stack can place (an S3 bucket ARN has no region) are resolved by the stack policy. " +
      "Unknown values: a destination unknown at preview is left to the stack policy (`all-stack-references-enforce-residency`), which follows it through the resource graph and reports 'cannot verify' naming the property if it stays unresolvable — at the policy's level for personal/special data, advisory otherwise.",
    severity: "critical",
    remediationSteps:
      "Point replication, backup copies and replicas at destinations inside the declared zone; use locally or zone-redundant SKUs where geo-redundancy pairs outside it (Azure Brazil South pairs with South Central US); choose in-zone (data zone or regional) inference deployments. " +
      "For an approved exception, add a `transfer-approval` tag naming an approval in the policy config whose `to` covers the destination.",
  },
  flowsRule,
);
