// The binary encoding of the Analyzer requests the runner sends per resource (AnalyzeRequest for
// Remediate and Analyze, AnalyzerResource for AnalyzeStack), written straight from the snapshot's
// JSON values. Building these as google-protobuf objects first (Struct.fromJavaScript: a message
// object per value, then serializeBinary) cost ~1.4 GiB of heap and ~17 s for the AnalyzeStack of
// a 50,000-resource stack; this writes the same bytes with no intermediate objects, so a resource's
// AnalyzeStack record is a few hundred bytes from the moment its Analyze answers.
//
// The output is byte-identical to google-protobuf 3.21's serialisation of the objects the runner
// used to build (test/runner/engine-encode.test.ts checks it, on fixed and generated values):
// - field order, and which fields are omitted, follow the generated `serializeBinaryToWriter` of
//   @pulumi/pulumi/proto/analyzer_pb.js (AnalyzeRequest, AnalyzerResource, AnalyzerResourceOptions,
//   AnalyzerProviderResource, AnalyzerPropertyDependencies, AnalyzeStackRequest) and of
//   google-protobuf/google/protobuf/struct_pb.js (Struct, Value, ListValue);
// - map entries (Struct.fields, AnalyzerResource.propertyDependencies) are written in sorted key
//   order, as jspb.Map.prototype.serializeBinary sorts them;
// - strings are UTF-8 as jspb's BinaryEncoder.writeString writes them (including what it does
//   with unpaired surrogates), doubles as its splitFloat64 (NaN as 0x7fffffffffffffff).
// Wire format: https://protobuf.dev/programming-guides/encoding/ (a repeated message field is the
// concatenation of its records, each tag + varint length + bytes).
import type { SnapshotResource, WireObject, WireValue } from "../snapshot";
import type { ProviderResource } from "./providers";

const VARINT = 0;
const FIXED64 = 1;
const DELIMITED = 2;

/** A growable byte buffer with protobuf primitives. Synchronous use only (one shared scratch). */
class Writer {
  private buf = Buffer.allocUnsafe(64 * 1024);
  pos = 0;

  reset(): void {
    this.pos = 0;
    // Do not keep a huge scratch buffer alive after one outsized message.
    if (this.buf.length > 4 * 1024 * 1024) this.buf = Buffer.allocUnsafe(64 * 1024);
  }

  /** A copy of what was written, sized exactly. */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.pos);
    this.buf.copy(out, 0, 0, this.pos);
    return out;
  }

  private ensure(extra: number): void {
    const needed = this.pos + extra;
    if (needed <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.buf.length * 2));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
  }

  /** A tag for field numbers below 16 (all of ours): one byte. */
  tag(field: number, wireType: number): void {
    this.ensure(1);
    this.buf[this.pos++] = (field << 3) | wireType;
  }

  varint(value: number): void {
    this.ensure(10);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
  }

  double(value: number): void {
    this.ensure(8);
    if (Number.isNaN(value)) {
      // jspb's splitFloat64 writes NaN as high 0x7fffffff, low 0xffffffff.
      this.buf.writeUInt32LE(0xffffffff, this.pos);
      this.buf.writeUInt32LE(0x7fffffff, this.pos + 4);
    } else {
      this.buf.writeDoubleLE(value, this.pos);
    }
    this.pos += 8;
  }

  /** Starts a length-delimited body: reserves one byte for its length. */
  begin(): number {
    this.ensure(1);
    return this.pos++;
  }

  /** Ends a body started at `start`: writes its length, moving the body if it needs more bytes. */
  end(start: number): void {
    const length = this.pos - start - 1;
    if (length < 0x80) {
      this.buf[start] = length;
      return;
    }
    let size = 1;
    for (let v = length >>> 7; v > 0; v >>>= 7) size++;
    this.ensure(size - 1);
    this.buf.copyWithin(start + size, start + 1, this.pos);
    this.pos += size - 1;
    let v = length;
    let at = start;
    while (v >= 0x80) {
      this.buf[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[at] = v;
  }

  /** A string body (length + UTF-8), encoded as jspb's BinaryEncoder.writeString does. */
  stringBody(value: string): void {
    const start = this.begin();
    const n = value.length;
    this.ensure(3 * n);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      let c = value.charCodeAt(i);
      if (c < 0x80) {
        buf[pos++] = c;
      } else if (c < 0x800) {
        buf[pos++] = (c >> 6) | 0xc0;
        buf[pos++] = (c & 0x3f) | 0x80;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        // A high surrogate with a next unit: a pair becomes 4 bytes; jspb drops a high surrogate
        // followed by anything else (and keeps that next unit).
        const low = value.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x400 * (c - 0xd800) + low - 0xdc00 + 0x10000;
          buf[pos++] = (c >> 18) | 0xf0;
          buf[pos++] = ((c >> 12) & 0x3f) | 0x80;
          buf[pos++] = ((c >> 6) & 0x3f) | 0x80;
          buf[pos++] = (c & 0x3f) | 0x80;
          i++;
        }
      } else {
        buf[pos++] = (c >> 12) | 0xe0;
        buf[pos++] = ((c >> 6) & 0x3f) | 0x80;
        buf[pos++] = (c & 0x3f) | 0x80;
      }
    }
    this.pos = pos;
    this.end(start);
  }

  string(field: number, value: string): void {
    this.tag(field, DELIMITED);
    this.stringBody(value);
  }

  bytes(field: number, value: Uint8Array): void {
    this.tag(field, DELIMITED);
    this.varint(value.length);
    this.ensure(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }
}

