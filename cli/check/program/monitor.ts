// The mock runtime a program runs under, playing the engine of a FIRST preview.
//
// We install the SDK's own mocks (`runtime.setMocks(mocks, project, stack, preview = true)`, which
// also switches on secrets and resource references) on the program's copy of @pulumi/pulumi and
// then wrap the monitor it created (`MockMonitor` in @pulumi/pulumi runtime/mocks.js): the SDK's
// monitor passes only type/name/inputs to `Mocks.newResource` and drops parent, dependencies,
// property dependencies and provider (pulumi/pulumi#14421), so our wrapper reads them from each
// `RegisterResourceRequest` before delegating. The properties we record are the request's `object`
// exactly as the SDK serialised it for the engine: unknowns as the unknown sentinel, secrets as
// `{ <sig>: <secret sig>, value }`, resource references as the SDK writes them.
//
// First preview: nothing exists yet, so `newResource` answers with no id and echoes the inputs as
// state. With `preview = true`, every output the state does not carry (ids, ARNs, any computed
// property) resolves as unknown (@pulumi/pulumi runtime/resource.js resolves missing outputs as
// unknown during a dry run), and the SDK serialises such values as the unknown sentinel when they
// flow into another resource's inputs. An explicit provider gets no id either, so its resources
// reference it as `<urn>::04da6b54-…` (the unknown id), which is what the engine itself assigns a
// new provider at preview (pulumi/pulumi pkg/resource/deploy/providers/registry.go, Create:
// `id := resource.ID(UnknownID); if !preview { id = uuid }`).

import type { SnapshotResource, WireObject } from "../snapshot";
import { answerInvoke } from "./invokes";

/** The parts of @pulumi/pulumi's generated protobuf request we read. */
interface RegisterResourceRequestLike {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getProtect?(): boolean | undefined;
  getDependenciesList(): string[];
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
  getPropertydependenciesMap(): {
    forEach(callback: (value: { getUrnsList(): string[] }, key: string) => void): void;
  };
}

interface RegisterResourceResponseLike {
  getUrn(): string;
}

type Callback<T> = (err: Error | null, response: T | undefined) => void;

interface MonitorLike {
  registerResource(
    req: RegisterResourceRequestLike,
    callback: Callback<RegisterResourceResponseLike>,
  ): unknown;
}

/** What the worker needs from the program's `@pulumi/pulumi` (checked structurally at load). */
export interface PulumiRuntimeLike {
  setMocks(mocks: MocksLike, project?: string, stack?: string, preview?: boolean): Promise<void> | void;
  setAllConfig(config: Record<string, string>, secretKeys?: string[]): void;
  runInPulumiStack(init: () => Promise<unknown>): Promise<unknown>;
  waitForRPCs(): Promise<void>;
}

export interface PulumiStateLike {
  getStore(): { settings: { monitor?: unknown } };
}

interface MocksLike {
  newResource(args: { type: string; name: string; inputs: Record<string, unknown>; custom?: boolean }): {
    id: string | undefined;
    state: Record<string, unknown>;
  };
  call(args: { token: string; inputs: Record<string, unknown> }): Record<string, unknown>;
}

export interface RecordingMonitor {
  /** Resources in the order the program registered them. */
  resources(): SnapshotResource[];
}

export async function installMockRuntime(
  runtime: PulumiRuntimeLike,
  state: PulumiStateLike,
  options: {
    readonly project: string;
    readonly stack: string;
    readonly config: Readonly<Record<string, string>>;
    readonly secretKeys: readonly string[];
  },
): Promise<RecordingMonitor> {
  const mocks: MocksLike = {
    // No id: the resource does not exist yet. Inputs echo back as state; the rest is unknown.
    newResource: (args) => ({ id: undefined, state: args.inputs }),
    call: (args) => {
      try {
        return answerInvoke(args.token, args.inputs, options.config);
      } catch (err) {
        // The SDK shows a failed invoke as `new Error(err.details)`, the gRPC status detail.
        const message = err instanceof Error ? err.message : String(err);
        throw Object.assign(new Error(message), { details: message });
      }
    },
  };
  await runtime.setMocks(mocks, options.project, options.stack, true);
  runtime.setAllConfig({ ...options.config }, [...options.secretKeys]);

  const monitor = state.getStore().settings.monitor;
  if (!isMonitor(monitor)) {
    throw new Error("this @pulumi/pulumi does not expose its mock monitor where expected (settings.monitor)");
  }
  const recorded: { sequence: number; resource: SnapshotResource }[] = [];
  let sequence = 0;
  const delegate = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    const order = sequence++;
    const captured = captureRequest(req);
    return delegate(req, (err, response) => {
      if (!err && response)
        recorded.push({ sequence: order, resource: { urn: response.getUrn(), ...captured } });
      callback(err, response);
    });
  };
  return {
    resources: () => [...recorded].sort((a, b) => a.sequence - b.sequence).map((entry) => entry.resource),
  };
}

function captureRequest(req: RegisterResourceRequestLike): Omit<SnapshotResource, "urn"> {
  const propertyDependencies: Record<string, string[]> = {};
  req.getPropertydependenciesMap().forEach((value, key) => {
    propertyDependencies[key] = [...value.getUrnsList()];
  });
  const parent = req.getParent();
  const provider = req.getProvider();
  const protect = req.getProtect?.() === true;
  return {
    type: req.getType(),
    name: req.getName(),
    custom: req.getCustom(),
    ...(parent !== "" ? { parent } : {}),
    ...(provider !== "" ? { provider } : {}),
    properties: (req.getObject()?.toJavaScript() ?? {}) as WireObject,
    dependencies: [...new Set(req.getDependenciesList())],
    propertyDependencies,
    ...(protect ? { protect } : {}),
  };
}

function isMonitor(value: unknown): value is MonitorLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as MonitorLike).registerResource === "function"
  );
}
