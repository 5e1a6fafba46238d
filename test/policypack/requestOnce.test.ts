import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { installDeserializeOnce } from "../../policypack/deserializeOnce";
import { judge } from "../../policypack/judge";
import { loadSettings } from "../../policypack/settings";

// The SDK's own modules, as its server uses them (docs/reference/pulumi-policy-sdk.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("@pulumi/policy/deserialize") as {
  deserializeProperties(struct: object, proxySecrets: boolean): Record<string, unknown>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as {
  Struct: { fromJavaScript(o: object): object };
};

describe("one judgement per Analyze request", () => {
  it("the SDK's deserialisation of one request's Struct is shared by every policy; other requests get their own", () => {
    assert.equal(installDeserializeOnce(), true);
    const struct = Struct.fromJavaScript({ bucket: "a", tags: { "data-residency": "eu" } });
    const first = sdk.deserializeProperties(struct, false);
    assert.equal(sdk.deserializeProperties(struct, false), first);
    assert.deepEqual(first, { bucket: "a", tags: { "data-residency": "eu" } });
    const other = sdk.deserializeProperties(Struct.fromJavaScript({ bucket: "a" }), false);
    assert.notEqual(other, first);
    assert.deepEqual(other, { bucket: "a" });
    // Remediate's bag (secrets kept as proxies) is replaced by remediation results: never shared.
    assert.notEqual(sdk.deserializeProperties(struct, true), sdk.deserializeProperties(struct, true));
  });
  it("judge answers from memory only for the same bag, provider and settings", () => {
    const settings = loadSettings({}, "test");
    const properties = { bucket: "a", tags: { "data-residency": "eu", "data-classification": "internal" } };
    const a = judge({ type: "aws:s3/bucket:Bucket", properties }, settings);
    assert.equal(judge({ type: "aws:s3/bucket:Bucket", properties }, settings), a);
    const withProvider = judge(
      {
        type: "aws:s3/bucket:Bucket",
        properties,
        provider: { type: "pulumi:providers:aws", properties: { region: "us-east-1" } },
      },
      settings,
    );
    assert.notEqual(withProvider, a);
    assert.equal(withProvider.location.kind, "known");
    const changed = judge(
      { type: "aws:s3/bucket:Bucket", properties: { ...properties, tags: {} } },
      settings,
    );
    assert.equal(changed.zone, undefined);
  });
});