const scratch = new Writer();

/** `__defaults`, `__meta` and the like: engine-internal keys, dropped where the engine drops them. */
function isInternalKey(key: string): boolean {
  return key.charCodeAt(0) === 0x5f && key.charCodeAt(1) === 0x5f; // "__"
}

/** google.protobuf.Struct: `map<string, Value> fields = 1`, keys sorted. */
function writeStruct(w: Writer, object: WireObject, skipInternalKeys: boolean): void {
  const keys: string[] = [];
  // for…in, as Struct.fromJavaScript iterates. jspb.Map keeps entries in a plain object, where
  // an own `__proto__` key (JSON.parse makes one) is lost: it never reaches the wire.
  for (const key in object) {
    if ((!skipInternalKeys || !isInternalKey(key)) && key !== "__proto__") keys.push(key);
  }
  keys.sort();
  for (const key of keys) {
    w.tag(1, DELIMITED);
    const entry = w.begin();
    w.string(1, key);
    w.tag(2, DELIMITED);
    const value = w.begin();
    writeValue(w, object[key]!, skipInternalKeys);
    w.end(value);
    w.end(entry);
  }
}

/** google.protobuf.Value: oneof null_value = 1, number_value = 2, string_value = 3, bool_value = 4, struct_value = 5, list_value = 6. */
function writeValue(w: Writer, value: WireValue, skipInternalKeys: boolean): void {
  switch (typeof value) {
    case "string":
      w.string(3, value);
      return;
    case "number":
      w.tag(2, FIXED64);
      w.double(value);
      return;
    case "boolean":
      w.tag(4, VARINT);
      w.varint(value ? 1 : 0);
      return;
    case "object": {
      if (value === null) {
        w.tag(1, VARINT);
        w.varint(0);
        return;
      }
      if (Array.isArray(value)) {
        // google.protobuf.ListValue: `repeated Value values = 1`.
        w.tag(6, DELIMITED);
        const list = w.begin();
        for (const item of value as readonly WireValue[]) {
          w.tag(1, DELIMITED);
          const at = w.begin();
          writeValue(w, item, skipInternalKeys);
          w.end(at);
        }
        w.end(list);
        return;
      }
      w.tag(5, DELIMITED);
      const at = w.begin();
      writeStruct(w, value as WireObject, skipInternalKeys);
      w.end(at);
      return;
    }
    default:
      // What Value.fromJavaScript says of undefined, functions and the like.
      throw new Error("Unexpected struct type.");
  }
}

