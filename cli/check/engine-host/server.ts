// The engine's side of a running program: a ResourceMonitor + Engine gRPC server a Pulumi SDK (any
// language) connects to exactly as it connects to `pulumi preview`'s engine, answering as a FIRST
// preview would. Nothing exists yet: a custom resource gets no id (the SDK resolves it as unknown at
// a dry run) and its inputs back as its state, so every output a provider would compute is unknown;
// a provider resource gets no id either (the engine gives a new provider the unknown id at preview:
// pulumi/pulumi pkg/resource/deploy/providers/registry.go). Invokes are answered by the caller's
// function (plausible values consistent with the stack config); method calls on resources answer
// with no outputs (unknown at preview).
//
// Engine sources (pulumi/pulumi), each emulated below where noted:
//   pkg/resource/deploy/source_eval.go    RegisterResource (unmarshal options, property-dependency
//                                          backfill, resolveProvider, component outputs not returned,
//                                          supportsPartialValues filter), SupportsFeature, ReadResource,
//                                          RegisterResourceOutputs, Invoke, Call
//   pkg/resource/deploy/deployment.go     generateURN (parent's qualified type, the root stack type skipped)
//   pkg/resource/deploy/step_generator.go duplicate URN diagnostic
//   pkg/engine/... Engine service         Log, GetRootResource, SetRootResource
import { randomUUID } from "node:crypto";
import type * as grpcTypes from "@grpc/grpc-js";
import { analyzerProperties } from "../engine/marshal";
import { empty, grpc, struct } from "../engine/proto";
import { SIG_KEY, SECRET_SIG, UNKNOWN, type SnapshotResource } from "../snapshot";
import { EngineRecords } from "./records";
import { Transforms } from "./transforms";
import {
  callback as callbackPb,
  engine,
  engineGrpc,
  provider as providerPb,
  resource as resourcePb,
  resourceGrpc,
  type LogRequest,
  type ReadResourceRequest,
  type RegisterResourceOutputsRequest,
  type RegisterResourceRequest,
  type ResourceCallRequest,
  type ResourceInvokeRequest,
} from "./proto";

/** A plain JSON-like object as protobuf Structs carry it. */
export type JsonObject = { [key: string]: unknown };

/**
 * Answers a provider function. `provider`: the inputs of the explicit provider the invoke names
 * (`{ provider }` in its options), whose settings (a region) the real provider would answer with.
 * Throw `InvokeFailure` for an error the provider would return.
 */
export type InvokeAnswerer = (
  token: string,
  args: JsonObject,
  provider?: { readonly [key: string]: unknown },
) => JsonObject;

/** An invoke the program would also see fail under the engine (a missing region, …). */
export class InvokeFailure extends Error {}

export interface EngineHostOptions {
  readonly organization: string;
  readonly project: string;
  readonly stack: string;
  /** Answers invokes; without it every invoke answers an empty object. */
  readonly invoke?: InvokeAnswerer;
}

export interface EngineHost {
  /** Where the program's SDK finds the ResourceMonitor (`--monitor`, `PULUMI_MONITOR`, …). */
  readonly monitorAddress: string;
  /** Where it finds the Engine service (`--engine`); the same server. */
  readonly engineAddress: string;
  /** What the program registered, read, logged. */
  readonly records: EngineRecords;
  /** Calls being answered right now. */
  pending(): number;
  /** Milliseconds since the last call arrived or was answered (0 while one is pending). */
  idleFor(): number;
  /** How many calls the program has made. */
  calls(): number;
  /** Resolves when the SDK says it is done (SignalAndWaitForShutdown). */
  readonly shutdownRequested: Promise<void>;
  close(): Promise<void>;
}

const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
const MAX_MESSAGE = 400 * 1024 * 1024;

/**
 * The features the engine reports supported (source_eval.go SupportsFeature), resource transforms
 * included (./transforms.ts). `invokeTransforms` and hooks are not run by this host: it says so, and
 * the SDK refuses such a program with its own message instead of running it without them.
 */
const SUPPORTED_FEATURES = new Set([
  "secrets",
  "resourceReferences",
  "outputValues",
  "aliasSpecs",
  "deletedWith",
  "transforms",
  "parameterization",
]);

