// Property values coming back from the pack. The snapshot holds values in Pulumi's serialised form
// (unknowns as sentinel strings, secrets as `{ [SIG_KEY]: SECRET_SIG, value }`), which is what the
// engine's MarshalProperties(KeepUnknowns, KeepSecrets) produces; outgoing requests are encoded
// from it directly (./encode.ts), and a remediation's Struct is read back into that same form.
// Source: pulumi/pulumi sdk/go/common/resource/plugin/analyzer_plugin.go (Remediate).
import type { WireObject } from "../snapshot";
import type { Struct } from "./proto";

export function fromStruct(value: Struct | undefined): WireObject {
  if (!value) return {};
  return value.toJavaScript() as unknown as WireObject;
}
