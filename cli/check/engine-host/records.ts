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

  addLog(log: LogRecord): void {
    this.logList.push(log);
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

  logs(): readonly LogRecord[] {
    return this.logList;
  }

  /** Error-level log messages, in order: how a program's SDK reports why it failed. */
  errors(): string[] {
    return this.logList.filter((log) => log.severity === "error").map((log) => log.message);
  }

  /** Components (other than the stack) whose outputs were never registered: where a stall sits. */
  unfinishedComponents(): string[] {
    return [...this.openComponents].filter((urn) => this.byUrn.get(urn)?.type !== "pulumi:pulumi:Stack");
  }
}
