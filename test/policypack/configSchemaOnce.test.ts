// The config-schema patch (docs/decisions/2026-11-30-sdk-patch-config-schema-once.md) shares one
// Struct and its encoding among the policies that declare the shared schema: GetAnalyzerInfo must
// answer byte for byte what the SDK answers without it, and decode to the schema.
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import type { Policy } from "@pulumi/policy";
import * as protoutil from "@pulumi/policy/protoutil";
import { installConfigSchemaOnce } from "../../policypack/configSchemaOnce";
import { POLICIES } from "../../policypack/policies";
import { POLICY_CONFIG_SCHEMA } from "../../policypack/schema";

interface InfoLike {
  serializeBinary(): Uint8Array;
  getPoliciesList(): { getConfigschema(): { getProperties(): { toJavaScript(): unknown } } }[];
}

/** GetAnalyzerInfo's message for `policies`, as the SDK builds it. */
function analyzerInfo(policies: readonly Policy[]): InfoLike {
  // Internal to the SDK (not in its .d.ts): the function its GetAnalyzerInfo handler answers with.
  const make = (protoutil as unknown as { makeAnalyzerInfo: (...args: unknown[]) => InfoLike })
    .makeAnalyzerInfo;
  return make("sovereignty", "0.0.0", "mandatory", { policies }, {});
}

describe("config schema converted and encoded once", () => {
  it("encodes GetAnalyzerInfo as the SDK does without sharing, every time", () => {
    assert.equal(installConfigSchemaOnce(POLICY_CONFIG_SCHEMA.properties), true);
    // A deep copy of the schema is not the shared object: the SDK's own conversion and encoding.
    const unshared = POLICIES.map((p) => ({
      ...p,
      configSchema: { ...p.configSchema, properties: structuredClone(POLICY_CONFIG_SCHEMA.properties) },
    }));
    const expected = Buffer.from(analyzerInfo(unshared).serializeBinary());
    for (let i = 0; i < 3; i++) {
      const info = analyzerInfo(POLICIES);
      assert.deepEqual(Buffer.from(info.serializeBinary()), expected);
      for (const policy of info.getPoliciesList()) {
        assert.deepEqual(
          policy.getConfigschema().getProperties().toJavaScript(),
          POLICY_CONFIG_SCHEMA.properties,
        );
      }
    }
  });
});
