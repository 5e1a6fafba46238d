// Customer-managed keys: is a key in the resource's own region? Shared by the controls rule (a key
// the resource's own properties name with its region) and the stack rule (a key found through the
// graph, on a side resource or on a copy's source).
import type { EncryptionReading } from "../../sovereignty/controls";
import type { Classification, Cloud, Location } from "../../sovereignty/types";
import { cannotVerify, unknownLevel, type Finding } from "../../sovereignty/verdict";
import type { Settings } from "../settings";

/** Is the key's location inside the resource's location (same region; `europe` keys for `EU` buckets)? */
export function keyInSameRegion(
  key: Location | undefined,
  resource: Location | undefined,
): boolean | undefined {
  if (!key || !resource) return undefined;
  if (key.name.toLowerCase() === resource.name.toLowerCase()) return true;
  const allowed = new Set(resource.countries);
  return (
    key.kind !== "global" &&
    key.countries.length > 0 &&
    key.countries.every((c) => allowed.has(c)) &&
    resource.kind !== "region"
  );
}

/** "no rule for this type", with the model's reason when it knows one. */
export function noRule(reason: string | undefined): string {
  return `no rule for this type${reason ? ` (${reason})` : ""}`;
}

/** The customer-managed-key finding for an encryption reading, judged against the resource's location. */
export function customerManagedKeyFindings(
  rule: string,
  urn: string,
  enc: EncryptionReading,
  subject: string,
  cloud: Cloud,
  resourceLocation: Location | undefined,
  classification: Classification,
  settings: Settings,
): Finding[] {
  if (enc.kind === "unknown") {
    return [
      {
        rule,
        urn,
        fact: "key",
        level: unknownLevel(classification),
        message: `${subject}: ${cannotVerify("its customer-managed key", enc.property, classification)}`,
      },
    ];
  }
  if (enc.kind !== "customer-managed") {
    // A side resource (S3 encryption configuration) or the source this resource takes its key
    // from (a snapshot's volume): the stack rule joins and judges it.
    if (enc.kind === "elsewhere" || enc.kind === "inherited") return [];
    if (enc.kind === "not-modelled") {
      // No reader for the type: not a pass, but no evidence of a failure either.
      return [
        {
          rule,
          urn,
          fact: "key",
          level: "advisory",
          message: `${subject}: cannot verify its customer-managed key: ${noRule(enc.reason)}`,
        },
      ];
    }
    return [
      {
        rule,
        urn,
        fact: "key",
        level: "policy",
        message: `${subject}: ${classification} data requires a customer-managed key in the resource's region; none is configured`,
      },
    ];
  }
  const key = enc.key;
  // A bare key id or alias is resolved by the service in the resource's own region; an Azure Key
  // Vault URI names a vault the stack rule can place.
  if (!key.region) return [];
  const keyLocation = settings.catalog.lookup(cloud, key.service, key.region);
  const same = keyInSameRegion(keyLocation, resourceLocation);
  if (same !== false && keyLocation) return [];
  return [
    {
      rule,
      urn,
      fact: "key",
      level: "policy",
      message: `${subject}: customer-managed key \`${key.property}\` is in \`${key.region}\`, not in the resource's region${resourceLocation ? ` \`${resourceLocation.name}\`` : ""}`,
    },
  ];
}
