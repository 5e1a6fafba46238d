// Anonymous / public access, per type (docs/design.md: not allowed above `public`). The readers are
// declared per type in the registry (../registry); some are side resources judged through the stack.
import { allDeclarations, declarationOf } from "../registry";
import type { PropertyBag } from "../resource/properties";
import type { PublicAccessReading } from "./types";

export function readPublicAccess(type: string, props: PropertyBag): PublicAccessReading {
  const reader = declarationOf(type)?.publicAccess;
  return reader ? reader(props) : { kind: "not-modelled" };
}

/** Types whose public-access reader exists (some are side resources judged through the stack). */
export const PUBLIC_ACCESS_TYPES: readonly string[] = allDeclarations()
  .filter((d) => d.publicAccess !== undefined)
  .map((d) => d.token);
