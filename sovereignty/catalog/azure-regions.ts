import type { CatalogTable } from "./table";

// Every physical region of the public Azure cloud, from the raw ARM `GET /subscriptions/{id}/locations`
// answer (api-version 2023-07-01) that Azure/terraform-azurerm-avm-utl-regions caches in
// modules/cached-data/locations.tf.json (snapshot 2026-08-21; test/sovereignty/model checks this table against a copy of it: every Physical entry present, pairs equal).
//
// Countries: ARM's `geography` is not always a country (`northeurope`/`westeurope` say "Europe",
// `eastasia`/`southeastasia` say "Asia Pacific"), so those four take the country of their
// `physicalLocation` (Ireland, Netherlands, Hong Kong, Singapore); the others take their geography.
// Canary (EUAP) and stage regions report geography "Canary (US)"/"Stage (US)": they are in the US.
// Logical entries (`europe`, `global`, `uk`, ...) are not places a resource can live: excluded.
// Azure Government and Azure China are separate clouds with their own ARM endpoints: not in this list.
const SOURCE =
  "https://github.com/Azure/terraform-azurerm-avm-utl-regions/blob/main/modules/cached-data/locations.tf.json";

export const AZURE_REGIONS: CatalogTable = {
  cloud: "azure",
  service: "regions",
  source: SOURCE,
  rows: [
    {
      name: "australiacentral",
      displayName: "Australia Central",
      countries: ["AU"],
      pairedRegion: "australiacentral2",
    }, // Canberra; geography Australia
    {
      name: "australiacentral2",
      displayName: "Australia Central 2",
      countries: ["AU"],
      pairedRegion: "australiacentral",
    }, // Canberra; geography Australia
    {
      name: "australiaeast",
      displayName: "Australia East",
      countries: ["AU"],
      pairedRegion: "australiasoutheast",
    }, // New South Wales; geography Australia
    {
      name: "australiasoutheast",
      displayName: "Australia Southeast",
      countries: ["AU"],
      pairedRegion: "australiaeast",
    }, // Victoria; geography Australia
    { name: "austriaeast", displayName: "Austria East", countries: ["AT"] }, // Vienna; geography Austria
    { name: "belgiumcentral", displayName: "Belgium Central", countries: ["BE"] }, // Brussels; geography Belgium
    { name: "brazilsouth", displayName: "Brazil South", countries: ["BR"], pairedRegion: "southcentralus" }, // Sao Paulo State; geography Brazil
    {
      name: "brazilsoutheast",
      displayName: "Brazil Southeast",
      countries: ["BR"],
      pairedRegion: "brazilsouth",
    }, // Rio; geography Brazil
    { name: "canadacentral", displayName: "Canada Central", countries: ["CA"], pairedRegion: "canadaeast" }, // Toronto; geography Canada
    { name: "canadaeast", displayName: "Canada East", countries: ["CA"], pairedRegion: "canadacentral" }, // Quebec; geography Canada
    { name: "centralindia", displayName: "Central India", countries: ["IN"], pairedRegion: "southindia" }, // Pune; geography India
    { name: "centralus", displayName: "Central US", countries: ["US"], pairedRegion: "eastus2" }, // Iowa; geography United States
    { name: "centraluseuap", displayName: "Central US EUAP", countries: ["US"], pairedRegion: "eastus2euap" }, // (no physicalLocation); geography Canary (US)
    { name: "chilecentral", displayName: "Chile Central", countries: ["CL"] }, // Santiago; geography Chile
    { name: "denmarkeast", displayName: "Denmark East", countries: ["DK"] }, // Copenhagen; geography Denmark
    { name: "eastasia", displayName: "East Asia", countries: ["HK"], pairedRegion: "southeastasia" }, // Hong Kong; geography Asia Pacific
    { name: "eastus", displayName: "East US", countries: ["US"], pairedRegion: "westus" }, // Virginia; geography United States
    { name: "eastus2", displayName: "East US 2", countries: ["US"], pairedRegion: "centralus" }, // Virginia; geography United States
    { name: "eastus2euap", displayName: "East US 2 EUAP", countries: ["US"], pairedRegion: "centraluseuap" }, // (no physicalLocation); geography Canary (US)
    { name: "eastusstg", displayName: "East US STG", countries: ["US"], pairedRegion: "southcentralusstg" }, // Virginia; geography Stage (US)
    { name: "francecentral", displayName: "France Central", countries: ["FR"], pairedRegion: "francesouth" }, // Paris; geography France
    { name: "francesouth", displayName: "France South", countries: ["FR"], pairedRegion: "francecentral" }, // Marseille; geography France
    {
      name: "germanynorth",
      displayName: "Germany North",
      countries: ["DE"],
      pairedRegion: "germanywestcentral",
    }, // Berlin; geography Germany
    {
      name: "germanywestcentral",
      displayName: "Germany West Central",
      countries: ["DE"],
      pairedRegion: "germanynorth",
    }, // Frankfurt; geography Germany
    { name: "indonesiacentral", displayName: "Indonesia Central", countries: ["ID"] }, // Jakarta; geography Indonesia
    { name: "israelcentral", displayName: "Israel Central", countries: ["IL"] }, // Israel; geography Israel
    { name: "italynorth", displayName: "Italy North", countries: ["IT"] }, // Milan; geography Italy
    { name: "japaneast", displayName: "Japan East", countries: ["JP"], pairedRegion: "japanwest" }, // Tokyo, Saitama; geography Japan
    { name: "japanwest", displayName: "Japan West", countries: ["JP"], pairedRegion: "japaneast" }, // Osaka; geography Japan
    {
      name: "jioindiacentral",
      displayName: "Jio India Central",
      countries: ["IN"],
      pairedRegion: "jioindiawest",
    }, // Nagpur; geography India
    {
      name: "jioindiawest",
      displayName: "Jio India West",
      countries: ["IN"],
      pairedRegion: "jioindiacentral",
    }, // Jamnagar; geography India
    { name: "koreacentral", displayName: "Korea Central", countries: ["KR"], pairedRegion: "koreasouth" }, // Seoul; geography Korea
    { name: "koreasouth", displayName: "Korea South", countries: ["KR"], pairedRegion: "koreacentral" }, // Busan; geography Korea
    { name: "malaysiawest", displayName: "Malaysia West", countries: ["MY"] }, // Kuala Lumpur; geography Malaysia
    { name: "mexicocentral", displayName: "Mexico Central", countries: ["MX"] }, // Querétaro State; geography Mexico
    { name: "newzealandnorth", displayName: "New Zealand North", countries: ["NZ"] }, // Auckland; geography New Zealand
    {
      name: "northcentralus",
      displayName: "North Central US",
      countries: ["US"],
      pairedRegion: "southcentralus",
    }, // Illinois; geography United States
    { name: "northeurope", displayName: "North Europe", countries: ["IE"], pairedRegion: "westeurope" }, // Ireland; geography Europe
    { name: "norwayeast", displayName: "Norway East", countries: ["NO"], pairedRegion: "norwaywest" }, // Norway; geography Norway
    { name: "norwaywest", displayName: "Norway West", countries: ["NO"], pairedRegion: "norwayeast" }, // Norway; geography Norway
    { name: "polandcentral", displayName: "Poland Central", countries: ["PL"] }, // Warsaw; geography Poland
    { name: "qatarcentral", displayName: "Qatar Central", countries: ["QA"] }, // Doha; geography Qatar
    {
      name: "southafricanorth",
      displayName: "South Africa North",
      countries: ["ZA"],
      pairedRegion: "southafricawest",
    }, // Johannesburg; geography South Africa
    {
      name: "southafricawest",
      displayName: "South Africa West",
      countries: ["ZA"],
      pairedRegion: "southafricanorth",
    }, // Cape Town; geography South Africa
    {
      name: "southcentralus",
      displayName: "South Central US",
      countries: ["US"],
      pairedRegion: "northcentralus",
    }, // Texas; geography United States
    {
      name: "southcentralusstg",
      displayName: "South Central US STG",
      countries: ["US"],
      pairedRegion: "eastusstg",
    }, // Texas; geography Stage (US)
    { name: "southeastasia", displayName: "Southeast Asia", countries: ["SG"], pairedRegion: "eastasia" }, // Singapore; geography Asia Pacific
    { name: "southindia", displayName: "South India", countries: ["IN"], pairedRegion: "centralindia" }, // Chennai; geography India
    { name: "spaincentral", displayName: "Spain Central", countries: ["ES"] }, // Madrid; geography Spain
    { name: "swedencentral", displayName: "Sweden Central", countries: ["SE"], pairedRegion: "swedensouth" }, // Gävle; geography Sweden
    {
      name: "switzerlandnorth",
      displayName: "Switzerland North",
      countries: ["CH"],
      pairedRegion: "switzerlandwest",
    }, // Zurich; geography Switzerland
    {
      name: "switzerlandwest",
      displayName: "Switzerland West",
      countries: ["CH"],
      pairedRegion: "switzerlandnorth",
    }, // Geneva; geography Switzerland
    { name: "uaecentral", displayName: "UAE Central", countries: ["AE"], pairedRegion: "uaenorth" }, // Abu Dhabi; geography UAE
    { name: "uaenorth", displayName: "UAE North", countries: ["AE"], pairedRegion: "uaecentral" }, // Dubai; geography UAE
    { name: "uksouth", displayName: "UK South", countries: ["GB"], pairedRegion: "ukwest" }, // London; geography United Kingdom
    { name: "ukwest", displayName: "UK West", countries: ["GB"], pairedRegion: "uksouth" }, // Cardiff; geography United Kingdom
    { name: "westcentralus", displayName: "West Central US", countries: ["US"], pairedRegion: "westus2" }, // Wyoming; geography United States
    { name: "westeurope", displayName: "West Europe", countries: ["NL"], pairedRegion: "northeurope" }, // Netherlands; geography Europe
    { name: "westindia", displayName: "West India", countries: ["IN"], pairedRegion: "southindia" }, // Mumbai; geography India
    { name: "westus", displayName: "West US", countries: ["US"], pairedRegion: "eastus" }, // California; geography United States
    { name: "westus2", displayName: "West US 2", countries: ["US"], pairedRegion: "westcentralus" }, // Washington; geography United States
    { name: "westus3", displayName: "West US 3", countries: ["US"], pairedRegion: "eastus" }, // Phoenix; geography United States
    // Sweden Central's pair: a restricted region (access by request) that ARM lists as the pair but
    // not as a location. Malmö, Sweden. Source:
    // https://learn.microsoft.com/azure/reliability/cross-region-replication-azure#azure-paired-regions
    { name: "swedensouth", displayName: "Sweden South", countries: ["SE"], pairedRegion: "swedencentral" }, // Malmö
  ],
};

/** Locations in AZURE_REGIONS that the raw ARM list does not carry (documented above). */
export const AZURE_REGIONS_NOT_IN_ARM_LIST: readonly string[] = ["swedensouth"];
