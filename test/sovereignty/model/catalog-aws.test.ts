import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AWS_COVERED_PARTITIONS, defaultCatalog, defaultZones, zonesContaining } from "../../../sovereignty";

interface PartitionsFile {
  partitions: { id: string; regionRegex: string; regions: Record<string, { description: string }> }[];
}

/** The partitions list @aws-sdk/core ships (the endpoint-rules partitions.json of every AWS SDK). */
function sdkPartitions(): PartitionsFile {
  const root = path.dirname(require.resolve("@aws-sdk/core/package.json"));
  const file = path.join(root, "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js");
  const text = readFileSync(file, "utf8");
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  return JSON.parse(json) as PartitionsFile;
}

describe("AWS catalog", () => {
  const partitions = sdkPartitions();
  const ours = defaultCatalog.all("aws", "regions");

  it("covers every region of the covered partitions in @aws-sdk/core's list, and nothing else", () => {
    const expected = new Set<string>();
    for (const p of partitions.partitions.filter((p) => AWS_COVERED_PARTITIONS.includes(p.id))) {
      const regex = new RegExp(p.regionRegex);
      // `aws-global`, `aws-cn-global`, ...: endpoint pseudo-regions, not places (they fail the regex).
      for (const region of Object.keys(p.regions)) if (regex.test(region)) expected.add(`${p.id}/${region}`);
    }
    const actual = new Set(ours.map((l) => `${l.partition}/${l.name}`));
    assert.deepEqual([...actual].sort(), [...expected].sort());
  });

  it("covers the four partitions the issue names, each of which the SDK still ships", () => {
    const ids = partitions.partitions.map((p) => p.id);
    for (const id of ["aws", "aws-cn", "aws-us-gov", "aws-eusc"]) assert.ok(ids.includes(id), id);
  });

  it("excludes the classified/ISO partitions: their regions are unknown, so in no zone", () => {
    for (const region of ["us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "us-isof-south-1"]) {
      assert.equal(defaultCatalog.lookup("aws", "regions", region), undefined, region);
    }
  });

  it("gives every region exactly one ISO country", () => {
    for (const l of ours) assert.equal(l.countries.length, 1, l.name);
  });

  const facts: [region: string, country: string, zones: string[]][] = [
    ["eu-central-1", "DE", ["eu", "eea"]],
    ["eu-west-1", "IE", ["eu", "eea"]],
    ["eu-west-2", "GB", ["uk"]], // London: not EU
    ["eu-central-2", "CH", ["ch"]], // Zurich: not EU
    ["eu-north-1", "SE", ["eu", "eea"]],
    ["eu-south-2", "ES", ["eu", "eea"]],
    ["eusc-de-east-1", "DE", ["eu", "eea"]],
    ["sa-east-1", "BR", ["br"]],
    ["us-east-1", "US", ["us"]],
    ["us-gov-west-1", "US", ["us"]],
    ["ca-west-1", "CA", ["ca"]],
    ["ap-south-2", "IN", ["in"]],
    ["ap-southeast-4", "AU", ["au"]],
    ["ap-northeast-3", "JP", ["jp"]],
    ["cn-northwest-1", "CN", ["cn"]],
    ["me-central-1", "AE", []],
    ["il-central-1", "IL", []],
  ];
  for (const [region, country, zones] of facts) {
    it(`${region} is in ${country}, zones [${zones.join(", ")}]`, () => {
      const l = defaultCatalog.lookup("aws", "regions", region);
      assert.ok(l, region);
      assert.deepEqual(l.countries, [country]);
      assert.deepEqual(
        zonesContaining(l, defaultZones)
          .map((z) => z.id)
          .sort(),
        [...zones].sort(),
      );
    });
  }

  it("reads Availability Zone names as their region, but not Local Zones in other cities", () => {
    assert.equal(defaultCatalog.lookup("aws", "regions", "eu-central-1a")?.name, "eu-central-1");
    assert.equal(defaultCatalog.lookup("aws", "regions", "us-gov-west-1b")?.name, "us-gov-west-1");
    // us-east-1-bue-1a is Buenos Aires: its parent region's country would be a lie.
    assert.equal(defaultCatalog.lookup("aws", "regions", "us-east-1-bue-1a"), undefined);
  });

  it("treats S3's legacy LocationConstraint EU as eu-west-1 only through lookupS3LocationConstraint", () => {
    assert.equal(defaultCatalog.lookup("aws", "regions", "EU"), undefined);
    assert.equal(defaultCatalog.lookupS3LocationConstraint("EU")?.name, "eu-west-1");
    assert.equal(defaultCatalog.lookupS3LocationConstraint("")?.name, "us-east-1");
    assert.equal(defaultCatalog.lookupS3LocationConstraint(null)?.name, "us-east-1");
    assert.equal(defaultCatalog.lookupS3LocationConstraint("eu-west-2")?.name, "eu-west-2");
    assert.equal(defaultCatalog.lookupS3LocationConstraint("XX"), undefined);
  });

  it("suggests the nearest region codes for a typo", () => {
    assert.ok(defaultCatalog.suggest("aws", "regions", "eu-centrl-1").includes("eu-central-1"));
  });
});
