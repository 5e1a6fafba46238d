// Where a child resource lives: a token the module rules classify as holding data whose arguments
// take neither tags nor a location of its own (a Cosmos SQL container, a Service Bus queue, a
// classic storage container, a Cloud SQL database) names its parent by its SDK's convention
// (azure-native `<parent>Name`, classic azure `<parent>Name`/`<parent>Id`, gcp `instance`,
// `bucket`, `database`). The table is generated from the SDKs' `.d.ts`
// (scripts/generate-parent-properties.ts; a test checks it is current). The child is judged with
// its parent's tags and placed where its parent is: the design's rule for untaggable resources
// that configure another one (docs/design.md), made generic instead of declared per type.
import type { ReferenceKind } from "../../resource/types";
import { PARENT_PROPERTIES, UNPARENTED } from "./parent-properties";

export interface ParentConvention {
  /** The property of the child's arguments that names its parent. */
  readonly property: string;
  readonly referenceKind: Extract<ReferenceKind, "name" | "id">;
  /**
   * Canonical tokens of the module the property can name: types with tags and a location when
   * there are such, else children of the same kind (a share file's share, placed through its account).
   */
  readonly targets: readonly string[];
}

/** A generated entry: as a convention, but its targets written without the child's package prefix. */
export interface GeneratedParent extends Omit<ParentConvention, "targets"> {
  /** `cosmosdb:DatabaseAccount` for a child of `azure-native:` (the package is the child's). */
  readonly targets: readonly string[];
}

const CONVENTIONS = new Map<string, ParentConvention>();

/** The parent convention of an undeclared, untaggable, unplaced data token; undefined: none. */
export function parentConventionOf(token: string): ParentConvention | undefined {
  if (!Object.prototype.hasOwnProperty.call(PARENT_PROPERTIES, token)) return undefined;
  let convention = CONVENTIONS.get(token);
  if (!convention) {
    const entry = PARENT_PROPERTIES[token]!;
    const pkg = token.slice(0, token.indexOf(":") + 1);
    convention = { ...entry, targets: entry.targets.map((t) => pkg + t) };
    CONVENTIONS.set(token, convention);
  }
  return convention;
}

/** Every token with a parent convention. */
export function parentedTokens(): readonly string[] {
  return Object.keys(PARENT_PROPERTIES);
}

/** Such tokens whose arguments name no parent of their module (a test names each with its reason). */
export function unparentedTokens(): readonly string[] {
  return UNPARENTED;
}
