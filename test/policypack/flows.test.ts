import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runResourcePolicy, UNKNOWN } from "./harness";

const P = "all-data-flows-stay-in-zone";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const eu = { type: "pulumi:providers:aws", props: { region: "eu-central-1" } };

describe(P, () => {
  it("passes DynamoDB replicas inside the EU", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:dynamodb/table:Table",
        props: { tags: EU_PERSONAL, replicas: [{ regionName: "eu-west-1" }] },
        provider: eu,
      }),
      [],
    );
  });
  it("fails a DynamoDB replica in London for eu", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:dynamodb/table:Table",
      props: { tags: EU_PERSONAL, replicas: [{ regionName: "eu-west-3" }, { regionName: "eu-west-2" }] },
      provider: eu,
    });
    assert.equal(d.length, 1);
    assert.match(
      d[0]!.message,
      /global-table via `replicas\[1\]\.regionName` sends data to `eu-west-2` \(GB\) outside the declared zone `eu`/,
    );
    assert.match(d[0]!.message, /\[catalog /);
  });
  it("a copy keeps the source's classification: public sources are free, others not", async () => {
    const props = (c: string) => ({
      tags: { "data-residency": "eu", "data-classification": c },
      replicas: [{ regionName: "us-east-1" }],
    });
    assert.deepEqual(
      await runResourcePolicy(P, { type: "aws:dynamodb/table:Table", props: props("public"), provider: eu }),
      [],
    );
    assert.equal(
      (
        await runResourcePolicy(P, {
          type: "aws:dynamodb/table:Table",
          props: props("internal"),
          provider: eu,
        })
      ).length,
      1,
    );
  });
  it("evasion: provider default tags carry the residency", async () => {
    const provider = {
      type: "pulumi:providers:aws",
      props: { region: "eu-central-1", defaultTags: JSON.stringify({ tags: EU_PERSONAL }) },
    };
    assert.equal(
      (
        await runResourcePolicy(P, {
          type: "aws:dynamodb/table:Table",
          props: { replicas: [{ regionName: "us-east-1" }] },
          provider,
        })
      ).length,
      1,
    );
  });
  it("unknown destinations are left to the stack policy (no SDK 'can't run' advisory)", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:dynamodb/table:Table",
      props: { tags: EU_PERSONAL, replicas: [{ regionName: UNKNOWN }] },
      provider: eu,
    });
    assert.deepEqual(d, []);
  });
  it("a valid approval waives exactly its destination", async () => {
    const approvals = [
      {
        id: "dr-us",
        from: "eu",
        to: "us-east-1",
        classifications: ["personal"],
        legalBasis: "SCC",
        expires: "2030-01-01",
      },
    ];
    const tags = { ...EU_PERSONAL, "transfer-approval": "dr-us" };
    const config = { sovereignty: { approvals, now: "2027-01-01" } };
    assert.deepEqual(
      await runResourcePolicy(
        P,
        {
          type: "aws:dynamodb/table:Table",
          props: { tags, replicas: [{ regionName: "us-east-1" }] },
          provider: eu,
        },
        config,
      ),
      [],
    );
    const d = await runResourcePolicy(
      P,
      {
        type: "aws:dynamodb/table:Table",
        props: { tags, replicas: [{ regionName: "us-west-2" }] },
        provider: eu,
      },
      config,
    );
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /covers `us-east-1` only/);
  });
  it("side resources are left to the stack policy", async () => {
    const props = {
      bucket: "b",
      role: "r",
      rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::dest" } }],
    };
    assert.deepEqual(
      await runResourcePolicy(P, { type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", props }),
      [],
    );
  });
});
