// Convert the shared config schema to a protobuf Struct once, and encode it once, not once per
// policy.
//
// GetAnalyzerInfo (docs/reference/pulumi-policy-sdk.md) runs
// `Struct.fromJavaScript(policy.configSchema.properties)` for each of our six policies, all of
// which declare the very same schema object (./schema.ts POLICY_CONFIG_SCHEMA): ~10 ms each on
// this machine, on the start-up path of every preview. The conversion is pure, so the Struct for
// that one object is built once and shared (a message may appear in several parents: it is only
// read when the response is serialised). Serialising the response then encodes that Struct six
// times, most of the handler's time once the conversion is shared: its bytes are encoded the first
// time and copied into the other five (the encoding of a message does not depend on its parent).
// Any other argument goes to the originals. If the SDK's copy of google-protobuf cannot be found,
// nothing changes.
import path from "node:path";

let installed = false;

interface StructStatics {
  fromJavaScript?: (o: object) => unknown;
  serializeBinaryToWriter?: (message: unknown, writer: unknown) => void;
}
interface WriterLike {
  writeSerializedMessage(bytes: Uint8Array, start: number, end: number): void;
  getResultBuffer(): Uint8Array;
}

export function installConfigSchemaOnce(schemaProperties: object): boolean {
  if (installed) return true;
  try {
    const fromPolicy = path.dirname(require.resolve("@pulumi/policy/protoutil"));
    const resolve = (id: string): string => require.resolve(id, { paths: [fromPolicy] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const structs = require(resolve("google-protobuf/google/protobuf/struct_pb")) as {
      Struct?: StructStatics;
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
    installEncodeOnce(Struct, () => converted, resolve);
    return true;
  } catch {
    return false;
  }
}

/**
 * Encodes the shared Struct once: `serializeBinaryToWriter` of that one message writes the bytes
 * of its first encoding (the field header and length are the parent's, written around this call).
 * Without the writer's `writeSerializedMessage`, the original encodes every time.
 */
function installEncodeOnce(
  Struct: StructStatics,
  shared: () => unknown,
  resolve: (id: string) => string,
): void {
  const original = Struct.serializeBinaryToWriter;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BinaryWriter } = require(resolve("google-protobuf")) as { BinaryWriter?: new () => WriterLike };
  if (typeof original !== "function" || typeof BinaryWriter !== "function") return;
  let encoded: Uint8Array | undefined;
  Struct.serializeBinaryToWriter = function (this: unknown, message: unknown, writer: unknown) {
    const target = writer as Partial<WriterLike>;
    if (message === undefined || message !== shared() || typeof target.writeSerializedMessage !== "function")
      return original.call(this, message, writer);
    if (!encoded) {
      const own = new BinaryWriter();
      original.call(this, message, own);
      encoded = own.getResultBuffer();
    }
    target.writeSerializedMessage(encoded, 0, encoded.length);
  };
}
