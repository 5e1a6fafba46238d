import type { CatalogTable } from "./table";

// Region codes per partition: the endpoint-rules partitions file every AWS SDK ships
// (aws/aws-sdk-js-v3 packages/util-endpoints/src/lib/aws/partitions.json; here checked against
// the copy @aws-sdk/core 3.981.1 ships (client util-endpoints `partitions`) by a test).
// That file has no country: the countries below come from the region's documented city
// (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html).
// Never derive a country from a prefix: `eu-west-2` is London and `eu-central-2` Zurich.
//
// Partitions covered: aws, aws-cn, aws-us-gov, aws-eusc.
// Excluded on purpose: aws-iso, aws-iso-b, aws-iso-f (US classified regions) and aws-iso-e
// (`eu-isoe-west-1`, a UK government region): their locations are not published, no public
// Pulumi program targets them, and an excluded region is unknown, so it is never in a zone
// (fail closed). Organisations that use them add them through the policy config.
// The pseudo-regions `aws-global`, `aws-cn-global`, ... are endpoint aliases, not places:
// excluded too (they resolve to us-east-1, cn-northwest-1, ...; a resource never sits there).
const SOURCE = "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html";

export const AWS_REGIONS: CatalogTable = {
  cloud: "aws",
  service: "regions",
  source: SOURCE,
  rows: [
    { name: "af-south-1", displayName: "Africa (Cape Town)", countries: ["ZA"], partition: "aws" },
    { name: "ap-east-1", displayName: "Asia Pacific (Hong Kong)", countries: ["HK"], partition: "aws" },
    { name: "ap-east-2", displayName: "Asia Pacific (Taipei)", countries: ["TW"], partition: "aws" },
    { name: "ap-northeast-1", displayName: "Asia Pacific (Tokyo)", countries: ["JP"], partition: "aws" },
    { name: "ap-northeast-2", displayName: "Asia Pacific (Seoul)", countries: ["KR"], partition: "aws" },
    { name: "ap-northeast-3", displayName: "Asia Pacific (Osaka)", countries: ["JP"], partition: "aws" },
    { name: "ap-south-1", displayName: "Asia Pacific (Mumbai)", countries: ["IN"], partition: "aws" },
    { name: "ap-south-2", displayName: "Asia Pacific (Hyderabad)", countries: ["IN"], partition: "aws" },
    { name: "ap-southeast-1", displayName: "Asia Pacific (Singapore)", countries: ["SG"], partition: "aws" },
    { name: "ap-southeast-2", displayName: "Asia Pacific (Sydney)", countries: ["AU"], partition: "aws" },
    { name: "ap-southeast-3", displayName: "Asia Pacific (Jakarta)", countries: ["ID"], partition: "aws" },
    { name: "ap-southeast-4", displayName: "Asia Pacific (Melbourne)", countries: ["AU"], partition: "aws" },
    { name: "ap-southeast-5", displayName: "Asia Pacific (Malaysia)", countries: ["MY"], partition: "aws" },
    {
      name: "ap-southeast-6",
      displayName: "Asia Pacific (New Zealand)",
      countries: ["NZ"],
      partition: "aws",
    },
    { name: "ap-southeast-7", displayName: "Asia Pacific (Thailand)", countries: ["TH"], partition: "aws" },
    { name: "ca-central-1", displayName: "Canada (Central)", countries: ["CA"], partition: "aws" },
    { name: "ca-west-1", displayName: "Canada West (Calgary)", countries: ["CA"], partition: "aws" },
    { name: "eu-central-1", displayName: "Europe (Frankfurt)", countries: ["DE"], partition: "aws" },
    { name: "eu-central-2", displayName: "Europe (Zurich)", countries: ["CH"], partition: "aws" },
    { name: "eu-north-1", displayName: "Europe (Stockholm)", countries: ["SE"], partition: "aws" },
    { name: "eu-south-1", displayName: "Europe (Milan)", countries: ["IT"], partition: "aws" },
    { name: "eu-south-2", displayName: "Europe (Spain)", countries: ["ES"], partition: "aws" },
    { name: "eu-west-1", displayName: "Europe (Ireland)", countries: ["IE"], partition: "aws" },
    { name: "eu-west-2", displayName: "Europe (London)", countries: ["GB"], partition: "aws" },
    { name: "eu-west-3", displayName: "Europe (Paris)", countries: ["FR"], partition: "aws" },
    { name: "il-central-1", displayName: "Israel (Tel Aviv)", countries: ["IL"], partition: "aws" },
    { name: "me-central-1", displayName: "Middle East (UAE)", countries: ["AE"], partition: "aws" },
    { name: "me-south-1", displayName: "Middle East (Bahrain)", countries: ["BH"], partition: "aws" },
    { name: "me-west-1", displayName: "Middle East (Saudi Arabia)", countries: ["SA"], partition: "aws" },
    { name: "mx-central-1", displayName: "Mexico (Central)", countries: ["MX"], partition: "aws" },
    { name: "sa-east-1", displayName: "South America (Sao Paulo)", countries: ["BR"], partition: "aws" },
    { name: "sa-west-1", displayName: "South America (Chile)", countries: ["CL"], partition: "aws" },
    { name: "us-east-1", displayName: "US East (N. Virginia)", countries: ["US"], partition: "aws" },
    { name: "us-east-2", displayName: "US East (Ohio)", countries: ["US"], partition: "aws" },
    { name: "us-west-1", displayName: "US West (N. California)", countries: ["US"], partition: "aws" },
    { name: "us-west-2", displayName: "US West (Oregon)", countries: ["US"], partition: "aws" },
    { name: "cn-north-1", displayName: "China (Beijing)", countries: ["CN"], partition: "aws-cn" },
    { name: "cn-northwest-1", displayName: "China (Ningxia)", countries: ["CN"], partition: "aws-cn" },
    {
      name: "us-gov-east-1",
      displayName: "AWS GovCloud (US-East)",
      countries: ["US"],
      partition: "aws-us-gov",
    },
    {
      name: "us-gov-west-1",
      displayName: "AWS GovCloud (US-West)",
      countries: ["US"],
      partition: "aws-us-gov",
    },
    // Brandenburg, Germany: https://aws.amazon.com/compliance/europe-digital-sovereignty/
    {
      name: "eusc-de-east-1",
      displayName: "AWS European Sovereign Cloud (Germany)",
      countries: ["DE"],
      partition: "aws-eusc",
    },
  ],
};

/** The partitions whose every region is in the catalog (tested against the SDK's list). */
export const AWS_COVERED_PARTITIONS: readonly string[] = ["aws", "aws-cn", "aws-us-gov", "aws-eusc"];

/**
 * S3's legacy `LocationConstraint` values that are not region codes. `EU` is the pre-2014 alias of
 * eu-west-1 (Ireland), and an empty constraint means us-east-1. They are S3 API values, not region
 * names, so `lookup("aws", "regions", "EU")` does not accept them: use `lookupS3LocationConstraint`.
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketConfiguration.html
 * ("EU" is listed among the LocationConstraint values) and API_GetBucketLocation.html
 * ("Buckets in Region us-east-1 have a LocationConstraint of null").
 */
export const S3_LEGACY_LOCATION_CONSTRAINTS: Readonly<Record<string, string>> = {
  EU: "eu-west-1",
  "": "us-east-1",
};
