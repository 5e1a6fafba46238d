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

function configuringView(d: ConfiguringDeclaration, token: string): ConfiguringType {
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

interface Views {
  readonly data: ReadonlyMap<string, DataHoldingType>;
  readonly configuring: ReadonlyMap<string, ConfiguringType>;
  readonly dataList: readonly DataHoldingType[];
  readonly configuringList: readonly ConfiguringType[];
}

/**
 * Built on first use, not at load: the registry's module rules read `AZURE_LOCATION` through this
 * module while the registry itself is still loading.
 */
let built: Views | undefined;
function views(): Views {
  if (built) return built;
  const data = spelled(
    allDeclarations().filter((d): d is DataDeclaration => d.class === "data"),
    dataHolding,
  );
  const configuring = spelled(
    allDeclarations().filter((d): d is ConfiguringDeclaration => d.class === "configures"),
    configuringView,
  );
  built = { data, configuring, dataList: [...data.values()], configuringList: [...configuring.values()] };
  return built;
}

/** The data-holding view of a declaration reached through normalisation only (an API-version token). */
function viaDeclaration<T>(map: ReadonlyMap<string, T>, token: string): T | undefined {
  const d = declarationOf(token);
  return d ? map.get(d.token) : undefined;
}

/** The data-holding type entry for a token (a `data` declaration), by token or alias. */
export function dataHoldingType(token: string): DataHoldingType | undefined {
  const { data } = views();
  return data.get(token) ?? viaDeclaration(data, token);
}

/** The configuring-type entry for a token (side resources judged with their target's tags). */
export function configuringType(token: string): ConfiguringType | undefined {
  const { configuring } = views();
  return configuring.get(token) ?? viaDeclaration(configuring, token);
}

/** Every data-holding type, each alias listed as its own entry (`aliasOf` names the declaration). */
export function allDataHoldingTypes(): readonly DataHoldingType[] {
  return views().dataList;
}

/** Every configuring type, each alias listed as its own entry. */
export function allConfiguringTypes(): readonly ConfiguringType[] {
  return views().configuringList;
}

/** The one token normalisation (../registry `canonicalToken`). */
export const canonicalToken = registryCanonicalToken;

/**
 * S3 side resources come in pairs (`BucketAcl` / deprecated `BucketAclV2`): the non-V2 token. The
 * V2 tokens are aliases of their declarations, so this is `canonicalToken`; kept for callers.
 */
export const sideResourceToken = registryCanonicalToken;
