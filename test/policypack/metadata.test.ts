import assert from "node:assert/strict";
import Ajv from "ajv";
import { describe, it } from "mocha";
import { POLICIES } from "../../policypack/policies";
import { SOVEREIGNTY_SCHEMA } from "../../policypack/schema";
import { policyTable } from "../../scripts/readme-sections";

describe("policy metadata", () => {
  for (const p of POLICIES) {
    describe(p.name, () => {
      it("is named <cloud|all>-<resource>-<verb>-<what>", () => {
        assert.match(
          p.name,
          /^(all|aws|azure|gcp)-[a-z0-9]+(-[a-z0-9]+)*-(require|restrict|stay|enforce|must)-[a-z0-9-]+$/,
        );
      });
      it("states its rule for unknown values, has severity, remediation steps and a framework", () => {
        assert.match(p.description, /Unknown values:/);
        assert.ok(p.severity);
        assert.ok(p.remediationSteps && p.remediationSteps.length > 40);
        assert.ok(p.framework?.name);
        assert.ok(p.enforcementLevel);
      });
      it("accepts the shared `sovereignty` settings", () => {
        assert.equal(p.configSchema?.properties["sovereignty"], SOVEREIGNTY_SCHEMA);
      });
      it("never words a verdict as a legal conclusion", () => {
        assert.doesNotMatch(p.description, /violates|GDPR|LGPD/);
      });
    });
  }
  it("the shared settings schema is a valid JSON schema (the pack compiles it without re-checking)", () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(SOVEREIGNTY_SCHEMA), true, JSON.stringify(ajv.errors));
  });
  it("the README table lists every policy from its own metadata", () => {
    const table = policyTable();
    for (const p of POLICIES) assert.ok(table.includes(`\`${p.name}\``));
    assert.match(table, /catalog version/);
  });
});
