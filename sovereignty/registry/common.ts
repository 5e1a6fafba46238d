// Building blocks the declarations share: each cloud's usual location rules and tag rules. A
// declaration names one of these instead of spelling the rule again, so "how an azure-native
// resource is placed" is written once (docs/architecture.md, "The registry of resource types").
import type { LocationRule } from "../resource/types";
import type { TagRule } from "./types";

/** pulumi-aws v7: every resource has its own `region`, else its provider's, else `aws:region`. */
export const AWS_REGION: LocationRule = { properties: ["region"], service: "regions", providerDefault: true };

export const AZURE_RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
/**
 * azure-native: a resource without `location` is created in its resource group's location; the
 * provider's `location` only defaults ResourceGroups (@pulumi/azure-native 3.28 `ProviderArgs.location`).
 */
export const AZURE_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: false,
  parent: { property: "resourceGroupName", targets: [AZURE_RESOURCE_GROUP] },
};
/** A ResourceGroup's own location rule: its `location`, else the provider's, else `azure-native:location`. */
export const AZURE_RESOURCE_GROUP_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: true,
};

/**
 * The classic azure provider (@pulumi/azure 6.40): a resource's own `location`. The classic
 * provider's own default (`azure:location` config, ARM_LOCATION: @pulumi/azure config/vars.d.ts)
 * is not read — the model reads azure-native's provider and config for the cloud `azure` — so a
 * classic resource without `location` is unplaced rather than placed by the wrong setting (the
 * module rules' convention for the same SDK, `conventionsFor`).
 */
export const AZURE_CLASSIC_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: false,
};

/** GCP regional resources with a `region` (provider default applies). */
export const GCP_REGION: LocationRule = { properties: ["region"], service: "regions", providerDefault: true };
/** GCP resources whose `location` is a region and required (no provider default). */
export const GCP_REGIONAL_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: false,
};
/** GCP zonal resources: `zone`, else the provider's `zone`/`region`, else `gcp:zone`/`gcp:region`. */
export const GCP_ZONE: LocationRule = {
  properties: ["zone"],
  service: "regions",
  providerDefault: true,
  parse: "gcp-zone",
};
/** Global GCP resources (Pub/Sub topics, Secret Manager secrets): no location of their own. */
export const GCP_GLOBAL: LocationRule = { properties: [], service: "regions", providerDefault: false };

/** AWS tags and azure-native tags live in `tags`. */
export const TAGS: TagRule = { kind: "property", property: "tags" };
/** GCP labels live in `labels` (GCP label rules bind every residency tag: docs/design.md). */
export const LABELS: TagRule = { kind: "property", property: "labels" };

/** An AWS data holder in its region, tagged with `tags`: the usual case of an `aws:` data declaration. */
export const AWS_REGIONAL_DATA = { cloud: "aws", class: "data", location: AWS_REGION, tags: TAGS } as const;
/** A classic azure (`azure:`) data holder in its own `location`, tagged with `tags`. */
export const AZURE_CLASSIC_DATA = {
  cloud: "azure",
  class: "data",
  location: AZURE_CLASSIC_LOCATION,
  tags: TAGS,
} as const;
/** An azure-native data holder in its `location` (else its resource group's), tagged with `tags`. */
export const AZURE_DATA = { cloud: "azure", class: "data", location: AZURE_LOCATION, tags: TAGS } as const;
