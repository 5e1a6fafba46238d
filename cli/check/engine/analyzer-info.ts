// The answer to GetAnalyzerInfo, decoded with each distinct policy config schema decoded once.
//
// A pack declares a config schema per policy, and packs often give every policy the same one (ours:
// six policies, one 4 KB schema; the SDK encodes it once per policy, so the answer is ~38 KB).
// Decoding the whole answer with google-protobuf builds a message object per JSON value of every
// copy and then converts each copy back to plain values: most of the runner's work between the
// pack's answer and Configure. Here the answer's bytes are split: every policy record without its
// `config_schema` field goes to google-protobuf as before (the same bytes, so the same message),
// and each distinct `config_schema` body, keyed by its bytes, is decoded and converted once.
// Policies whose schemas are byte-identical share one plain object, which nobody modifies.
//
// Field numbers are those of pulumi/pulumi proto/pulumi/analyzer.proto (AnalyzerInfo.policies = 3,
// PolicyInfo.config_schema = 6), as the generated @pulumi/pulumi/proto/analyzer_pb.js reads them.
// Wire format: https://protobuf.dev/programming-guides/encoding/. Bytes this split does not
// understand (a group, a field running past its message) are decoded whole, as before, so that
// google-protobuf accepts or rejects them exactly as it always did.
import type { ConfigSchema } from "./policy-config";
import { analyzer, type AnalyzerInfo } from "./proto";
import type * as pb from "@pulumi/pulumi/proto/analyzer_pb";

export interface PackInfo {
  /** The answer; its policies' `config_schema` may be left out: read `configSchemas`. */
  readonly info: AnalyzerInfo;
  /** Per policy of `info`, in order: its config schema, or undefined when it declares none. */
  readonly configSchemas: readonly (ConfigSchema | undefined)[];
}

const POLICIES = 3;
const CONFIG_SCHEMA = 6;

const VARINT = 0;
const FIXED64 = 1;
const DELIMITED = 2;
const FIXED32 = 5;

/** The gRPC response deserialiser of GetAnalyzerInfo. */
export function decodeAnalyzerInfo(bytes: Uint8Array): PackInfo {
  const split = splitConfigSchemas(bytes);
  if (!split) {
    const info = analyzer.AnalyzerInfo.deserializeBinary(bytes);
    return {
      info,
      configSchemas: info.getPoliciesList().map((policy) => {
        const schema = policy.getConfigschema();
        return schema ? plainSchema(schema) : undefined;
      }),
    };
  }
  const decoded = new Map<string, ConfigSchema>();
  const configSchemas = split.schemas.map((body) => {
    if (!body) return undefined;
    const key = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1");
    let schema = decoded.get(key);
    if (!schema)
      decoded.set(key, (schema = plainSchema(analyzer.PolicyConfigSchema.deserializeBinary(body))));
    return schema;
  });
  return { info: analyzer.AnalyzerInfo.deserializeBinary(split.rest), configSchemas };
}

function plainSchema(schema: pb.PolicyConfigSchema): ConfigSchema {
  return {
    properties: (schema.getProperties()?.toJavaScript() ?? {}) as { [key: string]: unknown },
    required: schema.getRequiredList(),
  };
}

interface Field {
  readonly number: number;
  readonly wireType: number;
  /** Where the field's tag starts, where its value (after a length) starts, and where it ends. */
  readonly start: number;
  readonly valueStart: number;
  readonly end: number;
}

/**
 * The answer without its policies' config schemas, and each policy's last `config_schema` body
 * (google-protobuf keeps the last of repeated occurrences); undefined for bytes it cannot walk.
 */
function splitConfigSchemas(
  bytes: Uint8Array,
): { rest: Uint8Array; schemas: (Uint8Array | undefined)[] } | undefined {
  const pieces: Uint8Array[] = [];
  const schemas: (Uint8Array | undefined)[] = [];
  for (let at = 0; at < bytes.length;) {
    const field = readField(bytes, at, bytes.length);
    if (!field) return undefined;
    at = field.end;
    if (field.number !== POLICIES || field.wireType !== DELIMITED) {
      pieces.push(bytes.subarray(field.start, field.end));
      continue;
    }
    const kept: Uint8Array[] = [];
    let keptLength = 0;
    let schema: Uint8Array | undefined;
    for (let inner = field.valueStart; inner < field.end;) {
      const policyField = readField(bytes, inner, field.end);
      if (!policyField) return undefined;
      inner = policyField.end;
      if (policyField.number === CONFIG_SCHEMA && policyField.wireType === DELIMITED) {
        schema = bytes.subarray(policyField.valueStart, policyField.end);
      } else {
        kept.push(bytes.subarray(policyField.start, policyField.end));
        keptLength += policyField.end - policyField.start;
      }
    }
    schemas.push(schema);
    if (!schema) {
      pieces.push(bytes.subarray(field.start, field.end));
      continue;
    }
    pieces.push(Uint8Array.of((POLICIES << 3) | DELIMITED), varint(keptLength), ...kept);
  }
  return { rest: Buffer.concat(pieces), schemas };
}

/** The field at `at`, which must end by `end`; undefined for a group or a truncated field. */
function readField(bytes: Uint8Array, at: number, end: number): Field | undefined {
  const tag = readVarint(bytes, at, end);
  if (!tag) return undefined;
  const wireType = tag.value % 8;
  const number = Math.floor(tag.value / 8);
  let valueStart = tag.next;
  let fieldEnd: number;
  switch (wireType) {
    case VARINT: {
      const value = readVarint(bytes, valueStart, end);
      if (!value) return undefined;
      fieldEnd = value.next;
      break;
    }
    case FIXED64:
      fieldEnd = valueStart + 8;
      break;
    case FIXED32:
      fieldEnd = valueStart + 4;
      break;
    case DELIMITED: {
      const length = readVarint(bytes, valueStart, end);
      if (!length) return undefined;
      valueStart = length.next;
      fieldEnd = valueStart + length.value;
      break;
    }
    default:
      return undefined;
  }
  if (number === 0 || fieldEnd > end) return undefined;
  return { number, wireType, start: at, valueStart, end: fieldEnd };
}

/** A varint of at most 10 bytes ending by `end`, as a number (exact below 2^53). */
function readVarint(bytes: Uint8Array, at: number, end: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = at; i < end && i < at + 10; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: i + 1 };
    scale *= 128;
  }
  return undefined;
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Uint8Array.from(out);
}
