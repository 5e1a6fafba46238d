// gcp:cloudfunctionsv2/* — Cloud Run functions (2nd gen) (@pulumi/gcp 9.37,
// cloudfunctionsv2/function.d.ts `FunctionArgs` {labels, location, name, ...}).
import { GCP_REGIONAL_LOCATION } from "../common";
import type { TypeDeclaration } from "../types";
import { gcpProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpProcessing({
    token: "gcp:cloudfunctionsv2/function:Function",
    source:
      "@pulumi/gcp 9.37 (cloudfunctionsv2/function.d.ts); https://cloud.google.com/functions/docs/locations",
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
  }),
];
