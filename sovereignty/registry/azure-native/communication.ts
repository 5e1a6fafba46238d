// azure-native:communication:* — Azure Communication Services and Email Communication Services
// (@pulumi/azure-native 3.28, communication/communicationService.d.ts `CommunicationServiceArgs`
// {communicationServiceName, dataLocation, location, tags, ...}; communication/emailService.d.ts
// `EmailServiceArgs` {dataLocation, emailServiceName, location, tags, ...}).
//
// `location` is always `global`; where the service keeps chat messages, e-mail content and its
// other data at rest is `dataLocation`, a geography (the catalog's `communication` locations,
// sovereignty/catalog/azure-communication-locations.ts). Reading `location` instead placed every
// such service nowhere, so an EU-tagged service storing in the United States passed.
import type { LocationRule } from "../../resource/types";
import type { TypeDeclaration } from "../types";
import { azureProcessing } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (communication/communicationService.d.ts, emailService.d.ts); https://learn.microsoft.com/azure/communication-services/concepts/privacy";

/** `dataLocation` only: never the resource group's region, which says nothing about the data. */
export const DATA_LOCATION: LocationRule = {
  properties: ["dataLocation"],
  service: "communication",
  providerDefault: false,
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureProcessing({
    // Sends messages and carries calls; keeps chat threads and resource data at rest.
    token: "azure-native:communication:CommunicationService",
    source: SOURCE,
    location: DATA_LOCATION,
    identities: ["communicationServiceName", "name", "id"],
  }),
  azureProcessing({
    // Sends e-mail; keeps message content and delivery data at rest.
    token: "azure-native:communication:EmailService",
    source: SOURCE,
    location: DATA_LOCATION,
    identities: ["emailServiceName", "name", "id"],
  }),
];
