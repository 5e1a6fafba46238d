import type { CatalogTable } from "./table";

// Azure Communication Services data locations: where a Communication Service or an Email
// Communication Service keeps its data at rest (`dataLocation`; its `location` is always `global`).
// The values are those @pulumi/azure 6 lists for `communication.Service.dataLocation` and
// `communication.EmailService.dataLocation` (azure-native 3.28 takes a free string): Africa, Asia
// Pacific, Australia, Brazil, Canada, Europe, France, Germany, India, Japan, Korea, Norway,
// Switzerland, UAE, UK, usgov, United States.
//
// Microsoft: "When creating an Azure Communication Services resource, you specify a geography (not
// an Azure data center). All chat messages, and resource data stored by Communication Services at
// rest are retained in that geography" (PRIVACY below). A geography is an Azure geography: its
// countries are those of the regions whose ARM `geography` has that name (the same ARM answer
// ./azure-regions.ts is built from, AZURE_GEOGRAPHIES below), where each region's country is its
// `physicalLocation`'s.
//
// Left out, so that the catalog does not know them and a resource there is never inside a zone:
// - `Africa`: no Azure geography has that name (the Africa geography group holds the `South
//   Africa` geography); which countries ACS means by it is not stated.
// - `usgov`: Azure Government is a separate cloud whose regions the ARM answer read here does not
//   list.
// A user who has confirmed either may declare it under `sovereignty.locations` (service
// `communication`).
const PRIVACY = "https://learn.microsoft.com/azure/communication-services/concepts/privacy";
const AZURE_GEOGRAPHIES =
  "https://github.com/Azure/terraform-azurerm-avm-utl-regions/blob/main/modules/cached-data/locations.tf.json";

export const AZURE_COMMUNICATION_LOCATIONS: CatalogTable = {
  cloud: "azure",
  service: "communication",
  source: `${PRIVACY}; ${AZURE_GEOGRAPHIES}`,
  rows: [
    // PRIVACY lists "Asia Pacific"; ARM geography "Asia Pacific": eastasia (Hong Kong), southeastasia (Singapore).
    { name: "Asia Pacific", displayName: "Asia Pacific", kind: "multi-region", countries: ["HK", "SG"] },
    // PRIVACY "Australia"; ARM geography "Australia": australiacentral, australiacentral2, australiaeast, australiasoutheast.
    { name: "Australia", displayName: "Australia", countries: ["AU"] },
    // PRIVACY "Brazil"; ARM geography "Brazil": brazilsouth, brazilsoutheast.
    { name: "Brazil", displayName: "Brazil", countries: ["BR"] },
    // PRIVACY "Canada"; ARM geography "Canada": canadacentral, canadaeast.
    { name: "Canada", displayName: "Canada", countries: ["CA"] },
    // PRIVACY "Europe"; ARM geography "Europe": northeurope (Ireland), westeurope (Netherlands). Within
    // the EU Data Boundary ACS keeps to for a European data location
    // (https://learn.microsoft.com/azure/communication-services/concepts/european-union-data-boundary).
    { name: "Europe", displayName: "Europe", kind: "multi-region", countries: ["IE", "NL"] },
    // PRIVACY "France"; ARM geography "France": francecentral, francesouth.
    { name: "France", displayName: "France", countries: ["FR"] },
    // PRIVACY "Germany"; ARM geography "Germany": germanynorth, germanywestcentral.
    { name: "Germany", displayName: "Germany", countries: ["DE"] },
    // PRIVACY "India"; ARM geography "India": centralindia, southindia, westindia, jioindiacentral, jioindiawest.
    { name: "India", displayName: "India", countries: ["IN"] },
    // PRIVACY "Japan"; ARM geography "Japan": japaneast, japanwest.
    { name: "Japan", displayName: "Japan", countries: ["JP"] },
    // PRIVACY "Korea"; ARM geography "Korea": koreacentral, koreasouth.
    { name: "Korea", displayName: "Korea", countries: ["KR"] },
    // PRIVACY "Norway"; ARM geography "Norway": norwayeast, norwaywest.
    { name: "Norway", displayName: "Norway", countries: ["NO"] },
    // PRIVACY "Switzerland"; ARM geography "Switzerland": switzerlandnorth, switzerlandwest.
    { name: "Switzerland", displayName: "Switzerland", countries: ["CH"] },
    // PRIVACY "United Arab Emirates" (the SDK spells it `UAE`); ARM geography "UAE": uaecentral, uaenorth.
    { name: "UAE", displayName: "United Arab Emirates", countries: ["AE"] },
    // PRIVACY "United Kingdom" (the SDK spells it `UK`); ARM geography "United Kingdom": uksouth, ukwest.
    { name: "UK", displayName: "United Kingdom", countries: ["GB"] },
    // PRIVACY "United States"; ARM geography "United States": centralus, eastus, eastus2, ... westus3.
    { name: "United States", displayName: "United States", countries: ["US"] },
  ],
}; // prettier-ignore
