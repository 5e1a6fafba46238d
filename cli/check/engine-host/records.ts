// What the engine host saw a program do, kept as the engine would keep it for its analyzers:
// registered resources in registration order (properties already marshalled as the analyzer
// receives them), reads, remote components, error logs, and which components never finished.
import type { SnapshotResource } from "../snapshot";

/** A ReadResource (`Resource.get`, `StackReference`): a read step, never analysed. */
export interface ReadRecord {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly parent?: string;
}

/** A log line the program sent to the engine (`pulumi.log.*`, the SDK's own error reports). */
export interface LogRecord {
  readonly severity: "debug" | "info" | "warning" | "error";
  readonly message: string;
  readonly urn?: string;
}

export class EngineRecords {
  private readonly registered: SnapshotResource[] = [];
  private readonly byUrn = new Map<string, SnapshotResource>();
  private readonly readList: ReadRecord[] = [];
  private readonly logList: LogRecord[] = [];
  private readonly errorList: string[] = [];
  private debugCount = 0;
  /** Components registered whose outputs were not registered yet (still being built). */
  private readonly openComponents = new Set<string>();
  private readonly outputs = new Map<string, { readonly [key: string]: unknown }>();
  private root: string | undefined;

  addResource(resource: SnapshotResource): void {
    this.registered.push(resource);
    this.byUrn.set(resource.urn, resource);
    if (!resource.custom) this.openComponents.add(resource.urn);
  }

  has(urn: string): boolean {
    return this.byUrn.has(urn) || this.readList.some((read) => read.urn === urn);
  }

  resource(urn: string): SnapshotResource | undefined {
    return this.byUrn.get(urn);
  }

  completeComponent(urn: string, outputs: { readonly [key: string]: unknown }): void {
    this.openComponents.delete(urn);
    this.outputs.set(urn, outputs);
  }

  /** The outputs a component registered (the stack's are the program's exports). */
  outputsOf(urn: string): { readonly [key: string]: unknown } | undefined {
    return this.outputs.get(urn);
  }

  addRead(read: ReadRecord): void {
    this.readList.push(read);
  }

  /**
   * Debug lines are counted, not kept: the Node.js SDK sends about four per resource to any engine
   * (pulumi/pulumi sdk/nodejs/runtime/resource.ts "Registering resource", "RPC prepared", "RPC
   * finished"; sdk/nodejs/log/index.ts debug sends whenever an engine is attached) — 18,000 strings
   * for a 5,000-resource program that nothing reads. Errors are kept apart: the supervisor asks for
   * them every 250 ms (./supervise.ts).
   */
  addLog(log: LogRecord): void {
    if (log.severity === "debug") {
      this.debugCount += 1;
      return;
    }
    this.logList.push(log);
    if (log.severity === "error") this.errorList.push(log.message);
  }

  /** How many debug lines the program sent. */
  debugLogs(): number {
    return this.debugCount;
  }

  setRoot(urn: string): void {
    this.root = urn;
  }

  rootResource(): string | undefined {
    return this.root;
  }

  /** Registered resources in the order the program registered them. */
  resources(): readonly SnapshotResource[] {
    return this.registered;
  }

  /** Components built by a provider plugin (`remote: true`): their children are not visible offline. */
  remoteComponents(): readonly SnapshotResource[] {
    return this.registered.filter((resource) => resource.remote === true);
  }

  reads(): readonly ReadRecord[] {
    return this.readList;
  }

  /** Info, warning and error lines, in order (debug lines are only counted: debugLogs). */
  logs(): readonly LogRecord[] {
    return this.logList;
  }

  /** Error-level log messages, in order: how a program's SDK reports why it failed. */
  errors(): readonly string[] {
    return this.errorList;
  }

  /** Components (other than the stack) whose outputs were never registered: where a stall sits. */
  unfinishedComponents(): string[] {
    return [...this.openComponents].filter((urn) => this.byUrn.get(urn)?.type !== "pulumi:pulumi:Stack");
  }
}
