// Which zones, clouds and locations hold which classification of data: one row per combination,
// counting data-holding resources. Computed from the same description the policies use
// (sovereignty/resource describeResource: residency tags with provider defaults, effective location
// resource → provider → config), on the properties the engine sends.
import { defaultCatalog, defaultZones } from "../../sovereignty";
import { describeResource, type ModelLike } from "../../sovereignty/resource";
import type { InventoryRow } from "./report/types";
import { ProviderResolver } from "./engine/providers";
import { SECRET_SIG, SIG_KEY, type StackSnapshot, type WireValue } from "./snapshot";

const DEFAULT_MODEL: ModelLike = { catalog: defaultCatalog, zones: defaultZones };
/** Shown where a resource has no tag or no location at all. */
export const NONE = "(none)";
/** Shown where the value is not known until apply (or is a secret we cannot read). */
export const UNKNOWN_CELL = "(unknown)";

/** Secrets are values to the model; the envelope is wire detail. */
function unwrapSecrets(value: WireValue): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value !== null && typeof value === "object") {
    const object = value as { readonly [key: string]: WireValue };
    if (object[SIG_KEY] === SECRET_SIG) return unwrapSecrets(object.value ?? null);
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

export function inventoryOf(snapshot: StackSnapshot, model: ModelLike = DEFAULT_MODEL): InventoryRow[] {
  const providers = new ProviderResolver(snapshot);
  const counts = new Map<string, InventoryRow>();
  for (const resource of snapshot.resources) {
    const provider = providers.providerFor(resource);
    const description = describeResource(
      {
        type: resource.type,
        properties: unwrapSecrets(resource.properties) as Record<string, unknown>,
        provider: provider
          ? { type: provider.type, properties: unwrapSecrets(provider.properties) as Record<string, unknown> }
          : undefined,
        config: snapshot.config,
      },
      model,
    );
    if (!description.dataHolding || !description.cloud) continue;
    const unknownTag = (key: string): boolean =>
      description.tags.unknown.some((p) => p.includes(key) || p === "tags" || p === "labels");
    const zone = description.tags.residency?.value ?? (unknownTag("data-residency") ? UNKNOWN_CELL : NONE);
    const classification =
      description.tags.classification?.value ?? (unknownTag("data-classification") ? UNKNOWN_CELL : NONE);
    const where = description.location;
    const location =
      where.kind === "known"
        ? where.location.name
        : where.kind === "unrecognised"
          ? where.raw
          : where.kind === "unknown"
            ? UNKNOWN_CELL
            : NONE;
    const key = JSON.stringify([zone, description.cloud, location, classification]);
    const row = counts.get(key);
    counts.set(key, {
      zone,
      cloud: description.cloud,
      location,
      classification,
      count: (row?.count ?? 0) + 1,
    });
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.zone.localeCompare(b.zone) ||
      a.cloud.localeCompare(b.cloud) ||
      a.location.localeCompare(b.location) ||
      a.classification.localeCompare(b.classification),
  );
}
