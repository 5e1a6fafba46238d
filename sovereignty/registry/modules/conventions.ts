// The cloud's usual location and tag rules for a classified but undeclared token, read from the
// generated property tables (which location property and which tags property the type's
// arguments really have in the pinned SDK). A token the tables do not list (the usual case, or a
// newer SDK than the one they were generated from) gets its cloud's usual convention.
import { AZURE_LOCATION } from "../../resource/dataHolding";
import type { LocationRule } from "../../resource/types";
import type { LocationService } from "../../types";
import type { ModuleRule, TagRule } from "../types";
import { AWS_PROPERTIES } from "./aws-location-properties";
import { AZURE_CLASSIC_PROPERTIES } from "./azure-classic-location-properties";
import { AZURE_NATIVE_PROPERTIES } from "./azure-native-location-properties";
import { GCP_PROPERTIES } from "./gcp-location-properties";
import { classifyToken } from "./classify";
import { type PropertyConvention, type SdkProperties, groupTokens, packageOf } from "./properties";

export interface Conventions {
  /** Absent for location-less types and for types whose arguments take no location (children). */
  readonly location?: LocationRule;
  readonly tags: TagRule;
}

interface SdkConventions {
  readonly properties: SdkProperties;
  readonly location: (convention: PropertyConvention, token: string) => LocationRule;
}

/** GCP modules whose locations are read in another catalog namespace than regions (sovereignty/types.ts). */
const GCP_SERVICES: readonly (readonly [prefix: string, service: LocationService])[] = [
  ["gcp:storage/", "gcs"],
  ["gcp:bigquery/", "bigquery"],
  ["gcp:kms/", "gcp-kms"],
];

const SDKS: Readonly<Record<string, SdkConventions>> = {
  aws: {
    properties: AWS_PROPERTIES,
    location: (c) => ({ properties: c.location, service: "regions", providerDefault: c.providerDefault }),
  },
  // azure-native: `location`, else the resource group's.
  "azure-native": {
    properties: AZURE_NATIVE_PROPERTIES,
    location: () => AZURE_LOCATION,
  },
  azure: {
    properties: AZURE_CLASSIC_PROPERTIES,
    location: (c) => ({ properties: c.location, service: "regions", providerDefault: c.providerDefault }),
  },
  gcp: {
    properties: GCP_PROPERTIES,
    location: (c, token) => ({
      properties: c.location,
      service: GCP_SERVICES.find(([prefix]) => token.startsWith(prefix))?.[1] ?? "regions",
      providerDefault: c.providerDefault,
      // A zone (`europe-west3-a`) is read as its region; the provider's default is its zone, else region.
      ...(c.location.includes("zone") ? { parse: "gcp-zone" as const } : {}),
    }),
  },
};

let byToken: ReadonlyMap<string, PropertyConvention> | undefined;
function tableConvention(token: string): PropertyConvention | undefined {
  if (!byToken) {
    const map = new Map<string, PropertyConvention>();
    for (const { properties } of Object.values(SDKS)) {
      const pkg = packageOf(properties.sdk);
      for (const group of properties.others) {
        for (const token of groupTokens(pkg, group.tokens)) map.set(token, group);
      }
    }
    byToken = map;
  }
  return byToken.get(token);
}

function sdkOf(token: string): SdkConventions | undefined {
  const colon = token.indexOf(":");
  return colon > 0 ? SDKS[token.slice(0, colon)] : undefined;
}

/** The SDK package a token belongs to, by its package segment. */
export function sdkOfToken(token: string): ModuleRule["sdk"] | undefined {
  return sdkOf(token)?.properties.sdk;
}

/** Where an undeclared type's location and tags are read: its SDK's convention for that type. */
export function conventionsFor(token: string): Conventions {
  const sdk = sdkOf(token);
  if (!sdk)
    return { tags: { kind: "none", reason: `${token} is not a token of a provider SDK the model knows` } };
  const convention = tableConvention(token) ?? sdk.properties.usual;
  const tags: TagRule = convention.tags
    ? { kind: "property", property: convention.tags }
    : {
        kind: "none",
        reason: `its arguments take no tags or labels (${sdk.properties.sdk} ${sdk.properties.version})`,
      };
  const locationless = classifyToken(token)?.class === "location-less";
  if (locationless || convention.location.length === 0) return { tags };
  return { location: sdk.location(convention, token), tags };
}
