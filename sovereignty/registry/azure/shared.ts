// Small builders shared by several classic `azure:` declarations (@pulumi/azure 6.40; not a
// service file: it declares no type). The classic provider names other resources by their ARM id
// (`/subscriptions/…/resourceGroups/…/providers/…/<name>`): the stack graph resolves an id by its
// value or by any `…/<identity>` tail of it, so declarations list `name` and `id` as identities.
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import type { FlowFunction, FlowKind } from "../../flows/types";
import { readPath, readString, type PropertyBag } from "../../resource/properties";
import { AZURE_CLASSIC_DATA, AZURE_CLASSIC_LOCATION, TAGS } from "../common";
import { flowAt as flowAtIn, type Emit } from "../paths";
import type { LocationRule } from "../../resource/types";
import type { ConfiguringDeclaration, DataDeclaration, ProcessingDeclaration } from "../types";

type Usual = "cloud" | "class" | "location" | "tags";

/** A classic data holder placed and tagged the usual way (its own `location`; `tags`). */
export function classicData(
  d: Omit<DataDeclaration, Usual> & Partial<Pick<DataDeclaration, "location" | "tags">>,
): DataDeclaration {
  return { ...AZURE_CLASSIC_DATA, ...d };
}

/** A classic resource that processes data (AI inference, messaging). */
export function classicProcessing(
  d: Omit<ProcessingDeclaration, Usual> & Partial<Pick<ProcessingDeclaration, "location" | "tags">>,
): ProcessingDeclaration {
  return { cloud: "azure", class: "processes", location: AZURE_CLASSIC_LOCATION, tags: TAGS, ...d };
}

/** A classic side resource judged with the tags of the resource its `property` (an ARM id or a name) names. */
export function classicConfigures(
  d: Omit<ConfiguringDeclaration, "cloud" | "class" | "configures"> & {
    readonly of: { readonly property: string; readonly referenceKind: "id" | "name"; readonly token: string };
  },
): ConfiguringDeclaration {
  const { of, ...rest } = d;
  return {
    ...rest,
    cloud: "azure",
    class: "configures",
    configures: { property: of.property, referenceKind: of.referenceKind, targets: [of.token] },
  };
}

/**
 * No `location` of its own: the resource is where the resource its `property` (an ARM id) names
 * is (a SQL database on its server, a dedicated SQL pool in its workspace), as the stack places it.
 */
export function placedBy(property: string, ...targets: readonly string[]): LocationRule {
  return { properties: [], service: "regions", providerDefault: false, parent: { property, targets } };
}

/** `flowAt` (the registry's path module) for classic `azure:` declarations. */
export const flowAt = (kind: FlowKind, path: string, emit: Emit): FlowFunction =>
  flowAtIn("azure", kind, path, emit);

/**
 * Always encrypted at rest; the first Key Vault key (or Managed HSM key) id set among `paths` is
 * the customer-managed key, else Microsoft-managed keys. A key block unknown at preview is an
 * unknown key (encryption itself is on either way).
 */
export function keyIdOr(...paths: readonly (readonly string[])[]): (p: PropertyBag) => EncryptionReading {
  return (p) => {
    for (const path of paths) {
      const block = readPath(p, path.slice(0, -1));
      if (path.length > 1 && block.kind === "unknown")
        return { kind: "unknown", property: block.property, atRest: "on" };
      const key = readString(p, path);
      if (key.kind !== "absent") return keyOr(key, { kind: "provider-default", property: key.property });
    }
    return { kind: "provider-default", property: (paths[0] ?? []).join(".") };
  };
}
