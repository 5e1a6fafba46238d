import type { ResourceValidationPolicy } from "@pulumi/policy";
import { locationInZone } from "../../sovereignty";
import { CLASSIFICATION_RULES } from "../../sovereignty";
import { approvalStatus, waiver } from "../approvals";
import { describeLocation, judge } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { cannotVerify, outsideZone, report, resourceInput, unknownLevel } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings } from "../settings";

export const RESTRICT_LOCATION = "all-data-resources-restrict-location";

export const restrictLocation: ResourceValidationPolicy = {
  name: RESTRICT_LOCATION,
  displayName: "Data-holding resources stay in their declared zone",
  description:
    "A data-holding resource's effective location — its own `region`/`location`, else its provider's, else the stack config (`aws:region`, `gcp:region`), else the service default (BigQuery `US`); azure-native: its resource group's — lies entirely inside the zone named by its `data-residency` tag, unless it is classified `public`. " +
    "A location the catalog does not know is in no zone. " +
    "Unknown values: a location unknown at preview is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise; a location that comes through another resource (an azure-native resource group, a GCP CryptoKey's key ring) is placed by the stack policy through the resource graph.",
  enforcementLevel: "mandatory",
  severity: "critical",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Set the resource's `region` (AWS), `location` (Azure, GCP) or its provider's region to a location inside the declared zone (`sovereignty regions --zone <zone>` lists them). " +
    "If the catalog lacks a location, declare it under `sovereignty.locations` with its countries. " +
    "For an approved exception, tag the resource with `transfer-approval` naming an approval in the policy config.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateResource: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), RESTRICT_LOCATION);
    const j = judge(resourceInput(args), settings);
    const d = j.description;
    // Side resources are judged by the stack policy with the tags of what they configure.
    if (!d.dataHolding || d.configuring || !j.zone) return;
    if (j.classification && !CLASSIFICATION_RULES[j.classification].staysInZone) return;
    const subject = `\`${args.type}\``;
    const loc = d.location;
    switch (loc.kind) {
      case "known": {
        if (locationInZone(loc.location, j.zone)) return;
        const w = waiver(
          approvalStatus(j.tags.transferApproval, j.zone, j.classification, settings),
          loc.location,
          loc.raw,
          settings,
        );
        if (w.waived) return;
        report(
          reportViolation,
          "policy",
          `${subject} is in ${describeLocation(d)}, ${outsideZone(j.zone)}${w.note}`,
        );
        return;
      }
      case "unrecognised":
        report(
          reportViolation,
          "policy",
          `${subject} is in \`${loc.raw}\` (from ${loc.from === "resource" ? `\`${loc.property}\`` : loc.property}), which the catalog does not know, so it counts as ${outsideZone(j.zone)}; declare it under \`sovereignty.locations\` if it is a real location`,
        );
        return;
      case "unknown":
        // A location read from a reference (a CryptoKey's `keyRing` id, an Azure `group.location`)
        // is placed by the stack policy, which follows it through the resource graph.
        if (d.holding?.location.parse === "gcp-resource-id" || d.holding?.location.parent) return;
        report(
          reportViolation,
          unknownLevel(j.classification),
          `${subject}: ${cannotVerify(`that it stays inside the declared zone \`${j.zone.id}\``, loc.property, j.classification)}`,
        );
        return;
      case "absent":
        // Global resources (Pub/Sub topics, Secret Manager secrets) have no location of their own;
        // where they keep data is a flow (message storage policy, replication).
        if ((d.holding?.location.properties.length ?? 0) === 0) return;
        // azure-native resources without `location` live in their resource group's: stack policy.
        if (d.holding?.location.parent) return;
        report(
          reportViolation,
          unknownLevel(j.classification),
          `${subject}: cannot verify that it stays inside the declared zone \`${j.zone.id}\`: no location on the resource, its provider or in the stack config`,
        );
        return;
    }
  },
};
