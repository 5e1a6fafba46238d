// What the runner and its program worker (a child process) say to each other, as JSON files:
// the request names the program and its config, the result carries the recorded resources or
// one classified error the runner turns into a one-line message.

import type { SnapshotResource } from "../snapshot";

export interface WorkerRequest {
  readonly project: string;
  readonly stack: string;
  /** Absolute path of the program's entry module. */
  readonly main: string;
  readonly moduleKind: "commonjs" | "esm";
  readonly config: Readonly<Record<string, string>>;
  readonly secretKeys: readonly string[];
  /** Where the worker writes its `WorkerResult`. */
  readonly resultFile: string;
}

export type WorkerErrorKind =
  /** The program's directory has no `@pulumi/pulumi` it could import. */
  | "sdk-missing"
  /** Its `@pulumi/pulumi` is outside the supported range. */
  | "sdk-unsupported"
  /** It imports a package that is not installed. */
  | "missing-package"
  /** It threw (while loading, in an apply, or in an invoke we answered with an error). */
  | "program-error";

export type WorkerResult =
  | { readonly ok: true; readonly sdkVersion: string; readonly resources: readonly SnapshotResource[] }
  | { readonly ok: false; readonly kind: WorkerErrorKind; readonly message: string };
