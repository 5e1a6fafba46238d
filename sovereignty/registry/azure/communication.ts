// azure:communication/* — classic Azure Communication Services and Email Communication Services
// (@pulumi/azure 6.40, communication/service.d.ts `ServiceArgs` {dataLocation, name,
// resourceGroupName, tags}; communication/emailService.d.ts `EmailServiceArgs` {dataLocation,
// name, resourceGroupName, tags}). They have no `location`: where they keep data at rest is
// `dataLocation`, a geography, read in the same catalog list as the azure-native twins'.
import { DATA_LOCATION } from "../azure-native/communication";
import type { TypeDeclaration } from "../types";
import { classicProcessing } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (communication/service.d.ts, emailService.d.ts); https://learn.microsoft.com/azure/communication-services/concepts/privacy";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicProcessing({
    // Sends messages and carries calls; keeps chat threads and resource data at rest.
    token: "azure:communication/service:Service",
    source: SOURCE,
    location: DATA_LOCATION,
    identities: ["name", "id"],
  }),
  classicProcessing({
    // Sends e-mail; keeps message content and delivery data at rest.
    token: "azure:communication/emailService:EmailService",
    source: SOURCE,
    location: DATA_LOCATION,
    identities: ["name", "id"],
  }),
];
