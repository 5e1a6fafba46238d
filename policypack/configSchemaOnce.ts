// Convert the shared config schema to a protobuf Struct once, not once per policy.
//
// GetAnalyzerInfo (docs/reference/pulumi-policy-sdk.md) runs
// `Struct.fromJavaScript(policy.configSchema.properties)` for each of our six policies, all of
// which declare the very same schema object (./schema.ts POLICY_CONFIG_SCHEMA): ~10 ms each on
// this machine, on the start-up path of every preview. The conversion is pure, so the Struct for
// that one object is built once and shared (a message may appear in several parents: it is only
// read when the response is serialised). Any other argument goes to the original. If the SDK's
// copy of google-protobuf cannot be found, nothing changes.
import path from "node:path";

let installed = false;

export function installConfigSchemaOnce(schemaProperties: object): boolean {
  if (installed) return true;
  try {
    const fromPolicy = path.dirname(require.resolve("@pulumi/policy/protoutil"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const structs = require(
      require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [fromPolicy] }),
    ) as {
      Struct?: { fromJavaScript?: (o: object) => unknown };
    };
    const Struct = structs.Struct;
    const original = Struct?.fromJavaScript;
    if (!Struct || typeof original !== "function") return false;
    let converted: unknown;
    Struct.fromJavaScript = function (this: unknown, o: object) {
      if (o !== schemaProperties) return original.call(this, o);
      converted ??= original.call(this, o);
      return converted;
    };
    installed = true;
    return true;
  } catch {
    return false;
  }
}