/** Starts the host on 127.0.0.1 (a free port) and resolves once it listens. */
export async function startEngineHost(options: EngineHostOptions): Promise<EngineHost> {
  const records = new EngineRecords();
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
  });
  let inFlight = 0;
  let callCount = 0;
  let lastActivity = Date.now();
  let signalShutdown: () => void = () => undefined;
  const shutdownRequested = new Promise<void>((resolve) => (signalShutdown = resolve));
  /** Providers a component passed to its children (`providers:`), by component URN then package. */
  const componentProviders = new Map<string, ReadonlyMap<string, string>>();
  const packageRefs = new Set<string>();
  const transforms = new Transforms();

  // Every handler goes through here: activity is tracked for stall detection, and an exception
  // becomes a gRPC error the SDK reports, never a crash of the runner.
  function unary<Req, Res>(
    handle: (request: Req) => Res | Promise<Res>,
  ): (call: grpcTypes.ServerUnaryCall<Req, Res>, callback: grpcTypes.sendUnaryData<Res>) => void {
    return (call, callback) => {
      inFlight += 1;
      callCount += 1;
      lastActivity = Date.now();
      const done = (): void => {
        inFlight -= 1;
        lastActivity = Date.now();
      };
      const fail = (error: unknown): void => {
        const message = error instanceof Error ? error.message : String(error);
        const code = error instanceof HostError ? error.code : grpc.status.UNKNOWN;
        callback({ code, details: message, message, name: "Error" }, null);
      };
      try {
        Promise.resolve(handle(call.request)).then(
          (response) => {
            done();
            callback(null, response);
          },
          (error: unknown) => {
            done();
            fail(error);
          },
        );
      } catch (error) {
        done();
        fail(error);
      }
    };
  }

  const urnOf = (parent: string, type: string, name: string): string => {
    const parentType = parent === "" || urnType(parent) === ROOT_STACK_TYPE ? "" : urnQualifiedType(parent);
    const qualified = parentType === "" ? type : `${parentType}$${type}`;
    return `urn:pulumi:${options.stack}::${options.project}::${qualified}::${name}`;
  };

  const monitor: Partial<import("@pulumi/pulumi/proto/resource_grpc_pb").IResourceMonitorServer> = {
    supportsFeature: unary((req: InstanceType<typeof resourcePb.SupportsFeatureRequest>) =>
      new resourcePb.SupportsFeatureResponse().setHassupport(SUPPORTED_FEATURES.has(req.getId())),
    ),

    registerResource: unary(async (req: RegisterResourceRequest) => {
      const type = req.getType();
      const name = req.getName();
      const parent = req.getParent();
      const custom = req.getCustom();
      const remote = req.getRemote();
      const urn = urnOf(parent, type, name);
      if (records.has(urn)) {
        // step_generator.go generateURN → diag.GetDuplicateResourceURNError.
        throw new HostError(
          grpc.status.INVALID_ARGUMENT,
          `Duplicate resource URN '${urn}'; try giving it a unique name`,
        );
      }
      let object = (req.getObject()?.toJavaScript() ?? {}) as JsonObject;
      let dependencies = [...new Set(req.getDependenciesList())];
      const propertyDependencies: { [key: string]: string[] } = {};
      req.getPropertydependenciesMap().forEach((value, key) => {
        propertyDependencies[key] = [...new Set(value.getUrnsList())];
      });
      // source_eval.go: a request without property dependencies (older SDKs) has every property
      // depend on every dependency, except for remote components.
      if (req.getPropertydependenciesMap().getLength() === 0 && !remote) {
        for (const key of Object.keys(object)) propertyDependencies[key] = [...dependencies];
      }
      const providers = new Map<string, string>();
      req.getProvidersMap().forEach((value, key) => providers.set(key, value));
      // source_eval.go resolveProvider: explicit, else this request's `providers` for the package,
      // else the parent component's.
      let providerRef = req.getProvider();
      if ((custom || remote) && providerRef === "") {
        const pkg = packageOfType(type);
        providerRef = providers.get(pkg) ?? componentProviders.get(parent)?.get(pkg) ?? "";
      }
      if (!custom) {
        // A component's children inherit the providers it was given, then its parent's.
        const inherited = new Map(componentProviders.get(parent) ?? []);
        for (const [pkg, ref] of providers) inherited.set(pkg, ref);
        componentProviders.set(urn, inherited);
      }
      // source_eval.go: the resource's own transforms, its ancestors', then the stack's, in order.
      const ownTransforms = req.getTransformsList();
      const applicable = transforms.applicable(ownTransforms, parent);
      if (applicable.length > 0) {
        const transformed = await transforms.run(applicable, {
          type,
          name,
          custom,
          parent,
          properties: object,
          provider: providerRef,
          dependsOn: dependencies,
        });
        object = transformed.properties;
        providerRef = transformed.provider;
        dependencies = [...new Set(transformed.dependsOn)];
        for (const key of Object.keys(propertyDependencies)) {
          if (!(key in object)) delete propertyDependencies[key];
        }
      }
      transforms.remember(urn, parent, ownTransforms);
      const position = req.getSourceposition();
      const protect = req.hasProtect?.() === true ? req.getProtect() : false;
      const recorded: SnapshotResource = {
        urn,
        type,
        name,
        custom,
        ...(parent !== "" ? { parent } : {}),
        ...(providerRef !== "" ? { provider: providerRef } : {}),
        properties: analyzerProperties(object),
        dependencies,
        propertyDependencies,
        ...(protect ? { protect } : {}),
        ...(remote ? { remote } : {}),
        ...(position && position.getUri() !== "" && position.getLine() > 0
          ? {
              sourcePosition: {
                uri: position.getUri(),
                line: position.getLine(),
                ...(position.getColumn() > 0 ? { column: position.getColumn() } : {}),
              },
            }
          : {}),
      };
      records.addResource(recorded);

      const response = new resourcePb.RegisterResourceResponse().setUrn(urn);
      // source_eval.go: a local component's outputs are not returned; a remote one's would come
      // from Construct, which does not run here, so it has none either (all unknown at preview).
      if (custom) {
        let outputs = req.getAcceptresources() ? object : downgradeReferences(object);
        if (!req.getAcceptsecrets()) outputs = unwrapSecrets(outputs) as JsonObject;
        if (!req.getSupportspartialvalues()) outputs = withoutUnknowns(outputs);
        response.setObject(struct.Struct.fromJavaScript(outputs as never));
      }
      return response;
    }),

    registerResourceOutputs: unary((req: RegisterResourceOutputsRequest) => {
      records.completeComponent(req.getUrn(), (req.getOutputs()?.toJavaScript() ?? {}) as JsonObject);
      return new empty.Empty();
    }),

    readResource: unary((req: ReadResourceRequest) => {
      const parent = req.getParent();
      const urn = urnOf(parent, req.getType(), req.getName());
      records.addRead({
        urn,
        type: req.getType(),
        name: req.getName(),
        id: req.getId(),
        ...(parent !== "" ? { parent } : {}),
      });
      // The engine reads the resource through its provider; offline its state is what the program
      // gave: every other output (a StackReference's `outputs`, …) is unknown at this preview.
      const properties = (req.getProperties()?.toJavaScript() ?? {}) as JsonObject;
      return new resourcePb.ReadResourceResponse()
        .setUrn(urn)
        .setProperties(struct.Struct.fromJavaScript(withoutUnknowns(properties) as never));
    }),

    invoke: unary((req: ResourceInvokeRequest) => {
      const token = req.getTok();
      const args = analyzerProperties((req.getArgs()?.toJavaScript() ?? {}) as JsonObject) as JsonObject;
      let result: JsonObject;
      if (token === "pulumi:pulumi:getResource") {
        // The engine's builtin provider: a resource registered in this deployment, by URN.
        const found = records.resource(String(args["urn"] ?? ""));
        if (!found) throw new HostError(grpc.status.NOT_FOUND, `unknown resource ${String(args["urn"])}`);
        result = { urn: found.urn, id: UNKNOWN, state: found.properties };
      } else {
        try {
          const providerRef = req.getProvider();
          const provider =
            providerRef === ""
              ? undefined
              : records.resource(providerRef.slice(0, providerRef.lastIndexOf("::")))?.properties;
          result = options.invoke ? options.invoke(token, args, provider) : {};
        } catch (error) {
          if (error instanceof InvokeFailure) throw new HostError(grpc.status.UNKNOWN, error.message);
          throw error;
        }
      }
      return new providerPb.InvokeResponse().setReturn(struct.Struct.fromJavaScript(result as never));
    }),

    // A method of a plugin-built component (`cluster.getKubeconfig()`): the plugin is not here, so
    // it returns no fields.
    call: unary((_req: ResourceCallRequest) => new providerPb.CallResponse().setReturn(new struct.Struct())),

    registerPackage: unary((_req: InstanceType<typeof resourcePb.RegisterPackageRequest>) => {
      const ref = randomUUID();
      packageRefs.add(ref);
      return new resourcePb.RegisterPackageResponse().setRef(ref);
    }),

    registerStackTransform: unary((req: InstanceType<typeof callbackPb.Callback>) => {
      transforms.addStackTransform(req);
      return new empty.Empty();
    }),

    signalAndWaitForShutdown: unary(() => {
      signalShutdown();
      return new empty.Empty();
    }),
  };

  const engineService: Partial<import("@pulumi/pulumi/proto/engine_grpc_pb").IEngineServer> = {
    log: unary((req: LogRequest) => {
      const urn = req.getUrn();
      records.addLog({
        severity: SEVERITIES[req.getSeverity()] ?? "info",
        message: req.getMessage(),
        ...(urn !== "" ? { urn } : {}),
      });
      return new empty.Empty();
    }),
    getRootResource: unary(() => new engine.GetRootResourceResponse().setUrn(records.rootResource() ?? "")),
    setRootResource: unary((req: InstanceType<typeof engine.SetRootResourceRequest>) => {
      records.setRoot(req.getUrn());
      return new engine.SetRootResourceResponse();
    }),
    requirePulumiVersion: unary(() => new engine.RequirePulumiVersionResponse()),
  };

  server.addService(resourceGrpc.ResourceMonitorService, monitor as grpcTypes.UntypedServiceImplementation);
  server.addService(engineGrpc.EngineService, engineService as grpcTypes.UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    );
  });
  const address = `127.0.0.1:${port}`;
  return {
    monitorAddress: address,
    engineAddress: address,
    records,
    pending: () => inFlight,
    idleFor: () => (inFlight > 0 ? 0 : Date.now() - lastActivity),
    calls: () => callCount,
    shutdownRequested,
    close: () =>
      new Promise<void>((resolve) => {
        transforms.close();
        server.tryShutdown(() => resolve());
        // A client that keeps its channel open must not hold the runner.
        setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 1000).unref();
      }),
  };
}

