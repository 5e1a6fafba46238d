// The runner writes Remediate/Analyze/AnalyzeStack requests as bytes (cli/check/engine/encode.ts)
// instead of building google-protobuf objects. What the pack receives must not change: these
// tests compare those bytes with google-protobuf's own serialisation of the object graph the
// runner used to build (the oracle below is that former code), and decode them with the
// generated classes.
import { strict as assert } from "node:assert";
import * as path from "node:path";
import fc from "fast-check";
import {
  encodeAnalyzeRequest,
  encodeProvider,
  encodeStackResourceRecord,
} from "../../cli/check/engine/encode";
import { analyzer, struct } from "../../cli/check/engine/proto";
import { ProviderResolver, type ProviderResource } from "../../cli/check/engine/providers";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import {
  SECRET_SIG,
  SIG_KEY,
  UNKNOWN,
  type SnapshotResource,
  type StackSnapshot,
  type WireObject,
  type WireValue,
} from "../../cli/check/snapshot";
import type * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import type { JavaScriptValue } from "google-protobuf/google/protobuf/struct_pb";
import { ROOT, STATE } from "./helpers";

// ---- The oracle: the object graph the runner used to send (git history of analyze.ts, wire.ts).

function withoutInternalKeys(value: WireValue): WireValue {
  if (Array.isArray(value)) return value.map(withoutInternalKeys);
  if (value !== null && typeof value === "object") {
    const result: { [key: string]: WireValue } = {};
    for (const [key, inner] of Object.entries(value as WireObject)) {
      if (!key.startsWith("__")) result[key] = withoutInternalKeys(inner);
    }
    return result;
  }
  return value;
}

function toStruct(
  properties: WireObject,
  skipInternalKeys: boolean,
): pb.AnalyzeRequest["getProperties"] extends () => infer S ? NonNullable<S> : never {
  const value = skipInternalKeys ? (withoutInternalKeys(properties) as WireObject) : properties;
  return struct.Struct.fromJavaScript(value as unknown as { [key: string]: JavaScriptValue });
}

function resourceOptions(resource: SnapshotResource): pb.AnalyzerResourceOptions {
  return new analyzer.AnalyzerResourceOptions()
    .setProtect(resource.protect ?? false)
    .setParent(resource.parent ?? "")
    .setCustomtimeouts(new analyzer.AnalyzerResourceOptions.CustomTimeouts());
}

function providerMessage(provider: ProviderResource): pb.AnalyzerProviderResource {
  return new analyzer.AnalyzerProviderResource()
    .setUrn(provider.urn)
    .setType(provider.type)
    .setName(provider.name)
    .setProperties(toStruct(provider.properties, true));
}

function oracleAnalyzeRequest(
  resource: SnapshotResource,
  provider: ProviderResource | undefined,
  properties: WireObject,
  skipInternalKeys: boolean,
): pb.AnalyzeRequest {
  const request = new analyzer.AnalyzeRequest()
    .setUrn(resource.urn)
    .setType(resource.type)
    .setName(resource.name)
    .setProperties(toStruct(properties, skipInternalKeys))
    .setOptions(resourceOptions(resource));
  if (provider) request.setProvider(providerMessage(provider));
  return request;
}

function oracleStackResource(
  resource: SnapshotResource,
  provider: ProviderResource | undefined,
  properties: WireObject,
): pb.AnalyzerResource {
  const message = new analyzer.AnalyzerResource()
    .setUrn(resource.urn)
    .setType(resource.type)
    .setName(resource.name)
    .setProperties(toStruct(properties, true))
    .setOptions(resourceOptions(resource))
    .setParent(resource.parent ?? "")
    .setDependenciesList([...resource.dependencies]);
  if (provider) message.setProvider(providerMessage(provider));
  for (const [property, urns] of Object.entries(resource.propertyDependencies)) {
    if (urns.length === 0) continue;
    message
      .getPropertydependenciesMap()
      .set(property, new analyzer.AnalyzerPropertyDependencies().setUrnsList([...urns]));
  }
  return message;
}

// ---- A small stack with everything the wire carries.

