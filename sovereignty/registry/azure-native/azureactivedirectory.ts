// azure-native:azureactivedirectory:* — Azure AD B2C and Entra External ID (CIAM) tenants:
// identity directories holding customers' personal data (@pulumi/azure-native 3.28,
// azureactivedirectory/b2ctenant.d.ts `B2CTenantArgs` and ciamtenant.d.ts `CIAMTenantArgs`
// {location, resourceName, tags, ...}). `location` is not a region but a data-residency geography:
// "Can be one of 'United States', 'Europe', 'Asia Pacific', or 'Australia'" (SDK doc comment;
// https://learn.microsoft.com/azure/active-directory-b2c/data-residency).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import { readString } from "../../flows/read";
import type { LocationRule } from "../../resource/types";
import type { Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (azureactivedirectory/b2ctenant.d.ts, ciamtenant.d.ts); https://learn.microsoft.com/azure/active-directory-b2c/data-residency";

/**
 * The countries of the geographies this model can name from the SDK's own wording. "Europe" and
 * "Asia Pacific" are Microsoft geographies whose member countries the sources do not list for
 * these tenants: cannot verify — an unknown destination, never a guess.
 */
const GEOGRAPHIES: Readonly<Record<string, readonly string[]>> = {
  "united states": ["US"],
  australia: ["AU"],
};

/** The tenant's data-residency geography: a country set, or unknown. */
const geography: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const countries = GEOGRAPHIES[read.value.toLowerCase()];
  if (countries === undefined) return out.unknown(kind, property);
  out.add(kind, property, { kind: "countries", countries, label: `the Entra geography "${read.value}"` });
};

/** No region of its own: where the directory's data resides is its geography (a flow). */
const NO_REGION: LocationRule = { properties: [], service: "regions", providerDefault: false };

function tenant(token: string): TypeDeclaration {
  return azureData({
    token,
    category: "database",
    source: SOURCE,
    location: NO_REGION,
    identities: ["resourceName", "name", "id"],
    flows: flowAt("multi-location", "location", geography),
    // No key input: directory data is encrypted with Microsoft-managed keys.
    encryption: { kind: "reader", read: serviceKeysOnly("(Entra tenants: Microsoft-managed keys only)") },
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  tenant("azure-native:azureactivedirectory:B2CTenant"),
  tenant("azure-native:azureactivedirectory:CIAMTenant"),
];
