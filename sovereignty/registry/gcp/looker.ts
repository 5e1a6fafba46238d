// gcp:looker/* — Looker (Google Cloud core) instances (@pulumi/gcp 9.37, looker/instance.d.ts
// `InstanceArgs` {encryptionConfig: {kmsKeyName}, name, region, ...: no labels}).
import { always } from "../../controls/encryptionRead";
import { GCP_REGION } from "../common";
import type { TypeDeclaration } from "../types";
import { gcpData, noLabels } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpData({
    // Holds query caches, scheduled-delivery results and its own metadata database.
    token: "gcp:looker/instance:Instance",
    category: "database",
    source: "@pulumi/gcp 9.37 (looker/instance.d.ts); https://cloud.google.com/looker/docs/looker-core-cmek",
    location: GCP_REGION,
    tags: noLabels("a Looker instance"),
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKeyName"]) },
  }),
];
