// Config validation with validators prepared before the pack answered and shared by every policy
// and every snapshot of one pack: each policy is still judged by its own schema, with the same
// one error as with validators of its own.
import { strict as assert } from "node:assert";
import { UserError } from "../../cli/errors";
import {
  ConfigSchemaValidators,
  reconcilePolicyConfig,
  type PolicyConfigFile,
  type PolicyInfo,
} from "../../cli/check/engine/policy-config";

const shared = {
  properties: { zone: { type: "string", default: "eu" } },
  required: ["zone"],
};
const POLICIES: PolicyInfo[] = [
  { name: "first", enforcementLevel: "mandatory", configSchema: shared },
  // A copy, as decoded from another policy's bytes: equal content, another object.
  { name: "second", enforcementLevel: "mandatory", configSchema: structuredClone(shared) },
  {
    name: "limits",
    enforcementLevel: "advisory",
    configSchema: {
      properties: { limit: { type: "number", minimum: 1, default: 5 }, unit: { type: "string" } },
      required: [],
    },
  },
];

const reconcile = (file: PolicyConfigFile, validators?: ConfigSchemaValidators): Map<string, unknown> =>
  reconcilePolicyConfig("pack", POLICIES, new Map(), file, "cfg.json", validators);

const errorOf = (file: PolicyConfigFile, validators?: ConfigSchemaValidators): string => {
  try {
    reconcile(file, validators);
  } catch (error) {
    assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`);
    return error.message;
  }
  assert.fail(`expected ${JSON.stringify(file)} to be refused`);
};

describe("policy config: validators shared by the policies and snapshots of one pack", () => {
  it("compiles a schema once for equal content, and keeps different schemas apart", () => {
    const validators = new ConfigSchemaValidators();
    validators.prepare();
    const zone = validators.validatorFor({ type: "object", properties: shared.properties });
    assert.equal(
      validators.validatorFor({ type: "object", properties: structuredClone(shared.properties) }),
      zone,
    );
    const limit = validators.validatorFor({ type: "object", properties: { limit: { type: "number" } } });
    assert.notEqual(limit, zone);
    assert.equal(zone({ zone: 5 }), false);
    assert.equal(limit({ zone: 5 }), true);
  });

  it("judges each policy by its own schema, with the same one error as fresh validators", () => {
    const validators = new ConfigSchemaValidators();
    validators.prepare();
    assert.deepEqual(
      reconcile({ second: { zone: "uk" }, limits: { limit: 2 } }, validators),
      reconcile({ second: { zone: "uk" }, limits: { limit: 2 } }),
    );
    // A value the shared schema accepts, given to the policy whose schema refuses it.
    const limitError = errorOf({ limits: { limit: "eu" } }, validators);
    assert.equal(limitError, '--policy-config cfg.json: "limits": /limit must be number');
    assert.equal(limitError, errorOf({ limits: { limit: "eu" } }));
    // The second of two policies with one schema: the error names it, not the first.
    const zoneError = errorOf({ second: { zone: 5 } }, validators);
    assert.equal(zoneError, '--policy-config cfg.json: "second": /zone must be string');
    assert.equal(zoneError, errorOf({ second: { zone: 5 } }));
    // allErrors: every problem of one policy in its one message, as before.
    const both = errorOf({ limits: { limit: 0, unit: 1 } }, validators);
    assert.equal(both, '--policy-config cfg.json: "limits": /limit must be >= 1; /unit must be string');
    assert.equal(both, errorOf({ limits: { limit: 0, unit: 1 } }));
    // The validators answer the same after refusals (a runner reuses them for its next snapshot).
    assert.deepEqual(reconcile({ limits: { limit: 3 } }, validators), reconcile({ limits: { limit: 3 } }));
  });

  it("still refuses an invalid schema, naming the policy", () => {
    const validators = new ConfigSchemaValidators();
    validators.prepare();
    const broken: PolicyInfo[] = [
      {
        name: "broken",
        enforcementLevel: "mandatory",
        configSchema: { properties: { x: { type: 7 } }, required: [] },
      },
    ];
    for (const given of [validators, undefined]) {
      assert.throws(
        () => reconcilePolicyConfig("pack", broken, new Map(), undefined, "cfg.json", given),
        (error: unknown) =>
          error instanceof UserError &&
          /^pack 'pack' declares an invalid config schema for "broken": schema is invalid/.test(
            error.message,
          ),
      );
    }
  });
});
