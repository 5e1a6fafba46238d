// gcp:cloudrun/* — Cloud Run (v1 API) services (@pulumi/gcp 9.37, cloudrun/service.d.ts
// `ServiceArgs` {location, metadata: {labels, ...}, name, template, ...}).
import { GCP_REGIONAL_LOCATION } from "../common";
import type { TypeDeclaration } from "../types";
import { gcpProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpProcessing({
    token: "gcp:cloudrun/service:Service",
    source: "@pulumi/gcp 9.37 (cloudrun/service.d.ts); https://cloud.google.com/run/docs/locations",
    location: GCP_REGIONAL_LOCATION,
    tags: { kind: "property", property: "metadata.labels" },
    identities: ["name", "id"],
  }),
];
