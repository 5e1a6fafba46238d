import type { CheckReport } from "../../cli/check/report/types";

export const LOCATION_DESCRIPTION =
  "Data-holding resources stay in their declared zone. Unknown regions are reported.";
export const TAGS_DESCRIPTION =
  "Data-holding resources carry `data-residency` and `data-classification` tags.";

/**
 * Two stacks as a check would report them: one with violations at every level and severity (its
 * messages as @pulumi/policy sends them, description first), one clean.
 */
export const SAMPLE_REPORTS: readonly CheckReport[] = [
  {
    origin: "stacks/Pulumi.violations-demo.yaml",
    stack: "violations-demo",
    resources: 7,
    policyPacks: [
      {
        name: "sovereignty",
        version: "0.1.0",
        policies: [
          {
            name: "residency-location",
            description: LOCATION_DESCRIPTION,
            severity: "critical",
            remediationSteps: "Move the resource to a location inside the zone.",
          },
          { name: "residency-tags", description: TAGS_DESCRIPTION, severity: "high" },
        ],
      },
    ],
    violations: [
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-location",
        enforcementLevel: "advisory",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::logs",
        message: `${LOCATION_DESCRIPTION}\nRegion is unknown at preview | cannot verify`,
        description: LOCATION_DESCRIPTION,
        severity: "critical",
      },
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-location",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::tickets",
        message: `${LOCATION_DESCRIPTION}\n\`eu-west-2\` (London: GB) is outside the declared zone \`eu\``,
        description: LOCATION_DESCRIPTION,
        severity: "critical",
      },
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-tags",
        enforcementLevel: "mandatory",
        urn: "",
        message: "the stack declares no residency zone",
        severity: "high",
      },
      {
        policyPackName: "aws-guard",
        policyPackVersion: "0.3.1",
        policyName: "s3-no-public-read",
        enforcementLevel: "remediate",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::public",
        message: "Bucket <public> allows public read\nvia an ACL & a *policy*",
      },
    ],
    remediations: [
      {
        policyPackName: "sovereignty",
        policyName: "residency-tags",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::logs",
        description: TAGS_DESCRIPTION,
        tags: { "data-residency": "eu", "data-classification": "internal" },
      },
    ],
    inventory: [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 3 },
      { zone: "uk", cloud: "aws", location: "eu-west-2", classification: "personal", count: 1 },
    ],
    sources: {
      "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::tickets": {
        file: "stacks/violations-demo.ts",
        line: 42,
        column: 5,
      },
    },
  },
  {
    origin: "stacks/Pulumi.helpdesk-eu.yaml",
    stack: "helpdesk-eu",
    resources: 12,
    policyPacks: [
      { name: "sovereignty", version: "0.1.0" },
      { name: "aws-guard", version: "0.3.1" },
    ],
    violations: [],
    remediations: [],
    inventory: [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 9 },
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "internal", count: 3 },
    ],
  },
];
