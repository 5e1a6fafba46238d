// A property value as the engine hands it to an analyzer. The engine keeps resource references and
// output values while a program runs (it unmarshals RegisterResource with KeepResources and
// KeepOutputValues, then downgrades output values for non-remote resources), and marshals the
// properties for the analyzer *without* KeepResources. So a pack never sees a reference object:
//   - a reference to a custom resource becomes that resource's id, and the unknown sentinel when
//     the id is not known yet (a first preview); a reference with no id (a component) becomes its URN;
//   - an output value becomes its value, the unknown sentinel when it has none, wrapped as a secret
//     when it is secret.
// Sources: pulumi/pulumi sdk/go/common/resource/plugin/rpc.go (UnmarshalPropertyValue,
// ResourceReferenceSig case: "isIDUnknown := id == \"\"" → UnknownStringValue, else id, else urn;
// MarshalPropertyValue, IsResourceReference with !opts.KeepResources), pkg/resource/deploy/source_eval.go
// (RegisterResource: downgradeOutputValues), sdk/go/common/resource/plugin/analyzer_plugin.go
// (MarshalProperties without KeepResources), sdk/go/common/resource/properties.go (the signatures).
// Every input (program, state file, preview file) goes through this one function.
import { rewriteValue } from "../rewrite";
import { SECRET_SIG, SIG_KEY, UNKNOWN, type WireObject, type WireValue } from "../snapshot";

/** `ResourceReferenceSig` (sdk/go/common/resource/properties.go). */
export const RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
/** `OutputValueSig` (sdk/go/common/resource/properties.go). */
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** Thrown for a reference without a URN: the caller names where it was. */
export class MalformedReferenceError extends Error {}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The value the analyzer receives for `value` (already in serialised form). Copy on write: a value
 * holding no reference and no output value is returned as it is.
 */
export function analyzerValue(value: unknown): WireValue {
  return rewriteValue(value, engineMarshalled);
}

/** A reference or an output value as the analyzer receives it; undefined for anything else. */
export function engineMarshalled(value: unknown): WireValue | undefined {
  if (!isObject(value)) return undefined;
  const sig = value[SIG_KEY];
  if (sig === RESOURCE_REFERENCE_SIG) {
    if (typeof value.urn !== "string" || value.urn === "") {
      throw new MalformedReferenceError("a resource reference must have a urn");
    }
    if ("id" in value) {
      const id = value.id;
      return typeof id === "string" && id !== "" && id !== UNKNOWN ? id : UNKNOWN;
    }
    return value.urn;
  }
  if (sig === OUTPUT_VALUE_SIG) {
    const inner: WireValue = "value" in value ? analyzerValue(value.value) : UNKNOWN;
    return value.secret === true ? { [SIG_KEY]: SECRET_SIG, value: inner } : inner;
  }
  return undefined;
}

/** `analyzerValue` of a property map. */
export function analyzerProperties(properties: { readonly [key: string]: unknown }): WireObject {
  return analyzerValue(properties) as WireObject;
}