function structField(w: Writer, field: number, properties: WireObject, skipInternalKeys: boolean): void {
  w.tag(field, DELIMITED);
  const at = w.begin();
  writeStruct(w, properties, skipInternalKeys);
  w.end(at);
}

function optionalString(w: Writer, field: number, value: string): void {
  if (value.length > 0) w.string(field, value);
}

/**
 * AnalyzerResourceOptions as the runner sends them: protect = 1, custom_timeouts = 7 (always
 * present, empty: the SDK refuses a request without options), parent = 8.
 */
function writeOptions(w: Writer, resource: SnapshotResource): void {
  w.tag(5, DELIMITED);
  const at = w.begin();
  if (resource.protect) {
    w.tag(1, VARINT);
    w.varint(1);
  }
  w.tag(7, DELIMITED);
  w.varint(0);
  optionalString(w, 8, resource.parent ?? "");
  w.end(at);
}

/**
 * The body of an AnalyzerProviderResource (type = 1, properties = 2, urn = 3, name = 4), its
 * properties without internal keys as the engine's marshalProvider sends them. The same bytes
 * serve every request that names this provider: encode once per provider.
 */
export function encodeProvider(provider: ProviderResource): Buffer {
  const w = scratch;
  w.reset();
  optionalString(w, 1, provider.type);
  structField(w, 2, provider.properties, true);
  optionalString(w, 3, provider.urn);
  optionalString(w, 4, provider.name);
  return w.take();
}

/** Fields 1–6, common to AnalyzeRequest and AnalyzerResource. */
function writeResourceHead(
  w: Writer,
  resource: SnapshotResource,
  properties: WireObject,
  skipInternalKeys: boolean,
  provider: Uint8Array | undefined,
): void {
  optionalString(w, 1, resource.type);
  structField(w, 2, properties, skipInternalKeys);
  optionalString(w, 3, resource.urn);
  optionalString(w, 4, resource.name);
  writeOptions(w, resource);
  if (provider) w.bytes(6, provider);
}

/**
 * An AnalyzeRequest (for Remediate: `skipInternalKeys` false; for Analyze: true), with the
 * provider body from `encodeProvider`.
 */
export function encodeAnalyzeRequest(
  resource: SnapshotResource,
  properties: WireObject,
  skipInternalKeys: boolean,
  provider: Uint8Array | undefined,
): Buffer {
  const w = scratch;
  w.reset();
  writeResourceHead(w, resource, properties, skipInternalKeys, provider);
  return w.take();
}

/**
 * One AnalyzerResource of an AnalyzeStackRequest, already framed as a record of its `resources`
 * field (tag 1, length, body): AnalyzeStackRequest bytes are these records concatenated.
 * Fields 1–6 as in AnalyzeRequest (properties without internal keys), then parent = 7,
 * dependencies = 8, property_dependencies = 9 (sorted; properties without dependencies left
 * out, as the engine leaves them out).
 */
export function encodeStackResourceRecord(
  resource: SnapshotResource,
  properties: WireObject,
  provider: Uint8Array | undefined,
): Buffer {
  const w = scratch;
  w.reset();
  w.tag(1, DELIMITED);
  const record = w.begin();
  writeResourceHead(w, resource, properties, true, provider);
  optionalString(w, 7, resource.parent ?? "");
  for (const urn of resource.dependencies) w.string(8, urn);
  const dependents = Object.keys(resource.propertyDependencies).filter(
    (property) => resource.propertyDependencies[property]!.length > 0,
  );
  dependents.sort();
  for (const property of dependents) {
    w.tag(9, DELIMITED);
    const entry = w.begin();
    w.string(1, property);
    w.tag(2, DELIMITED);
    const value = w.begin();
    for (const urn of resource.propertyDependencies[property]!) w.string(1, urn);
    w.end(value);
    w.end(entry);
  }
  w.end(record);
  return w.take();
}
