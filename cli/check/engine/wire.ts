// Property values on the wire. The snapshot already holds them in Pulumi's serialised form
// (unknowns as sentinel strings, secrets as `{ [SIG_KEY]: SECRET_SIG, value }`), which is exactly
// what the engine's MarshalProperties(KeepUnknowns, KeepSecrets) produces, so sending them is a
// plain JSON → google.protobuf.Struct conversion. Source: pulumi/pulumi
// sdk/go/common/resource/plugin/analyzer_plugin.go (Analyze/AnalyzeStack/marshalProvider use
// SkipInternalKeys: true; Remediate uses SkipInternalKeys: false) and rpc.go (MarshalPropertyValue).
import type { WireObject, WireValue } from "../snapshot";
import type { JavaScriptValue } from "google-protobuf/google/protobuf/struct_pb";
import { struct, type Struct } from "./proto";

/** `__defaults`, `__meta` and the like: engine-internal keys, dropped where the engine drops them. */
function isInternalKey(key: string): boolean {
  return key.startsWith("__");
}

function withoutInternalKeys(value: WireValue): WireValue {
  if (Array.isArray(value)) return value.map(withoutInternalKeys);
  if (value !== null && typeof value === "object") {
    const result: { [key: string]: WireValue } = {};
    for (const [key, inner] of Object.entries(value as WireObject)) {
      if (!isInternalKey(key)) result[key] = withoutInternalKeys(inner);
    }
    return result;
  }
  return value;
}

export function toStruct(properties: WireObject, options: { skipInternalKeys: boolean }): Struct {
  const value = options.skipInternalKeys ? (withoutInternalKeys(properties) as WireObject) : properties;
  // Struct.fromJavaScript takes plain JSON values; WireValue is exactly that.
  return struct.Struct.fromJavaScript(value as unknown as { [key: string]: JavaScriptValue });
}

export function fromStruct(value: Struct | undefined): WireObject {
  if (!value) return {};
  return value.toJavaScript() as unknown as WireObject;
}
