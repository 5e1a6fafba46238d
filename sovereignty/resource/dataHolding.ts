// Which resource types hold data, which configure one, and where each keeps its location and
// tags: views of the registry of resource types (../registry), in the shapes the policies and the
// runner read. The facts themselves are declared once, per type, under ../registry/<cloud>/<service>.ts.
import { allDeclarations, canonicalToken as registryCanonicalToken, declarationOf } from "../registry";
import type { ConfiguringDeclaration, DataDeclaration, TypeDeclaration } from "../registry/types";
import type { ConfiguringType, DataHoldingType } from "./types";

export { AZURE_LOCATION, AZURE_RESOURCE_GROUP, AZURE_RESOURCE_GROUP_LOCATION } from "../registry/common";
export { cloudOfToken } from "../registry";

function dataHolding(d: DataDeclaration, token: string): DataHoldingType {
  return {
    token,
    cloud: d.cloud,
    category: d.category,
    location: d.location,
    ...(d.tags.kind === "property" ? { tagsProperty: d.tags.property } : {}),
    ...(token !== d.token ? { aliasOf: d.token } : {}),
  };
}

function configuring(d: ConfiguringDeclaration, token: string): ConfiguringType {
  return {
    token,
    cloud: d.cloud,
    property: d.configures.property,
    referenceKind: d.configures.referenceKind,
    ...(d.configures.direction ? { direction: d.configures.direction } : {}),
    targets: d.configures.targets,
    ...(d.holdsData ? { holdsData: d.holdsData.category, location: d.holdsData.location } : {}),
  };
}

/** Each declaration under its token and under each of its aliases. */
function spelled<D extends TypeDeclaration, T>(
  declarations: readonly D[],
  view: (d: D, token: string) => T,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const d of declarations)
    for (const token of [d.token, ...(d.aliases ?? [])]) out.set(token, view(d, token));
  return out;
}

const DATA = spelled(
  allDeclarations().filter((d): d is DataDeclaration => d.class === "data"),
  dataHolding,
);
const CONFIGURING = spelled(
  allDeclarations().filter((d): d is ConfiguringDeclaration => d.class === "configures"),
  configuring,
);
const DATA_LIST: readonly DataHoldingType[] = [...DATA.values()];
const CONFIGURING_LIST: readonly ConfiguringType[] = [...CONFIGURING.values()];

/** The data-holding view of a declaration reached through normalisation only (an API-version token). */
function viaDeclaration<T>(map: ReadonlyMap<string, T>, token: string): T | undefined {
  const d = declarationOf(token);
  return d ? map.get(d.token) : undefined;
}

/** The data-holding type entry for a token (a `data` declaration), by token or alias. */
export function dataHoldingType(token: string): DataHoldingType | undefined {
  return DATA.get(token) ?? viaDeclaration(DATA, token);
}

/** The configuring-type entry for a token (side resources judged with their target's tags). */
export function configuringType(token: string): ConfiguringType | undefined {
  return CONFIGURING.get(token) ?? viaDeclaration(CONFIGURING, token);
}

/** Every data-holding type, each alias listed as its own entry (`aliasOf` names the declaration). */
export function allDataHoldingTypes(): readonly DataHoldingType[] {
  return DATA_LIST;
}

/** Every configuring type, each alias listed as its own entry. */
export function allConfiguringTypes(): readonly ConfiguringType[] {
  return CONFIGURING_LIST;
}

/** The one token normalisation (../registry `canonicalToken`). */
export const canonicalToken = registryCanonicalToken;

/**
 * S3 side resources come in pairs (`BucketAcl` / deprecated `BucketAclV2`): the non-V2 token. The
 * V2 tokens are aliases of their declarations, so this is `canonicalToken`; kept for callers.
 */
export const sideResourceToken = registryCanonicalToken;
