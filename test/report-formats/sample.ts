import type { CheckReport } from "../../cli/check/report/types";

/** Two stacks as a check would report them: one with violations at every level, one clean. */
export const SAMPLE_REPORTS: readonly CheckReport[] = [
  {
    origin: "stacks/Pulumi.violations-demo.yaml",
    stack: "violations-demo",
    resources: 7,
    policyPacks: [{ name: "sovereignty", version: "0.1.0" }],
    violations: [
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-location",
        enforcementLevel: "advisory",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::logs",
        message: "Region is unknown at preview | cannot verify",
        description: "Data-holding resources stay in their declared zone. Unknown regions are reported.",
      },
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-location",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::tickets",
        message: "eu-west-2 (London: GB) is outside the declared zone `eu`",
        description: "Data-holding resources stay in their declared zone. Unknown regions are reported.",
        severity: "high",
      },
      {
        policyPackName: "sovereignty",
        policyPackVersion: "0.1.0",
        policyName: "residency-tags",
        enforcementLevel: "mandatory",
        urn: "",
        message: "the stack declares no residency zone",
      },
      {
        policyPackName: "aws-guard",
        policyPackVersion: "0.3.1",
        policyName: "s3-no-public-read",
        enforcementLevel: "remediate",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::public",
        message: "Bucket <public> allows public read\nvia an ACL",
      },
    ],
    remediations: [
      {
        policyPackName: "sovereignty",
        policyName: "residency-tags",
        urn: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::logs",
        description: "added data-residency=eu from the stack declaration",
      },
    ],
    inventory: [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 3 },
      { zone: "uk", cloud: "aws", location: "eu-west-2", classification: "personal", count: 1 },
    ],
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
