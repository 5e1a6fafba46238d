// The shape of the generated per-SDK property tables (`*-location-properties.ts`, written by
// scripts/generate-location-properties.ts from each resource's `<Type>Args` interface in the
// SDK's `.d.ts`): which location properties a type takes and where its tags or labels live.
// A table lists the SDK's usual convention once and every token that differs from it.
import type { ModuleRule } from "../types";

export interface PropertyConvention {
  /** Location properties of the type's arguments, in the order they are read; empty: none. */
  readonly location: readonly string[];
  /** Whether the provider's (or stack config's) default location applies when they are absent. */
  readonly providerDefault: boolean;
  /** The property holding its tags or labels; absent: the type takes none. */
  readonly tags?: string;
}

export interface SdkProperties {
  readonly sdk: ModuleRule["sdk"];
  readonly version: string;
  readonly usual: PropertyConvention;
  readonly others: readonly (PropertyConvention & { readonly tokens: readonly string[] })[];
}
