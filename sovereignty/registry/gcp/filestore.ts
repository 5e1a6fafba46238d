// gcp:filestore/* — Filestore instances (@pulumi/gcp 9.37, filestore/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (filestore/*.d.ts); https://cloud.google.com/filestore/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:filestore/instance:Instance",
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: { properties: ["location"], service: "regions", providerDefault: true, parse: "gcp-zone" },
    tags: LABELS,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyName"]) },
  },
];
