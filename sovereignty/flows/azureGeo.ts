// Building blocks of the azure-native flow functions (declared in ../registry/azure-native) whose
// flows are geo-redundancy.
//
// Geo-redundancy goes to the pair of the primary AS THAT SERVICE DEFINES IT (../azure-geo.ts,
// `azureGeoReplicaRegion`): a pair → a location target; "none" (the service keeps data in the
// region there, e.g. Key Vault in Brazil South) → no destination; "unavailable" (the primary has no
// pair and where the service copies is undocumented — RA-GRS there cannot even be deployed) → no
// invented region, but an unknown target on the geo property, so the flow is reported as
// unverifiable instead of passing. Primary unknown (no `context.primary`) → unknown target too.
import { azureGeoReplicaRegion, type AzureGeoService } from "../azure-geo";
import { readString, type Destinations } from "./read";
import type { FlowContext, FlowKind } from "./types";
import type { Location } from "../types";

export function azurePrimary(context: FlowContext): Location | undefined {
  const primary = context?.primary;
  return primary && typeof primary === "object" && primary.cloud === "azure" && primary.service === "regions"
    ? primary
    : undefined;
}

/** The geo-redundant copy of `service` when the primary is `primary` (see the header). */
export function geoPair(
  out: Destinations,
  kind: FlowKind,
  property: string,
  service: AzureGeoService,
  primary: Location | undefined,
): void {
  if (primary === undefined) return out.unknown(kind, property);
  const replica = azureGeoReplicaRegion(service, primary);
  if (replica.kind === "pair") return out.location(kind, property, "regions", replica.location.name);
  if (replica.kind === "unavailable") out.unknown(kind, property);
}

/**
 * A storage SKU or replication type that keeps a copy in the secondary region: `Standard_GRS`,
 * `Standard_RAGZRS`, `StandardV2_GRS` (azure-native `sku.name`, Databricks root storage) or the
 * classic provider's `GRS`, `RAGRS`, `GZRS`, `RAGZRS` (`accountReplicationType`). *_LRS and
 * *_ZRS stay in the region (https://learn.microsoft.com/azure/storage/common/storage-redundancy).
 */
export function geoRedundantStorage(sku: string): boolean {
  return /(^|_)(ra)?g(z)?rs$/.test(sku.toLowerCase());
}

/** A string property compared case-insensitively; `state` "unknown" / "absent" passed through. */
export function enumValue(
  raw: unknown,
): { state: "unknown" } | { state: "absent" } | { state: "value"; value: string } {
  const read = readString(raw);
  return read.state === "value" ? { state: "value", value: read.value.toLowerCase() } : read;
}
