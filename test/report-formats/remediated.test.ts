// What remediation changed (tags with their values, the inventory after it) and where the
// program made each resource (source positions → report locations).
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { inventoryOf } from "../../cli/check/inventory";
import { applyRemediations, sourcesOf, tagsSet } from "../../cli/check/remediated";
import type { SnapshotResource, StackSnapshot } from "../../cli/check/snapshot";

const BUCKET = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs";

function snapshot(resources: SnapshotResource[]): StackSnapshot {
  return {
    origin: "Pulumi.dev.yaml",
    kind: "program",
    project: "p",
    stack: "dev",
    config: { "aws:region": "eu-central-1" },
    resources,
  };
}

const bucket: SnapshotResource = {
  urn: BUCKET,
  type: "aws:s3/bucket:Bucket",
  name: "logs",
  custom: true,
  properties: { bucket: "logs", region: "eu-central-1", tags: { team: "ops" } },
  dependencies: [],
  propertyDependencies: {},
  sourcePosition: { uri: pathToFileURL(path.resolve("stacks", "demo.ts")).href, line: 12, column: 3 },
};

describe("remediation made visible, and source positions", () => {
  it("names the tags a remediation added or changed, with their values", () => {
    assert.deepEqual(
      tagsSet(
        { tags: { team: "ops", "data-residency": "us" } },
        { tags: { team: "ops", "data-residency": "eu", "data-classification": "internal" } },
      ),
      { "data-residency": "eu", "data-classification": "internal" },
    );
    assert.deepEqual(
      tagsSet({}, { labels: { "data-residency": "eu" } }),
      { "data-residency": "eu" },
      "GCP labels",
    );
  });

  it("counts remediated tags in the inventory, and drops the properties from what is reported", () => {
    const before = snapshot([bucket]);
    const remediated = applyRemediations(before, [
      {
        policyPackName: "pack",
        policyName: "tags",
        urn: BUCKET,
        properties: {
          ...bucket.properties,
          tags: { team: "ops", "data-residency": "eu", "data-classification": "internal" },
        },
      },
    ]);
    assert.deepEqual(remediated.remediations, [
      {
        policyPackName: "pack",
        policyName: "tags",
        urn: BUCKET,
        tags: { "data-residency": "eu", "data-classification": "internal" },
      },
    ]);
    assert.deepEqual(inventoryOf(before), [
      { zone: "(none)", cloud: "aws", location: "eu-central-1", classification: "(none)", count: 1 },
    ]);
    assert.deepEqual(inventoryOf(remediated.snapshot), [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "internal", count: 1 },
    ]);
  });

  it("turns a registration's file:// position into a path relative to the working directory", () => {
    assert.deepEqual(sourcesOf(snapshot([bucket]), new Set([BUCKET])), {
      [BUCKET]: { file: "stacks/demo.ts", line: 12, column: 3 },
    });
    assert.deepEqual(sourcesOf(snapshot([bucket]), new Set()), {}, "only resources with findings");
    const { sourcePosition: _, ...without } = bucket;
    assert.deepEqual(
      sourcesOf(snapshot([without]), new Set([BUCKET])),
      {},
      "no position: the report falls back",
    );
  });
});
