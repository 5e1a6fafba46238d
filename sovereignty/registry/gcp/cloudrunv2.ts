// gcp:cloudrunv2/* — Cloud Run services and jobs (@pulumi/gcp 9.37, cloudrunv2/service.d.ts
// `ServiceArgs` {labels, location, multiRegionSettings, ...}; cloudrunv2/job.d.ts `JobArgs`
// {labels, location, ...}; types/input.d.ts cloudrunv2.ServiceMultiRegionSettings {regions}).
import { GCP_REGIONAL_LOCATION } from "../common";
import { regionList } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt, gcpProcessing } from "./shared";

const SOURCE = "@pulumi/gcp 9.37 (cloudrunv2/*.d.ts); https://cloud.google.com/run/docs/multiple-regions";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpProcessing({
    token: "gcp:cloudrunv2/service:Service",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
    // A multi-region service runs (and processes requests) in each of `multiRegionSettings.regions`.
    flows: flowAt("multi-location", "multiRegionSettings.regions", regionList),
  }),
  gcpProcessing({
    token: "gcp:cloudrunv2/job:Job",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
  }),
];
