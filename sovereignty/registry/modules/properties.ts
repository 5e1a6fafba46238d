// The shape of the generated per-SDK property tables (`*-location-properties.ts`, written by
// scripts/generate-location-properties.ts from each resource's `<Type>Args` interface in the
// SDK's `.d.ts`): which location properties a type takes and where its tags or labels live.
// A table lists the SDK's usual convention once and every token that differs from it, spelled
// short to keep the pack small (`shortToken`): without the package segment, and without the
// type name when it is the file name capitalised (`aws:ec2/instance:Instance` → `ec2/instance`).
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
  /** Per convention, its tokens: one string per module (`groupTokens`). */
  readonly others: readonly (PropertyConvention & { readonly tokens: readonly string[] })[];
}

/** The package segment of an SDK's tokens (`@pulumi/azure-native` → `azure-native`). */
export function packageOf(sdk: ModuleRule["sdk"]): string {
  return sdk.slice("@pulumi/".length);
}

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** A token as the tables spell it; `fullToken` reverses it. */
export function shortToken(pkg: string, token: string): string {
  const rest = token.slice(pkg.length + 1);
  const match = /^([^:]+\/([^/:]+)):([^:]+)$/.exec(rest);
  return match && match[3] === capitalised(match[2]!) ? match[1]! : rest;
}

export function fullToken(pkg: string, short: string): string {
  if (short.includes(":")) return `${pkg}:${short}`;
  return `${pkg}:${short}:${capitalised(short.slice(short.lastIndexOf("/") + 1))}`;
}

/**
 * The full tokens of a group's `tokens`: each string is one module, its prefix first
 * (`ec2/`, `storage:`), then the rest of each short token (`ec2/ instance vpc`).
 */
export function groupTokens(pkg: string, tokens: readonly string[]): string[] {
  return tokens.flatMap((line) => {
    const [prefix, ...rests] = line.split(" ");
    return rests.map((rest) => fullToken(pkg, `${prefix!}${rest}`));
  });
}
