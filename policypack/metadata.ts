// Metadata shared by the policies: the legal frameworks a zone declaration usually rests on
// (metadata only — messages never claim a legal conclusion) and the pack's name and tags.
import type { PolicyComplianceFramework } from "@pulumi/policy";

export const PACK_NAME = "pulumi-sovereignty";

export const FRAMEWORK: PolicyComplianceFramework = {
  name: "Data residency (GDPR Chapter V, LGPD Art. 33, and similar transfer rules)",
  version: "2026",
  reference: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  specification:
    "Zones are declarations of where data may be held; the legal basis for a transfer outside a zone is recorded in a transfer approval. Policies report facts against declarations, never legal conclusions.",
};

export const TAGS = ["data-residency", "sovereignty"];
