// GetAnalyzerInfo's answer decoded with each distinct config schema decoded once
// (cli/check/engine/analyzer-info.ts) reads exactly what decoding the whole answer with
// google-protobuf reads, including for bytes the split does not walk.
import { strict as assert } from "node:assert";
import { decodeAnalyzerInfo, type PackInfo } from "../../cli/check/engine/analyzer-info";
import { analyzer, struct } from "../../cli/check/engine/proto";

const SHARED = {
  zones: { type: "object", default: { eu: ["DE", "FR"] }, additionalProperties: { type: "array" } },
  strict: { type: "boolean", default: true },
};

function schema(
  properties: object,
  required: string[] = [],
): InstanceType<typeof analyzer.PolicyConfigSchema> {
  return new analyzer.PolicyConfigSchema()
    .setProperties(struct.Struct.fromJavaScript(properties as { [key: string]: never }))
    .setRequiredList(required);
}

function policy(
  name: string,
  configSchema?: InstanceType<typeof analyzer.PolicyConfigSchema>,
): InstanceType<typeof analyzer.PolicyInfo> {
  const info = new analyzer.PolicyInfo()
    .setName(name)
    .setDisplayname(`${name}!`)
    .setDescription(`what ${name} checks`)
    .setEnforcementlevel(1)
    .setSeverity(3)
    .setUrl(`https://example.com/${name}`);
  return configSchema ? info.setConfigschema(configSchema) : info;
}

function answer(): Uint8Array {
  const info = new analyzer.AnalyzerInfo()
    .setName("pack")
    .setVersion("1.2.3")
    .setSupportsconfig(true)
    .setPoliciesList([
      policy("a", schema(SHARED, ["zones"])),
      policy("b", schema(SHARED, ["zones"])),
      policy("c", schema({ limit: { type: "number" } })),
      policy("d"),
      policy("e", new analyzer.PolicyConfigSchema()),
      policy("f", schema(SHARED, ["zones"])),
    ]);
  info
    .getInitialconfigMap()
    .set(
      "a",
      new analyzer.PolicyConfig().setEnforcementlevel(0).setProperties(struct.Struct.fromJavaScript({})),
    );
  return info.serializeBinary();
}

/** What the runner read before: the whole answer decoded, each policy's schema converted. */
function wholly(bytes: Uint8Array): { info: object; schemas: unknown[] } {
  const info = analyzer.AnalyzerInfo.deserializeBinary(bytes);
  const schemas = info.getPoliciesList().map((p) => {
    const s = p.getConfigschema();
    return s
      ? { properties: s.getProperties()?.toJavaScript() ?? {}, required: s.getRequiredList() }
      : undefined;
  });
  for (const p of info.getPoliciesList()) p.clearConfigschema();
  return { info: info.toObject(), schemas };
}

/** What the runner reads now: the answer (whose schemas may be left out) and `configSchemas`. */
function read(decoded: PackInfo): { info: object; schemas: unknown[] } {
  const info = analyzer.AnalyzerInfo.deserializeBinary(decoded.info.serializeBinary());
  for (const p of info.getPoliciesList()) p.clearConfigschema();
  return { info: info.toObject(), schemas: [...decoded.configSchemas] };
}

function outcome<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe("check engine: GetAnalyzerInfo with each distinct config schema decoded once", () => {
  it("reads every field and every policy's schema as decoding the whole answer does", () => {
    const bytes = answer();
    const decoded = decodeAnalyzerInfo(bytes);
    assert.deepEqual(read(decoded), wholly(bytes));
    assert.equal(decoded.info.getPoliciesList().length, 6);
    assert.ok(
      decoded.info.getPoliciesList().every((p) => !p.hasConfigschema()),
      "the schemas were split off, not decoded with the answer",
    );
    assert.deepEqual(decoded.configSchemas[2], { properties: { limit: { type: "number" } }, required: [] });
    assert.equal(decoded.configSchemas[3], undefined);
    assert.deepEqual(decoded.configSchemas[4], { properties: {}, required: [] });
  });

  it("shares one decoded schema between policies whose schemas are byte-identical, and only those", () => {
    const { configSchemas } = decodeAnalyzerInfo(answer());
    assert.equal(configSchemas[0], configSchemas[1]);
    assert.equal(configSchemas[0], configSchemas[5]);
    assert.notEqual(configSchemas[0], configSchemas[2]);
  });

  it("keeps the last config_schema of a policy that repeats it, as google-protobuf does", () => {
    const first = policy("x", schema({ first: { type: "string" } })).serializeBinary();
    const last = new analyzer.PolicyInfo()
      .setConfigschema(schema({ last: { type: "string" } }))
      .serializeBinary();
    const record = Buffer.concat([first, last]);
    const bytes = Buffer.concat([Buffer.from([(3 << 3) | 2, record.length]), record]);
    assert.ok(record.length < 128, "one-byte length");
    const decoded = decodeAnalyzerInfo(bytes);
    assert.deepEqual(read(decoded), wholly(bytes));
    assert.deepEqual(decoded.configSchemas[0]?.properties, { last: { type: "string" } });
  });

  it("answers or fails as google-protobuf does for bytes it does not walk (truncated, a group)", () => {
    const bytes = answer();
    const variants = [
      bytes.subarray(0, bytes.length - 3),
      bytes.subarray(0, 40),
      Buffer.concat([bytes, Buffer.from([(12 << 3) | 3, (12 << 3) | 4])]),
      Buffer.concat([bytes, Buffer.from([(13 << 3) | 0, 0x96, 0x01])]),
    ];
    for (const variant of variants) {
      const expected = outcome(() => wholly(variant));
      const actual = outcome(() => read(decodeAnalyzerInfo(variant)));
      assert.deepEqual(actual, expected);
    }
  });
});
