// Deserialise a request's properties once, not once per policy.
//
// @pulumi/policy's Analyze handler calls `deserializeProperties(req.getProperties(), false)`
// inside its per-policy loop (docs/reference/pulumi-policy-sdk.md; likewise
// the provider in getProviderResource), so each of our five resource policies pays for decoding
// the same Struct again — the largest share of the pack's per-resource cost in the bench profile
// (bench/RESULTS.md). google-protobuf hands out the same Struct object for every
// `req.getProperties()` of one request, so the decoded bag can be remembered per Struct (weakly:
// it goes when the request goes). Every policy then sees the same raw bag, which also lets
// ./judge.ts judge a resource once per request.
//
// Safe because nothing in this pack mutates a property bag, and each policy still gets its own
// unknown-checking proxy (the SDK wraps the bag per policy). Only the `proxySecrets = false`
// form is shared: Remediate's (`true`) bag is replaced by remediation results, so it stays fresh.
// If the SDK internal ever moves, this does nothing and the pack is just slower.
type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

let installed = false;

export function installDeserializeOnce(): boolean {
  if (installed) return true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require("@pulumi/policy/deserialize") as { deserializeProperties?: Deserialize };
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return false;
    const decoded = new WeakMap<object, Record<string, unknown>>();
    mod.deserializeProperties = function (struct: object, proxySecrets: boolean) {
      if (proxySecrets || struct === null || typeof struct !== "object")
        return original(struct, proxySecrets);
      let bag = decoded.get(struct);
      if (!bag) {
        bag = original(struct, proxySecrets);
        decoded.set(struct, bag);
      }
      return bag;
    };
    installed = mod.deserializeProperties !== original;
    return installed;
  } catch {
    return false;
  }
}
