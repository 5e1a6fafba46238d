import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runRemediation, runResourcePolicy, UNKNOWN } from "./harness";

const P = "all-data-resources-require-residency-tags";
const AWS_EU = { type: "pulumi:providers:aws", props: { region: "eu-central-1" } };

describe(P, () => {
  it("fails a data-holding resource without residency tags", async () => {
    const d = await runResourcePolicy(P, { type: "aws:s3/bucket:Bucket", props: {}, provider: AWS_EU });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "mandatory");
    assert.match(d[0]!.message, /no `data-residency` and `data-classification` tag/);
    assert.match(d[0]!.message, /\[catalog \d/);
  });
  it("passes with both tags", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": "eu", "data-classification": "personal" } },
      provider: AWS_EU,
    });
    assert.deepEqual(d, []);
  });
  it("ignores resources that hold no data", async () => {
    assert.deepEqual(await runResourcePolicy(P, { type: "aws:iam/role:Role", props: {} }), []);
  });
  it("evasion: key casing and whitespace are still read", async () => {
    const d = await runResourcePolicy(P, {
      type: "gcp:storage/bucket:Bucket",
      props: { location: "EU", labels: { " Data-Residency": "eu", "DATA-CLASSIFICATION ": "internal" } },
    });
    assert.deepEqual(d, []);
  });
  it("evasion: two spellings with different values are a violation", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": "eu", "Data-Residency": "us", "data-classification": "internal" } },
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /different values/);
  });
  it("evasion: the deprecated BucketV2 token is judged too", async () => {
    const d = await runResourcePolicy(P, { type: "aws:s3/bucketV2:BucketV2", props: {} });
    assert.equal(d.length, 1);
  });
  it("provider default tags (JSON string, explicit provider) count", async () => {
    const provider = {
      type: "pulumi:providers:aws",
      name: "eu",
      props: {
        region: "eu-central-1",
        defaultTags: JSON.stringify({ tags: { "data-residency": "eu", "data-classification": "internal" } }),
      },
    };
    assert.deepEqual(await runResourcePolicy(P, { type: "aws:sqs/queue:Queue", props: {}, provider }), []);
  });
  it("own tag map unknown, provider default tags say personal: cannot verify is mandatory (strictest known classification)", async () => {
    const provider = (cls: string) => ({
      type: "pulumi:providers:aws",
      name: "eu",
      props: {
        region: "eu-central-1",
        defaultTags: JSON.stringify({ tags: { "data-residency": "eu", "data-classification": cls } }),
      },
    });
    const queue = (cls: string) => ({
      type: "aws:sqs/queue:Queue",
      props: { tags: UNKNOWN },
      provider: provider(cls),
    });
    const personal = await runResourcePolicy(P, queue("personal"));
    assert.deepEqual(
      personal.map((d) => d.level),
      ["mandatory"],
    );
    assert.match(
      personal[0]!.message,
      /cannot verify its residency tags \(personal data\): `tags` is unknown/,
    );
    const internal = await runResourcePolicy(P, queue("internal"));
    assert.deepEqual(
      internal.map((d) => d.level),
      ["advisory"],
    );
  });
  it("GCP provider default labels count", async () => {
    const provider = {
      type: "pulumi:providers:gcp",
      props: { defaultLabels: { "data-residency": "eu", "data-classification": "internal" } },
    };
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "gcp:bigquery/dataset:Dataset",
        props: { location: "EU" },
        provider,
      }),
      [],
    );
  });
  it("rejects a residency value that is not a declared zone", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": "europe", "data-classification": "internal" } },
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /not a declared zone/);
  });
  it("accepts a zone declared in config", async () => {
    const config = { sovereignty: { zones: [{ id: "dach", countries: ["DE", "AT", "CH"] }] } };
    const d = await runResourcePolicy(
      P,
      {
        type: "aws:s3/bucket:Bucket",
        props: { tags: { "data-residency": "dach", "data-classification": "internal" } },
      },
      config,
    );
    assert.deepEqual(d, []);
  });
  it("unknown tags: advisory 'cannot verify', not the SDK's generic message", async () => {
    const d = await runResourcePolicy(P, { type: "aws:s3/bucket:Bucket", props: { tags: UNKNOWN } });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "advisory");
    assert.match(d[0]!.message, /cannot verify its residency tags: `tags` is unknown/);
  });
  it("unknown residency tag on personal data: mandatory 'cannot verify'", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": UNKNOWN, "data-classification": "personal" } },
    });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "mandatory");
    assert.match(d[0]!.message, /personal data/);
  });
  it("side resources are left to the stack policy", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:s3/bucketVersioning:BucketVersioning",
        props: { bucket: "b" },
      }),
      [],
    );
  });
  it("resources that cannot carry labels take sovereignty.defaults", async () => {
    const type = "gcp:firestore/database:Database";
    assert.equal((await runResourcePolicy(P, { type, props: { locationId: "europe-west3" } })).length, 1);
    const config = {
      sovereignty: { defaults: { "data-residency": "eu", "data-classification": "internal" } },
    };
    assert.deepEqual(await runResourcePolicy(P, { type, props: { locationId: "europe-west3" } }, config), []);
  });
  it("rejects invalid config with a message naming the key", async () => {
    await assert.rejects(
      runResourcePolicy(
        P,
        { type: "aws:s3/bucket:Bucket", props: {} },
        { sovereignty: { minimumRetentionDays: "thirty" } },
      ),
      /sovereignty\.minimumRetentionDays: got "thirty"; expected minimum immutable backup retention/,
    );
    await assert.rejects(
      runResourcePolicy(P, { type: "aws:s3/bucket:Bucket", props: {} }, { sovereignty: { zone: [] } }),
      /unknown key `zone`/,
    );
  });
  it("reads shared settings from the `all` key", async () => {
    const all = { sovereignty: { zones: [{ id: "dach", countries: ["DE", "AT", "CH"] }] } };
    const d = await runResourcePolicy(
      P,
      {
        type: "aws:s3/bucket:Bucket",
        props: { tags: { "data-residency": "dach", "data-classification": "internal" } },
      },
      {},
      all,
    );
    assert.deepEqual(d, []);
  });
  describe("remediation", () => {
    const config = {
      sovereignty: { defaults: { "data-residency": "eu", "data-classification": "internal" } },
    };
    it("fills missing tags only from sovereignty.defaults", async () => {
      const out = await runRemediation(
        P,
        { type: "aws:s3/bucket:Bucket", props: { tags: { team: "a", "Data-Classification": "personal" } } },
        config,
      );
      assert.deepEqual(out?.["tags"], {
        team: "a",
        "Data-Classification": "personal",
        "data-residency": "eu",
      });
    });
    it("does nothing without a declaration", async () => {
      assert.equal(await runRemediation(P, { type: "aws:s3/bucket:Bucket", props: {} }, {}), undefined);
    });
    it("does nothing when tags are unknown", async () => {
      assert.equal(
        await runRemediation(P, { type: "aws:s3/bucket:Bucket", props: { tags: UNKNOWN } }, config),
        undefined,
      );
    });
  });
});

describe(`${P}: tag values follow GCP label rules`, () => {
  it("an upper-case value is reported but still names the zone", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:s3/bucket:Bucket",
      props: { tags: { "data-residency": "EU", "data-classification": "internal" } },
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /value `EU` contains the upper-case letter "E"/);
    const loc = await runResourcePolicy("all-data-resources-restrict-location", {
      type: "aws:s3/bucket:Bucket",
      props: { region: "us-east-1", tags: { "data-residency": "EU", "data-classification": "internal" } },
    });
    assert.match(loc[0]!.message, /outside the declared zone `eu`/);
  });
});
