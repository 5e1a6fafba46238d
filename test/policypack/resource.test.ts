import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { describeResource, type ModelLike } from "../../sovereignty/resource";
import type { Location, Zone } from "../../sovereignty/types";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function loc(
  cloud: Location["cloud"],
  service: Location["service"],
  name: string,
  countries: string[],
): Location {
  return { cloud, service, name, kind: "region", countries, displayName: name, source: "test" };
}
const LOCATIONS = [
  loc("aws", "regions", "eu-central-1", ["DE"]),
  loc("aws", "regions", "us-east-1", ["US"]),
  loc("gcp", "bigquery", "US", ["US"]),
  loc("gcp", "gcp-kms", "europe-west3", ["DE"]),
  loc("azure", "regions", "westeurope", ["NL"]),
];
const EU: Zone = {
  id: "eu",
  name: "EU",
  countries: new Set(["DE", "NL"]),
  legalFrameworks: [],
  source: "builtin",
};
const model: ModelLike = {
  catalog: {
    lookup: (c, s, raw) =>
      LOCATIONS.find(
        (l) =>
          l.cloud === c && l.service === s && l.name.toLowerCase() === raw.toLowerCase().replace(/ /g, ""),
      ),
  },
  zones: { get: (id) => (id === "eu" ? EU : undefined) },
};

describe("describeResource", () => {
  it("prefers the per-resource region over the provider's", () => {
    const d = describeResource(
      {
        type: "aws:s3/bucket:Bucket",
        properties: { region: "us-east-1" },
        provider: { type: "pulumi:providers:aws", properties: { region: "eu-central-1" } },
      },
      model,
    );
    assert.equal(d.location.kind, "known");
    assert.equal(d.location.kind === "known" && d.location.location.name, "us-east-1");
    assert.equal(d.location.kind === "known" && d.location.from, "resource");
  });
  it("falls back to provider, then stack config", () => {
    const p = describeResource(
      {
        type: "aws:s3/bucketV2:BucketV2",
        properties: {},
        provider: { type: "pulumi:providers:aws", properties: { region: "eu-central-1" } },
      },
      model,
    );
    assert.equal(p.location.kind === "known" && p.location.from, "provider");
    const c = describeResource(
      { type: "aws:s3/bucket:Bucket", properties: {}, config: { "aws:region": "us-east-1" } },
      model,
    );
    assert.equal(c.location.kind === "known" && c.location.from, "config");
  });
  it("reports an unknown region naming the property, without falling back", () => {
    const d = describeResource(
      {
        type: "aws:s3/bucket:Bucket",
        properties: { region: UNKNOWN },
        config: { "aws:region": "eu-central-1" },
      },
      model,
    );
    assert.deepEqual(d.location, { kind: "unknown", property: "region", from: "resource" });
  });
  it("gives BigQuery datasets the implicit US location", () => {
    const d = describeResource(
      { type: "gcp:bigquery/dataset:Dataset", properties: {}, config: { "gcp:region": "europe-west3" } },
      model,
    );
    assert.equal(d.location.kind === "known" && d.location.location.name, "US");
  });
  it("reads a CryptoKey's location from its key ring id", () => {
    const d = describeResource(
      {
        type: "gcp:kms/cryptoKey:CryptoKey",
        properties: { keyRing: "projects/p/locations/europe-west3/keyRings/r" },
      },
      model,
    );
    assert.equal(d.location.kind === "known" && d.location.location.name, "europe-west3");
  });
  it("merges provider default tags (JSON string) under the resource's, keys case-insensitive", () => {
    const d = describeResource(
      {
        type: "aws:s3/bucket:Bucket",
        properties: { tags: { " Data-Classification ": "personal" } },
        provider: {
          type: "pulumi:providers:aws",
          properties: { defaultTags: JSON.stringify({ tags: { "data-residency": "eu" } }) },
        },
      },
      model,
    );
    assert.equal(d.tags.residency?.zone?.id, "eu");
    assert.equal(d.tags.residency?.origin, "provider-default");
    assert.equal(d.tags.classification?.value, "personal");
  });
  it("flags two spellings with different values", () => {
    const d = describeResource(
      {
        type: "aws:s3/bucket:Bucket",
        properties: { tags: { "data-residency": "eu", "Data-Residency": "us" } },
      },
      model,
    );
    assert.equal(d.tags.residency, undefined);
    assert.equal(d.tags.problems[0]?.kind, "conflict");
  });
  it("reports unknown tags", () => {
    const d = describeResource(
      { type: "gcp:storage/bucket:Bucket", properties: { location: "EU", labels: UNKNOWN } },
      model,
    );
    assert.deepEqual(d.tags.unknown, ["labels"]);
  });
  it("marks side resources as configuring, not data-holding", () => {
    const d = describeResource(
      { type: "aws:s3/bucketVersioningV2:BucketVersioningV2", properties: { bucket: "b" } },
      model,
    );
    assert.equal(d.dataHolding, false);
    assert.equal(d.configuring?.property, "bucket");
  });
});

describe("describeResource: azure-native resource groups", () => {
  it("an account without location takes the parent location the caller joined, not the provider's", () => {
    const input = {
      type: "azure-native:storage:StorageAccount",
      properties: { resourceGroupName: "rg" },
      provider: { type: "pulumi:providers:azure-native", properties: { location: "eastus" } },
    };
    assert.equal(describeResource(input, model).location.kind, "absent");
    const d = describeResource({ ...input, parentLocation: "West Europe" }, model);
    assert.equal(d.location.kind === "known" && d.location.location.name, "westeurope");
    assert.equal(d.location.kind === "known" && d.location.from, "parent");
  });
});
