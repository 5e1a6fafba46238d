// Building blocks of the per-type public-access readers (declared in ../registry): the shapes a
// provider's public-access switch takes. Pure: raw property bags in, readings out.
import { readBoolean, type PropertyBag } from "../resource/properties";
import type { PublicAccessReading } from "./types";

/** A boolean switch whose `true` opens the resource to the public (`publiclyAccessible`). */
export function flagTrueIsPublic(
  path: string[],
  detail: string,
): (props: PropertyBag) => PublicAccessReading {
  return (p) => {
    const read = readBoolean(p, path);
    if (read.kind === "unknown") return { kind: "unknown", property: read.property };
    return read.kind === "value" && read.value === true
      ? { kind: "public", property: read.property, detail }
      : { kind: "private" };
  };
}

/** GCP IAM members that mean "anyone": `allUsers`, `allAuthenticatedUsers`. */
export const PUBLIC_MEMBERS = /^(allUsers|allAuthenticatedUsers)$/;
