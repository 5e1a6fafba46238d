// One resource, described for residency purposes: is it data-holding, where is it, and what
// do its effective tags say. Pure: works on what the engine sends (raw properties).
import type { Cloud } from "../types";
import { cloudOfToken, configuringType, dataHoldingType } from "./dataHolding";
import { effectiveLocation } from "./location";
import type { ModelLike } from "./model";
import type { PropertyBag } from "./properties";
import {
  providerTagSource,
  readTagSources,
  tagSourceFromProperty,
  type ResidencyTagReading,
  type TagSource,
} from "./tags";
import type { ConfiguringType, DataCategory, DataHoldingType, EffectiveLocation } from "./types";
import { NO_LOCATION } from "./types";

export interface ResourceInput {
  readonly type: string;
  readonly properties: PropertyBag;
  readonly provider?: { readonly type: string; readonly properties: PropertyBag } | undefined;
  /** Stack config (`aws:region`…); absent: the stack's, from the judge's settings. */
  readonly config?: Readonly<Record<string, string>> | undefined;
  /**
   * azure-native: the location of the resource group named by `resourceGroupName`, when the caller
   * can join it (the stack policy and the runner's inventory can; one resource alone cannot).
   */
  readonly parentLocation?: string | undefined;
}

export interface ResourceDescription {
  readonly type: string;
  readonly cloud?: Cloud;
  /** Holds data itself (directly, or as a configuring type that holds data, e.g. a table replica). */
  readonly dataHolding: boolean;
  readonly category?: DataCategory;
  readonly holding?: DataHoldingType;
  /** Set for side resources judged with the tags of the resource they configure. */
  readonly configuring?: ConfiguringType;
  /** Whether the resource can carry residency tags itself. */
  readonly taggable: boolean;
  readonly location: EffectiveLocation;
  readonly tags: ResidencyTagReading;
}

/**
 * What a description says about the resource's type, the same for every resource of it (its
 * location and tags are the resource's own): shared per type by the judge.
 */
export type TypeDescription = Omit<ResourceDescription, "location" | "tags">;

/** The tag sources of a resource in increasing precedence: provider defaults, then its own. */
export function tagSourcesOf(input: ResourceInput, tagsProperty: string | undefined): TagSource[] {
  const sources: TagSource[] = [];
  const fromProvider = providerTagSource(input.provider?.type, input.provider?.properties);
  if (fromProvider) sources.push(fromProvider);
  const property = tagsProperty ?? (cloudOfToken(input.type) === "gcp" ? "labels" : "tags");
  const own = tagSourceFromProperty(input.properties, property.split("."), "resource", property);
  if (own) sources.push(own);
  return sources;
}

export function describeResource(
  input: ResourceInput,
  model: ModelLike & { readonly config?: Readonly<Record<string, string>> | undefined },
): ResourceDescription {
  const cloud = cloudOfToken(input.type);
  const holding = dataHoldingType(input.type);
  const configuring = holding ? undefined : configuringType(input.type);
  const locationRule = holding?.location ?? configuring?.location;
  const location: EffectiveLocation =
    cloud && locationRule
      ? effectiveLocation(
          locationRule,
          {
            cloud,
            props: input.properties,
            provider: input.provider,
            config: input.config ?? model.config,
            parentLocation: input.parentLocation,
          },
          model.catalog,
        )
      : NO_LOCATION;
  const taggable = holding ? holding.tagsProperty !== undefined : false;
  const tags = readTagSources(tagSourcesOf(input, holding?.tagsProperty), model.zones);
  const category = holding?.category ?? configuring?.holdsData;
  return {
    type: input.type,
    ...(cloud ? { cloud } : {}),
    dataHolding: category !== undefined,
    ...(category ? { category } : {}),
    ...(holding ? { holding } : {}),
    ...(configuring ? { configuring } : {}),
    taggable,
    location,
    tags,
  };
}
