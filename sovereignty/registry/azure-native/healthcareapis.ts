// azure-native:healthcareapis:* — Azure Health Data Services FHIR and DICOM services: health
// records (@pulumi/azure-native 3.28, healthcareapis/fhirService.d.ts `FhirServiceArgs` and
// dicomService.d.ts `DicomServiceArgs` {encryption, location, tags, workspaceName, ...};
// types/input.d.ts healthcareapis.EncryptionArgs.customerManagedKeyEncryption {keyEncryptionKeyUrl}).
import type { TypeDeclaration } from "../types";
import { azureData, keyUriOr } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (healthcareapis/*.d.ts); https://learn.microsoft.com/azure/healthcare-apis/fhir/configure-customer-managed-keys";

function healthService(token: string, name: string): TypeDeclaration {
  return azureData({
    token,
    category: "database",
    source: SOURCE,
    identities: [name, "name", "id"],
    encryption: {
      kind: "reader",
      read: keyUriOr(["encryption", "customerManagedKeyEncryption", "keyEncryptionKeyUrl"]),
    },
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  healthService("azure-native:healthcareapis:FhirService", "fhirServiceName"),
  healthService("azure-native:healthcareapis:DicomService", "dicomServiceName"),
];
