// What every input of `sovereignty check` (a state export, a preview file, a program run under
// mocks) is turned into before it goes over the wire: the resources the engine would send to
// the analyzer, with their values in Pulumi's serialised property form.

/** Pulumi's marker for a value not known until the provider computes it (sdk/nodejs/runtime/rpc.ts). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** Pulumi's signature key and value marking a secret: `{ [SIG_KEY]: SECRET_SIG, value }`. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** A property value in serialised form: unknowns are `UNKNOWN`, secrets `{ [SIG_KEY]: SECRET_SIG, value }`. */
export type WireValue =
  null | boolean | number | string | readonly WireValue[] | { readonly [key: string]: WireValue };
export type WireObject = { readonly [key: string]: WireValue };

export interface SnapshotResource {
  readonly urn: string;
  /** Type token, e.g. `aws:s3/bucket:Bucket` or `pulumi:providers:aws`. */
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  readonly id?: string;
  readonly parent?: string;
  /** Provider reference `<provider urn>::<provider id>`, as the engine writes it. */
  readonly provider?: string;
  /** The inputs the engine would analyse (for a state file, its `inputs`). */
  readonly properties: WireObject;
  /** The resource's outputs where the input knows them (a state file); `AnalyzeStack` sends these. */
  readonly outputs?: WireObject;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: { readonly [property: string]: readonly string[] };
  readonly protect?: boolean;
  /**
   * A component built by its provider plugin (RegisterResource with `remote: true`, e.g. awsx, eks):
   * its children exist only inside the plugin's Construct, so offline they are not seen.
   */
  readonly remote?: boolean;
  /**
   * Where the program registered the resource (the SDK's `sourcePosition` on RegisterResource):
   * a `file://` URI and a 1-based line. Programs only; reports point SARIF results at it.
   */
  readonly sourcePosition?: { readonly uri: string; readonly line: number; readonly column?: number };
}

export interface StackSnapshot {
  /** What the resources came from, for messages: a file path or a program directory. */
  readonly origin: string;
  readonly kind: "state" | "preview" | "program";
  readonly project: string;
  readonly stack: string;
  /** Stack configuration (`aws:region`, ...), used to synthesise default providers. */
  readonly config: { readonly [key: string]: string };
  /** Config keys whose values are secret (`secure:` in stack config), for ConfigureStack's `configSecretKeys`. */
  readonly secretConfigKeys?: readonly string[];
  readonly resources: readonly SnapshotResource[];
  /** Set when the input is known to be incomplete and the user accepted it (`--allow-partial`): why. */
  readonly partial?: string;
}
