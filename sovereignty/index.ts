// The sovereignty model: where data may live, as pure data and functions. No Pulumi runtime here,
// so the policy pack, the components and the runner share one meaning of "where".
export * from "./types";
export * from "./values";
export { CATALOG_VERSION } from "./version";
export { SovereigntyInputError } from "./errors";
export {
  ISO_COUNTRY_CODES,
  isCountryCode,
  EU_MEMBER_STATES,
  EEA_NON_EU_STATES,
  EU_OUTERMOST_REGIONS,
} from "./countries";
export {
  type Catalog,
  createCatalog,
  defaultCatalog,
  LOCATION_SERVICES,
  SERVICES_BY_CLOUD,
  unknownLocationMessage,
} from "./catalog/catalog";
export { gcpRegionOfZone, awsRegionOfAvailabilityZone, normalizeLocationKey } from "./catalog/normalize";
export { AWS_COVERED_PARTITIONS, S3_LEGACY_LOCATION_CONSTRAINTS } from "./catalog/aws-regions";
export { BIGQUERY_DEFAULT_LOCATION } from "./catalog/bigquery-locations";
export {
  type ZoneRegistry,
  BUILTIN_ZONES,
  createZones,
  defaultZones,
  locationInZone,
  zonesContaining,
} from "./zones";
export { type ParsedArn, parseArn } from "./arn";
export { type SovereigntyModel, modelFromPolicyConfig } from "./policy-config";
export {
  type AzureGeoService,
  type AzureGeoReplica,
  AZURE_GEO_SERVICES,
  azureGeoReplicaRegion,
  azureGeoRule,
} from "./azure-geo";
export { CLASSIFICATION_RULES, parseClassification, stricterClassification } from "./classification";
export {
  RESIDENCY_TAG,
  CLASSIFICATION_TAG,
  TRANSFER_APPROVAL_TAG,
  RESIDENCY_TAG_KEYS,
  type TagProblem,
  type ResidencyTagReading,
  readResidencyTags,
  validateLabelValue,
} from "./tags";