const URN = (type: string, name: string): string => `urn:pulumi:dev::proj::${type}::${name}`;
const secret = (value: WireValue): WireObject => ({ [SIG_KEY]: SECRET_SIG, value });
const long = "x".repeat(200) + "é".repeat(9000); // lengths needing 2- and 3-byte varints

const awsProvider: SnapshotResource = {
  urn: URN("pulumi:providers:aws", "eu"),
  type: "pulumi:providers:aws",
  name: "eu",
  custom: true,
  id: "1b2c",
  properties: {
    region: "eu-central-1",
    defaultTags: '{"tags":{"data-residency":"eu"}}',
    __internal: "dropped where the engine drops it",
  },
  dependencies: [],
  propertyDependencies: {},
};

const resources: SnapshotResource[] = [
  {
    urn: URN("pulumi:pulumi:Stack", "proj-dev"),
    type: "pulumi:pulumi:Stack",
    name: "proj-dev",
    custom: false,
    properties: {},
    dependencies: [],
    propertyDependencies: {},
  },
  awsProvider,
  {
    urn: URN("aws:s3/bucketV2:BucketV2", "tickets"),
    type: "aws:s3/bucketV2:BucketV2",
    name: "tickets",
    custom: true,
    id: "tickets-123",
    parent: URN("pulumi:pulumi:Stack", "proj-dev"),
    provider: `${awsProvider.urn}::1b2c`,
    protect: true,
    properties: {
      __defaults: ["bucket"],
      bucket: UNKNOWN,
      tags: { "data-residency": "eu", "data-classification": "personal", "": "empty key" },
      password: secret("hunter2"),
      opaque: secret(UNKNOWN),
      nested: { __meta: { a: 1 }, list: [1, -2.5, 0, -0, 1e300, 5e-324, null, true, false, "", [], {}] },
      unicode: "Zürich — 東京 🇪🇺",
      long,
      unpaired: "a\ud800b\udc00c\ud800",
    },
    outputs: {
      arn: "arn:aws:s3:::tickets-123",
      bucket: "tickets-123",
      region: "eu-central-1",
      tags: { "data-residency": "eu" },
      secretOut: secret({ nested: [UNKNOWN, 1] }),
      __meta: "internal",
    },
    dependencies: [URN("aws:kms/key:Key", "key"), URN("pulumi:pulumi:Stack", "proj-dev")],
    propertyDependencies: {
      serverSideEncryption: [URN("aws:kms/key:Key", "key")],
      bucket: [],
      acl: [URN("aws:kms/key:Key", "key"), URN("pulumi:pulumi:Stack", "proj-dev")],
    },
  },
  {
    // No provider reference: a default provider is synthesised from config.
    urn: URN("gcp:storage/bucket:Bucket", "files"),
    type: "gcp:storage/bucket:Bucket",
    name: "files",
    custom: true,
    properties: { location: "EUROPE-WEST3", labels: { "data-residency": "eu" } },
    dependencies: [],
    propertyDependencies: {},
  },
];

const snapshot: StackSnapshot = {
  origin: "test",
  kind: "state",
  project: "proj",
  stack: "dev",
  config: { "gcp:project": "p", "gcp:region": "europe-west3", "aws:region": "eu-west-1" },
  resources,
};

function withProviders(s: StackSnapshot): { resource: SnapshotResource; provider?: ProviderResource }[] {
  const resolver = new ProviderResolver(s);
  return s.resources.map((resource) => ({ resource, provider: resolver.providerFor(resource) }));
}

function ours(provider: ProviderResource | undefined): Buffer | undefined {
  return provider ? encodeProvider(provider) : undefined;
}

function stackBytes(s: StackSnapshot): Buffer {
  return Buffer.concat(
    withProviders(s).map(({ resource, provider }) =>
      encodeStackResourceRecord(resource, resource.outputs ?? resource.properties, ours(provider)),
    ),
  );
}

function oracleStack(s: StackSnapshot): pb.AnalyzeStackRequest {
  return new analyzer.AnalyzeStackRequest().setResourcesList(
    withProviders(s).map(({ resource, provider }) =>
      oracleStackResource(resource, provider, resource.outputs ?? resource.properties),
    ),
  );
}

