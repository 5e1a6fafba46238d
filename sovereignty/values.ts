// Pulumi serialises a value that is not known until the provider computes it as one of these
// sentinel strings (the same ones @pulumi/policy's props proxy checks for). The model reads raw
// property bags, so it must recognise them itself: an unknown is never a "value".

/** Unknown-value sentinels by the type the engine expected (as @pulumi/policy and @pulumi/pulumi runtime/rpc write them). */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (also the engine's plain unknown)
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

export function isUnknown(value: unknown): boolean {
  return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}
