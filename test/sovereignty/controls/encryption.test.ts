import assert from "node:assert/strict";
import {
  encryptionGap,
  encryptionReaderFor,
  encryptionReaderTypes,
  isKeyType,
  readEncryption,
  type EncryptionReading,
} from "../../../sovereignty/controls";
import { allDataHoldingTypes } from "../../../sovereignty/resource/dataHolding";
import { CASES, UNKNOWN, type Expected } from "./encryption.cases";
import { sdkHasToken } from "../registry/sdk";

/** The reading reduced to what the case table states. */
function observed(r: EncryptionReading, expect: Expected): Expected | EncryptionReading {
  switch (r.kind) {
    case "customer-managed":
      return {
        kind: r.kind,
        property: r.key.property,
        ...(r.key.region ? { region: r.key.region } : {}),
        ...(expect.kind === "customer-managed" && expect.raw ? { raw: r.key.raw } : {}),
      };
    case "provider-default":
      return expect.kind === "provider-default" && expect.property
        ? { kind: r.kind, property: r.property }
        : { kind: r.kind };
    case "inherited":
      return { kind: r.kind, property: r.property, from: [...r.from] };
    default:
      return r;
  }
}

describe("encryption readers", () => {
  for (const [type, cases] of Object.entries(CASES)) {
    describe(type, () => {
      it("has a reader", () => assert.ok(encryptionReaderFor(type), `${type} has no encryption reader`));
      for (const c of cases) {
        it(c.name, () => {
          assert.deepEqual(observed(readEncryption(type, c.props), c.expect), c.expect);
        });
      }
    });
  }

  it("places a CMK through the region of its ARN / KMS location", () => {
    const r = readEncryption("aws:cloudwatch/logGroup:LogGroup", {
      kmsKeyId: "arn:aws:kms:eu-west-2:1:key/k",
    });
    assert.equal(r.kind === "customer-managed" && r.key.region, "eu-west-2");
    const g = readEncryption("gcp:pubsub/topic:Topic", {
      kmsKeyName: "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k",
    });
    assert.ok(g.kind === "customer-managed");
    assert.equal(g.key.region, "us-central1");
    assert.equal(g.key.service, "gcp-kms");
  });

  it("never echoes customer-supplied key material", () => {
    const material = "c2VjcmV0LWtleS1tYXRlcmlhbA==";
    const r = readEncryption("gcp:compute/disk:Disk", { diskEncryptionKey: { rsaEncryptedKey: material } });
    assert.ok(!JSON.stringify(r).includes(material));
  });

  it("reads every type without throwing on empty, unknown or ill-typed bags", () => {
    const bags = [{}, { encryption: UNKNOWN, encryptionConfig: 3, kmsKeyId: 7, properties: "x" }];
    for (const type of encryptionReaderTypes()) {
      for (const bag of bags) assert.doesNotThrow(() => readEncryption(type, bag), type);
    }
  });
});

describe("encryption coverage", () => {
  it("every data-holding type has a reader, is a key, or names why it has none", () => {
    const silent = allDataHoldingTypes()
      .map((t) => t.token)
      .filter((t) => !isKeyType(t) && !encryptionReaderFor(t) && !encryptionGap(t));
    assert.deepEqual(silent, []);
  });

  it("a type without a reader reads as not-modelled, with the reason when known", () => {
    const gap = readEncryption("gcp:spanner/instance:Instance", { config: "regional-europe-west3" });
    assert.equal(gap.kind, "not-modelled");
    assert.match(gap.kind === "not-modelled" ? (gap.reason ?? "") : "", /per database/);
    assert.equal(encryptionReaderFor("gcp:spanner/instance:Instance"), undefined);
    assert.deepEqual(readEncryption("aws:foo/bar:Baz", {}), { kind: "not-modelled" });
  });

  it("aliases share their canonical type's reader", () => {
    assert.equal(
      encryptionReaderFor("aws:s3/bucketV2:BucketV2"),
      encryptionReaderFor("aws:s3/bucket:Bucket"),
    );
  });

  it("every reader's token is a resource of the installed SDK (`__pulumiType`)", () => {
    assert.deepEqual(
      encryptionReaderTypes().filter((t) => !sdkHasToken(t)),
      [],
    );
  });
});
