import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runResourcePolicy, UNKNOWN } from "./harness";

const P = "all-data-resources-restrict-location";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const awsProvider = (region: string) => ({ type: "pulumi:providers:aws", props: { region } });

describe(P, () => {
  it("passes a bucket in Frankfurt tagged eu", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:s3/bucket:Bucket",
        props: { tags: EU_PERSONAL },
        provider: awsProvider("eu-central-1"),
      }),
      [],
    );
  });
  it("fails London for eu, with the catalog version and the zone wording", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: EU_PERSONAL },
      provider: awsProvider("eu-west-2"),
    });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "mandatory");
    assert.match(
      d[0]!.message,
      /`eu-west-2` \(GB; from its provider's `region`\), outside the declared zone `eu`/,
    );
    assert.match(d[0]!.message, /\[catalog /);
    assert.doesNotMatch(d[0]!.message, /GDPR/);
  });
  it("evasion: a per-resource region overrides an in-zone provider region", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { region: "us-east-1", tags: EU_PERSONAL },
      provider: awsProvider("eu-central-1"),
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /`us-east-1`.*from `region`/);
  });
  it("a per-resource in-zone region passes under an out-of-zone provider", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:s3/bucket:Bucket",
        props: { region: "eu-central-1", tags: EU_PERSONAL },
        provider: awsProvider("us-east-1"),
      }),
      [],
    );
  });
  it("evasion: an explicit provider in another region is caught", async () => {
    const provider = {
      type: "pulumi:providers:aws",
      name: "us",
      props: { region: "us-west-2", skipRegionValidation: "true" },
    };
    assert.equal(
      (
        await runResourcePolicy(P, {
          type: "aws:dynamodb/table:Table",
          props: { tags: EU_PERSONAL },
          provider,
        })
      ).length,
      1,
    );
  });
  it("evasion: Zurich (eu-central-2) is not EU", async () => {
    assert.equal(
      (
        await runResourcePolicy(P, {
          type: "aws:s3/bucket:Bucket",
          props: { region: "eu-central-2", tags: EU_PERSONAL },
        })
      ).length,
      1,
    );
  });
  it("BigQuery without a location is in US", async () => {
    const d = await runResourcePolicy(P, {
      type: "gcp:bigquery/dataset:Dataset",
      props: { labels: EU_PERSONAL },
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /`US`/);
  });
  it("Azure display names are read", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "azure-native:storage:StorageAccount",
        props: { location: "Germany West Central", tags: EU_PERSONAL },
      }),
      [],
    );
  });
  it("azure-native without `location` is left to the stack policy (resource group), not the provider's location", async () => {
    const provider = { type: "pulumi:providers:azure-native", props: { location: "westeurope" } };
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "azure-native:storage:StorageAccount",
        props: { resourceGroupName: "rg", tags: EU_PERSONAL },
        provider,
      }),
      [],
    );
  });
  it("public data may live anywhere", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:s3/bucket:Bucket",
        props: { region: "us-east-1", tags: { "data-residency": "eu", "data-classification": "public" } },
      }),
      [],
    );
  });
  it("an unrecognised location fails closed", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { region: "eu-moon-1", tags: EU_PERSONAL },
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /catalog does not know/);
  });
  it("a location declared in config is honoured", async () => {
    const config = {
      sovereignty: { locations: [{ cloud: "aws", location: "eu-moon-1", countries: ["DE"] }] },
    };
    assert.deepEqual(
      await runResourcePolicy(
        P,
        { type: "aws:s3/bucket:Bucket", props: { region: "eu-moon-1", tags: EU_PERSONAL } },
        config,
      ),
      [],
    );
  });
  it("unknown region on personal data: mandatory cannot-verify naming `region`", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { region: UNKNOWN, tags: EU_PERSONAL },
      provider: awsProvider("eu-central-1"),
    });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "mandatory");
    assert.match(d[0]!.message, /cannot verify .*`region` is unknown/);
  });
  it("unknown provider region on internal data: advisory", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": "eu", "data-classification": "internal" } },
      provider: awsProvider(UNKNOWN),
    });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "advisory");
    assert.match(d[0]!.message, /`provider.region`/);
  });
  it("provider default tags place the resource under the zone", async () => {
    const provider = {
      type: "pulumi:providers:aws",
      props: { region: "us-east-1", defaultTags: { tags: EU_PERSONAL } },
    };
    assert.equal(
      (await runResourcePolicy(P, { type: "aws:sqs/queue:Queue", props: {}, provider })).length,
      1,
    );
  });
  describe("transfer approvals", () => {
    const approvals = [
      {
        id: "us-analytics",
        from: "eu",
        to: "us",
        classifications: ["personal"],
        legalBasis: "SCC",
        expires: "2027-12-31",
      },
    ];
    const tags = { ...EU_PERSONAL, "transfer-approval": "us-analytics" };
    it("a valid approval waives the location", async () => {
      assert.deepEqual(
        await runResourcePolicy(
          P,
          { type: "aws:s3/bucket:Bucket", props: { region: "us-east-1", tags } },
          { sovereignty: { approvals, now: "2027-01-01" } },
        ),
        [],
      );
    });
    it("an expired approval does not", async () => {
      const d = await runResourcePolicy(
        P,
        { type: "aws:s3/bucket:Bucket", props: { region: "us-east-1", tags } },
        { sovereignty: { approvals, now: "2028-01-01" } },
      );
      assert.equal(d.length, 1);
      assert.match(d[0]!.message, /expired on 2027-12-31/);
    });
  });
});