class HostError extends Error {
  constructor(
    readonly code: grpcTypes.status,
    message: string,
  ) {
    super(message);
  }
}

const SEVERITIES: { readonly [severity: number]: "debug" | "info" | "warning" | "error" } = {
  [0]: "debug",
  [1]: "info",
  [2]: "warning",
  [3]: "error",
};

/** `aws:s3/bucket:Bucket` → `aws`; `pulumi:providers:aws` → `aws` is not needed: providers are custom. */
function packageOfType(type: string): string {
  return type.split(":")[0] ?? type;
}

/** The type of a URN (the last segment of its qualified type). */
function urnType(urn: string): string {
  const qualified = urnQualifiedType(urn);
  return qualified.slice(qualified.lastIndexOf("$") + 1);
}

/** `urn:pulumi:stack::project::parent$type::name` → `parent$type`. */
function urnQualifiedType(urn: string): string {
  const parts = urn.split("::");
  return parts.length >= 4 ? parts[2]! : "";
}

/** For an SDK that does not accept references in outputs: as the analyzer would see them. */
function downgradeReferences(object: JsonObject): JsonObject {
  return analyzerProperties(object) as JsonObject;
}

function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value === null || typeof value !== "object") return value;
  const record = value as JsonObject;
  if (record[SIG_KEY] === SECRET_SIG) return unwrapSecrets(record["value"]);
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, unwrapSecrets(inner)]));
}

function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
}

/** source_eval.go: for an SDK without partial values, outputs that contain unknowns are dropped. */
function withoutUnknowns(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => !containsUnknown(value)));
}
