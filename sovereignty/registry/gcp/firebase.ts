// gcp:firebase/* — Firebase Realtime Database instances (@pulumi/gcp 9.37,
// firebase/databaseInstance.d.ts `DatabaseInstanceArgs` {instanceId, region (required), type, ...:
// no labels, no key input}).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { gcpData, noLabels } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpData({
    token: "gcp:firebase/databaseInstance:DatabaseInstance",
    category: "database",
    source:
      "@pulumi/gcp 9.37 (firebase/databaseInstance.d.ts); https://firebase.google.com/docs/projects/locations#rtdb-locations",
    location: { properties: ["region"], service: "regions", providerDefault: false },
    tags: noLabels("a Realtime Database instance"),
    identities: ["name", "instanceId", "id"],
    encryption: { kind: "reader", read: serviceKeysOnly("(Realtime Database: Google-managed keys only)") },
  }),
];
