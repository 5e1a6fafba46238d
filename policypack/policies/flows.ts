import type { ResourceValidationPolicy } from "@pulumi/policy";
import { CLASSIFICATION_RULES, locationInZone, parseArn } from "../../sovereignty";
import { dataFlows } from "../../sovereignty/flows";
import type { FlowDestination } from "../../sovereignty/flows/types";
import type { Location } from "../../sovereignty/types";
import { approvalStatus, waiver } from "../approvals";
import { judge } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { outsideZone, report, resourceInput } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings, type Settings } from "../settings";

export const FLOWS_STAY_IN_ZONE = "all-data-flows-stay-in-zone";

/** The catalog location of a flow target, when the resource's own properties tell it. */
export function targetLocation(
  flow: FlowDestination,
  settings: Settings,
): { location?: Location; raw: string } | "stack" | "unknown" {
  const t = flow.target;
  if (t.kind === "unknown") return "unknown";
  if (t.kind === "location") {
    const location = settings.catalog.lookup(flow.cloud, t.service, t.location);
    return { ...(location ? { location } : {}), raw: t.location };
  }
  if (t.kind === "countries") {
    // A set of places the cloud picks at run time: placed by its countries; `worldwide` is in no zone.
    const countries = t.countries === "worldwide" ? ["(worldwide)"] : t.countries;
    return {
      location: {
        cloud: flow.cloud,
        service: "regions",
        name: t.label,
        kind: "global",
        countries,
        displayName: t.label,
        source: "model",
      },
      raw: t.label,
    };
  }
  if (t.referenceKind === "arn") {
    const region = parseArn(t.reference)?.region;
    if (region) {
      const location = settings.catalog.lookup(flow.cloud, "regions", region);
      return { ...(location ? { location } : {}), raw: region };
    }
  }
  return "stack";
}

export const flowsStayInZone: ResourceValidationPolicy = {
  name: FLOWS_STAY_IN_ZONE,
  displayName: "Replicas, copies and backups stay in the declared zone",
  description:
    "Every place a resource sends copies of its data — replication, backup copies, read replicas, global tables, geo-redundant pairs, multi-region placement, replica keys, message storage — lies inside the zone of the source's `data-residency` tag, unless the source is `public` or a valid `transfer-approval` covers that destination. " +
    "A copy keeps the source's classification. Destinations that only the stack can place (an S3 bucket ARN has no region) are resolved by the stack policy. " +
    "Unknown values: a destination unknown at preview is left to the stack policy (`all-stack-references-enforce-residency`), which follows it through the resource graph and reports 'cannot verify' naming the property if it stays unresolvable — at the policy's level for personal/special data, advisory otherwise.",
  enforcementLevel: "mandatory",
  severity: "critical",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Point replication, backup copies and replicas at destinations inside the declared zone; use locally or zone-redundant SKUs where geo-redundancy pairs outside it (Azure Brazil South pairs with South Central US). " +
    "For an approved exception, add a `transfer-approval` tag naming an approval in the policy config whose `to` covers the destination.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateResource: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), FLOWS_STAY_IN_ZONE);
    const input = resourceInput(args);
    const j = judge(input, settings);
    // Side resources (BucketReplicationConfig, Plan) take their target's tags: stack policy.
    if (j.description.configuring || !j.zone) return;
    if (j.classification && !CLASSIFICATION_RULES[j.classification].staysInZone) return;
    const primary = j.description.location.kind === "known" ? j.description.location.location : undefined;
    const flows = dataFlows(args.type, input.properties, primary ? { primary } : {});
    const status = approvalStatus(j.tags.transferApproval, j.zone, j.classification, settings);
    for (const flow of flows) {
      const where = targetLocation(flow, settings);
      // Placed through the stack (a bucket ARN without region), or unknown at preview: the
      // stack policy follows the reference through the engine's property dependencies and
      // reports "cannot verify" only if it stays unresolvable.
      if (where === "stack" || where === "unknown") continue;
      if (where.location && locationInZone(where.location, j.zone)) continue;
      // A multi-region that is the resource's own location (GCS `EUR5`, BigQuery's implicit `US`)
      // is all-data-resources-restrict-location's verdict; reporting it here too would say the
      // same thing twice.
      if (where.location && primary && sameLocation(where.location, primary)) continue;
      const w = waiver(status, where.location, where.raw, settings);
      if (w.waived) continue;
      const place = where.location
        ? `\`${where.location.name}\` (${where.location.countries.join(", ")})`
        : `\`${where.raw}\`, which the catalog does not know,`;
      report(
        reportViolation,
        "policy",
        `\`${args.type}\`: ${flow.kind} via \`${flow.property}\` sends data to ${place} ${outsideZone(j.zone)}${w.note}`,
      );
    }
  },
};

function sameLocation(a: Location, b: Location): boolean {
  return a.cloud === b.cloud && a.service === b.service && a.name === b.name;
}
