// One conversation with a running pack: the Analyzer RPCs, promisified, with every failure turned
// into a PackError that says which call failed and why (the pack died, a policy threw).
import type { ServiceError } from "@grpc/grpc-js";
import { PackError } from "./errors";
import { decodeAnalyzerInfo, type PackInfo } from "./analyzer-info";
import type { PackProcess } from "./pack-process";
import { analyzer, analyzerGrpc, empty, grpc, type AnalyzeResponse, type RemediateResponse } from "./proto";
import type * as pb from "@pulumi/pulumi/proto/analyzer_pb";

type Callback<T> = (error: ServiceError | null, response: T) => void;

/** How long one call to the pack may take (a policy that never returns must not hang the runner). */
export const DEFAULT_CALL_TIMEOUT_MS = 120_000;

export class AnalyzerSession {
  private readonly callTimeoutMs: number;

  constructor(
    readonly pack: PackProcess,
    callTimeoutMs?: number,
  ) {
    const fromEnv = Number(process.env.SOVEREIGNTY_PACK_CALL_TIMEOUT_MS);
    this.callTimeoutMs = callTimeoutMs ?? (fromEnv > 0 ? fromEnv : DEFAULT_CALL_TIMEOUT_MS);
  }

  /** Every call carries a deadline. */
  private options(): { deadline: Date } {
    return { deadline: new Date(Date.now() + this.callTimeoutMs) };
  }

  private async call<T>(what: string, invoke: (callback: Callback<T>) => unknown): Promise<T> {
    try {
      return await new Promise<T>((resolve, reject) => {
        invoke((error, response) => (error ? reject(error) : resolve(response)));
      });
    } catch (error) {
      throw await this.explain(what, error as ServiceError);
    }
  }

  /** Like `call`, but an Unimplemented method yields undefined (the engine skips it too). */
  private async optionalCall<T>(
    what: string,
    invoke: (callback: Callback<T>) => unknown,
  ): Promise<T | undefined> {
    try {
      return await new Promise<T>((resolve, reject) => {
        invoke((error, response) => (error ? reject(error) : resolve(response)));
      });
    } catch (error) {
      if ((error as ServiceError).code === grpc.status.UNIMPLEMENTED) return undefined;
      throw await this.explain(what, error as ServiceError);
    }
  }

  private async explain(what: string, error: ServiceError): Promise<PackError> {
    if (error.code === grpc.status.DEADLINE_EXCEEDED) {
      return new PackError(
        this.pack.packDir,
        `${what} did not answer within ${Math.round(this.callTimeoutMs / 1000)} s (a policy that never returns?)`,
      );
    }
    if (error.code === grpc.status.UNAVAILABLE || error.code === grpc.status.CANCELLED) {
      // The connection dropped: almost always the process died. Wait briefly for its exit status.
      await Promise.race([this.pack.whenExited(), new Promise((r) => setTimeout(r, 1000))]);
      const exit = this.pack.exitDescription();
      if (exit) return new PackError(this.pack.packDir, `${exit} (during ${what})`, this.pack.stderrText());
    }
    // The SDK sends "Error validating resource with policy 'p' …:\n<the policy's error>\n<stack>":
    // keep the message lines, drop the stack frames, and make it one line.
    const details = (error.details || error.message || String(error))
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith("at "))
      .slice(0, 3)
      .join(" ")
      .slice(0, 400);
    return new PackError(
      this.pack.packDir,
      `${what} failed: ${details}`,
      [error.details || error.message, this.pack.stderrText()].filter(Boolean).join("\n"),
    );
  }

  configureStack(request: pb.AnalyzerStackConfigureRequest): Promise<unknown> {
    const client = this.pack.client;
    return this.optionalCall("ConfigureStack", (cb) =>
      client.configureStack(request, new grpc.Metadata(), this.options(), cb),
    );
  }

  /** GetAnalyzerInfo, through the generated method's path and request serialiser (./analyzer-info.ts). */
  getAnalyzerInfo(): Promise<PackInfo> {
    const method = analyzerGrpc.AnalyzerService.getAnalyzerInfo;
    return this.call("GetAnalyzerInfo", (cb: Callback<PackInfo>) =>
      this.pack.client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        decodeAnalyzerInfo,
        new empty.Empty(),
        new grpc.Metadata(),
        this.options(),
        (error: ServiceError | null, response?: PackInfo) => cb(error, response as PackInfo),
      ),
    );
  }

  configure(request: pb.ConfigureAnalyzerRequest): Promise<unknown> {
    const client = this.pack.client;
    return this.call("Configure", (cb) => client.configure(request, new grpc.Metadata(), this.options(), cb));
  }

  // Remediate, Analyze and AnalyzeStack take requests already encoded (./encode.ts): the bytes
  // go out as they are, through the same method paths and response decoders as the generated
  // client's, so the pack sees exactly what the generated serialiser would have sent.
  remediate(urn: string, request: Uint8Array): Promise<RemediateResponse | undefined> {
    return this.optionalCall(`Remediate of ${urn}`, (cb: Callback<RemediateResponse>) =>
      this.send(analyzerGrpc.AnalyzerService.remediate, request, cb),
    );
  }

  analyze(urn: string, request: Uint8Array): Promise<AnalyzeResponse> {
    return this.call(`Analyze of ${urn}`, (cb: Callback<AnalyzeResponse>) =>
      this.send(analyzerGrpc.AnalyzerService.analyze, request, cb),
    );
  }

  /** `request`: the AnalyzeStackRequest bytes (its `resources` records, concatenated). */
  analyzeStack(request: Uint8Array): Promise<AnalyzeResponse | undefined> {
    return this.optionalCall("AnalyzeStack", (cb: Callback<AnalyzeResponse>) =>
      this.send(analyzerGrpc.AnalyzerService.analyzeStack, request, cb),
    );
  }

  private send<T>(
    method: { readonly path: string; readonly responseDeserialize: (bytes: Buffer) => T },
    request: Uint8Array,
    callback: Callback<T>,
  ): unknown {
    return this.pack.client.makeUnaryRequest(
      method.path,
      identity,
      method.responseDeserialize,
      toBuffer(request),
      new grpc.Metadata(),
      this.options(),
      (error: ServiceError | null, response?: T) => callback(error, response as T),
    );
  }
}

function identity(bytes: Buffer): Buffer {
  return bytes;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export { analyzer };
