// gcp:firestore/* — Firestore databases (@pulumi/gcp 9.37, firestore/*.d.ts).
import { always } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (firestore/*.d.ts); https://cloud.google.com/firestore/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:firestore/database:Database",
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    location: { properties: ["locationId"], service: "regions", providerDefault: false },
    tags: {
      kind: "none",
      reason: "a Firestore database has no labels input: judged with `sovereignty.defaults`",
    },
    identities: ["name", "id"],
    // `cmekConfig.kmsKeyName` (`DatabaseCmekConfig`: nam5 ↔ KMS `us`, eur3 ↔ `europe`).
    encryption: { kind: "reader", read: (p) => always(p, ["cmekConfig", "kmsKeyName"]) },
  },
];
