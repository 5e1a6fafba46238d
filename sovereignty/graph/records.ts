// What the stack graph is built from: one neutral record per resource, whatever produced it (the
// pack's AnalyzeStack resources, the runner's snapshot). Properties are raw, as the engine
// marshals them: unknowns are the sentinel string (../values.ts), never a proxy.
import type { ModelLike } from "../resource/model";
import type { PropertyBag } from "../resource/properties";
import type { Classification } from "../types";

export interface ResourceRecord {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly properties: PropertyBag;
  /** The provider resource the engine sends with it (explicit, or the default one from stack config). */
  readonly provider?: { readonly type: string; readonly properties: PropertyBag } | undefined;
  /** Property (top-level name) → URNs of the resources its value was built from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly parent?: string;
}

/** What judging a stack needs besides its resources: the model, stack config and stack-level declarations. */
export interface GraphSettings extends ModelLike {
  /** `sovereignty.defaults`: the residency of resources that cannot carry tags. */
  readonly defaults: { readonly residency?: string; readonly classification?: Classification };
  /** Stack config (`aws:region`, `gcp:region`, `azure-native:location`). */
  readonly config?: Readonly<Record<string, string>> | undefined;
}