describe("check engine: request encoding sends what google-protobuf would", function () {
  it("AnalyzeStack: parents, dependencies, property dependencies, providers, options, unknowns and secrets", () => {
    const bytes = stackBytes(snapshot);
    const oracle = oracleStack(snapshot);
    assert.deepEqual(bytes, Buffer.from(oracle.serializeBinary()));

    // Decoded, it is what the old message decodes to (not quite the old object: jspb itself drops
    // an unpaired high surrogate followed by another character when it writes a string).
    const decoded = analyzer.AnalyzeStackRequest.deserializeBinary(bytes);
    assert.deepEqual(
      decoded.toObject(),
      analyzer.AnalyzeStackRequest.deserializeBinary(oracle.serializeBinary()).toObject(),
    );
    const tickets = decoded.getResourcesList()[2]!;
    assert.equal(tickets.getParent(), URN("pulumi:pulumi:Stack", "proj-dev"));
    assert.equal(tickets.getOptions()?.getProtect(), true);
    const dependencies: [string, string[]][] = [];
    tickets.getPropertydependenciesMap().forEach((v, k) => dependencies.push([k, v.getUrnsList()]));
    assert.deepEqual(dependencies, [
      ["acl", [URN("aws:kms/key:Key", "key"), URN("pulumi:pulumi:Stack", "proj-dev")]],
      ["serverSideEncryption", [URN("aws:kms/key:Key", "key")]],
    ]);
    const outputs = tickets.getProperties()!.toJavaScript();
    assert.deepEqual(outputs.secretOut, secret({ nested: [UNKNOWN, 1] }));
    assert.equal("__meta" in outputs, false);
    assert.equal(tickets.getProvider()?.getProperties()?.toJavaScript().region, "eu-central-1");
    assert.equal(decoded.getResourcesList()[3]!.getProvider()?.getName(), "default");
  });

  it("Remediate (internal keys kept) and Analyze (internal keys dropped) requests", () => {
    for (const { resource, provider } of withProviders(snapshot)) {
      for (const skip of [false, true]) {
        const bytes = encodeAnalyzeRequest(resource, resource.properties, skip, ours(provider));
        const oracle = oracleAnalyzeRequest(resource, provider, resource.properties, skip);
        assert.deepEqual(bytes, Buffer.from(oracle.serializeBinary()), `${resource.name} skip=${skip}`);
        assert.deepEqual(
          analyzer.AnalyzeRequest.deserializeBinary(bytes).toObject(),
          analyzer.AnalyzeRequest.deserializeBinary(oracle.serializeBinary()).toObject(),
        );
      }
    }
    const tickets = analyzer.AnalyzeRequest.deserializeBinary(
      encodeAnalyzeRequest(resources[2]!, resources[2]!.properties, false, undefined),
    );
    const sent = tickets.getProperties()!.toJavaScript() as { [key: string]: unknown };
    assert.deepEqual(sent.__defaults, ["bucket"]);
    assert.equal(sent.bucket, UNKNOWN);
    assert.deepEqual(sent.password, secret("hunter2"));
    assert.equal(sent.long, long);
  });

  it("a real state export, byte for byte", () => {
    const state = loadStateSnapshot(path.join(ROOT, STATE, "helpdesk-eu.json"));
    assert.deepEqual(stackBytes(state), Buffer.from(oracleStack(state).serializeBinary()));
  });

  it("any JSON property values, including odd strings and numbers", () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: anyUnit }),
      fc.constantFrom("__defaults", "__meta", "__proto__", UNKNOWN),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        text,
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value")),
        fc.dictionary(text, tie("value")),
      ),
    }));
    const properties = fc.dictionary(text, value) as fc.Arbitrary<WireObject>;
    const resource = (props: WireObject): SnapshotResource => ({ ...resources[2]!, properties: props });
    fc.assert(
      fc.property(properties, fc.boolean(), (props, skip) => {
        const bytes = encodeAnalyzeRequest(resource(props), props, skip, undefined);
        const oracle = oracleAnalyzeRequest(resource(props), undefined, props, skip);
        assert.deepEqual(bytes, Buffer.from(oracle.serializeBinary()));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a value JSON cannot hold, as Struct.fromJavaScript does", () => {
    const bad = { x: undefined } as unknown as WireObject;
    assert.throws(() => encodeAnalyzeRequest(resources[3]!, bad, true, undefined), /Unexpected struct type/);
  });
});
