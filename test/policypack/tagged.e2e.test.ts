// Every tagged resource placed (issue 12, item 2), through the built pack over gRPC: whatever its
// type, a resource whose effective tags declare a `data-residency` zone lies in that zone when it
// has a location. Data holders must carry the tags; processing resources (functions, VMs,
// containers, AI inference) only when `sovereignty.requireTagsOnProcessing` says so.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import type { PolicyConfigFile } from "../../cli/check/engine";
import type { WireObject } from "../../cli/check/snapshot";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const LAMBDA = "aws:lambda/function:Function";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

function lambda(region: string, tags?: WireObject) {
  return stackOf(
    [
      res(LAMBDA, "fn", {
        name: "fn",
        region,
        role: "arn:aws:iam::111122223333:role/fn",
        runtime: "nodejs20.x",
        handler: "index.handler",
        ...(tags ? { tags } : {}),
      }),
    ],
    { "aws:region": region },
  );
}

const REQUIRE: PolicyConfigFile = {
  all: { enforcementLevel: "mandatory", sovereignty: { requireTagsOnProcessing: true } },
};

describe("every tagged resource placed: a Lambda function", function () {
  this.timeout(60_000);
  before(buildPack);

  it("tagged eu in us-east-1 is a mandatory location finding", async () => {
    const lines = await onTheWire(lambda("us-east-1", EU_PERSONAL));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-data-resources-restrict-location mandatory fn: .*`us-east-1`.*outside the declared zone `eu`/,
    );
  });

  it("its in-zone twin (eu-central-1) is clean", async () => {
    assert.deepEqual(await onTheWire(lambda("eu-central-1", EU_PERSONAL)), []);
  });

  it("untagged, it is out of scope by default", async () => {
    assert.deepEqual(await onTheWire(lambda("us-east-1")), []);
  });

  it("untagged with `requireTagsOnProcessing`, it must carry the residency tags", async () => {
    const lines = await onTheWire(lambda("us-east-1"), REQUIRE);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-data-resources-require-residency-tags mandatory fn: .*processes data but has no `data-residency` and `data-classification` tag/,
    );
  });

  it("tagged with `requireTagsOnProcessing`, only its placement is judged", async () => {
    assert.deepEqual(await onTheWire(lambda("eu-west-1", EU_PERSONAL), REQUIRE), []);
  });
});

describe("every tagged resource placed: the classic azure provider", function () {
  this.timeout(60_000);
  before(buildPack);
  const account = (location: string, tags?: WireObject) =>
    stackOf([
      res("azure:storage/account:Account", "invoices", {
        name: "invoices",
        location,
        resourceGroupName: "rg",
        accountTier: "Standard",
        accountReplicationType: "LRS",
        ...(tags ? { tags } : {}),
      }),
    ]);

  it("a storage account tagged eu in East US is a mandatory location finding", async () => {
    const lines = await onTheWire(account("eastus", EU_PERSONAL));
    assert.ok(
      lines.some((l) =>
        /^all-data-resources-restrict-location mandatory invoices: .*`eastus`.*outside the declared zone `eu`/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
  });

  it("its in-zone twin is not placed outside; untagged, it must carry the tags (it holds data)", async () => {
    const twin = await onTheWire(account("westeurope", EU_PERSONAL));
    assert.ok(!twin.some((l) => /restrict-location/.test(l)), twin.join("\n"));
    const untagged = await onTheWire(account("westeurope"));
    assert.ok(
      untagged.some((l) =>
        /^all-data-resources-require-residency-tags mandatory invoices: .*holds data but has no/.test(l),
      ),
      untagged.join("\n"),
    );
  });
});

describe("every tagged resource placed: `sovereignty.defaults` is part of the effective tags", function () {
  this.timeout(60_000);
  before(buildPack);
  const DEFAULTS: PolicyConfigFile = {
    all: {
      enforcementLevel: "mandatory",
      sovereignty: { defaults: { "data-residency": "eu", "data-classification": "internal" } },
    },
  };

  it("an untagged Lambda in us-east-1 is outside the stack's declared zone", async () => {
    const lines = await onTheWire(lambda("us-east-1"), DEFAULTS);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /^all-data-resources-restrict-location mandatory fn: .*`us-east-1`.*`eu`/);
  });

  it("its own tags win over the stack's declaration", async () => {
    const US = { "data-residency": "us", "data-classification": "internal" };
    assert.deepEqual(await onTheWire(lambda("us-east-1", US), DEFAULTS), []);
  });
});
