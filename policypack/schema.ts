// The one home for shared settings: a `sovereignty` object. Every policy's config schema
// accepts it, so it can be set per policy (Pulumi Cloud policy groups show per-policy config)
// and once for the whole pack under the `all` key of `--policy-pack-config` (see ./allKey.ts).
// The same schema is declared to CrossGuard (the CLI validates config against it) and checked
// by the pack itself with ajv, because the SDK neither applies defaults nor validates.
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { TransferApproval } from "../sovereignty/verdict";

const ZONE_ID: PolicyConfigJSONSchema = {
  type: "string",
  pattern: "^[a-z0-9_-]{1,63}$",
  description: "a zone id: lower-case [a-z0-9_-], at most 63 characters",
};
const COUNTRY: PolicyConfigJSONSchema = {
  type: "string",
  pattern: "^[A-Z]{2}$",
  description: "an ISO 3166-1 alpha-2 country code in upper case (`DE`)",
};
const CLOUD: PolicyConfigJSONSchema = {
  type: "string",
  enum: ["aws", "azure", "gcp"],
  description: "one of aws, azure, gcp",
};
const SERVICE: PolicyConfigJSONSchema = {
  type: "string",
  enum: ["regions", "gcs", "gcp-kms", "bigquery", "communication"],
  description: "one of regions, gcs, gcp-kms, bigquery, communication",
};
const CLASSIFICATION: PolicyConfigJSONSchema = {
  type: "string",
  enum: ["public", "internal", "confidential", "personal", "special"],
  description: "one of public, internal, confidential, personal, special",
};
const DATE: PolicyConfigJSONSchema = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$",
  description: "an ISO date (`2027-03-31`) or date-time",
};

export const MINIMUM_RETENTION_DAYS_DEFAULT = 30;

export const SOVEREIGNTY_SCHEMA: PolicyConfigJSONSchema = {
  type: "object",
  additionalProperties: false,
  description: "Shared settings of the pulumi-sovereignty policy pack.",
  properties: {
    zones: {
      type: "array",
      description: "extra zones: { id, name?, countries?, locations?, legalFrameworks? }",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id"],
        properties: {
          id: ZONE_ID,
          name: { type: "string" },
          countries: { type: "array", items: COUNTRY },
          locations: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["cloud", "location"],
              properties: { cloud: CLOUD, service: SERVICE, location: { type: "string", minLength: 1 } },
            },
          },
          legalFrameworks: { type: "array", items: { type: "string" } },
        },
      },
    },
    locations: {
      type: "array",
      description:
        "extra locations the catalog does not know: { cloud, service?, location, countries, kind? }",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["cloud", "location", "countries"],
        properties: {
          cloud: CLOUD,
          service: SERVICE,
          location: { type: "string", minLength: 1 },
          countries: { type: "array", minItems: 1, items: COUNTRY },
          kind: { type: "string", enum: ["region", "multi-region", "dual-region", "global"] },
        },
      },
    },
    approvals: {
      type: "array",
      description: "transfer approvals: { id, from, to, classifications, legalBasis, expires }",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "from", "to", "classifications", "legalBasis", "expires"],
        properties: {
          id: {
            type: "string",
            pattern: "^[a-z0-9_-]{1,63}$",
            description: "an approval id usable as a label value: lower-case [a-z0-9_-]",
          },
          from: ZONE_ID,
          to: { type: "string", minLength: 1, description: "a zone id, or a location name (`us-east-1`)" },
          classifications: { type: "array", minItems: 1, items: CLASSIFICATION },
          legalBasis: {
            type: "string",
            minLength: 1,
            description: "the legal basis, e.g. `GDPR Art. 46 SCC 2021/914`",
          },
          expires: DATE,
        },
      },
    },
    minimumRetentionDays: {
      type: "integer",
      minimum: 1,
      default: MINIMUM_RETENTION_DAYS_DEFAULT,
      description: "minimum immutable backup retention in days for personal and special data",
    },
    defaults: {
      type: "object",
      additionalProperties: false,
      description:
        "stack-level declaration: used by remediation, by resources that cannot carry tags, and as the lowest-precedence residency of any resource whose tags declare none",
      properties: { "data-residency": ZONE_ID, "data-classification": CLASSIFICATION },
    },
    requireTagsOnProcessing: {
      type: "boolean",
      default: false,
      description:
        "whether resources that process data (functions, VMs, containers, AI inference, pipelines) must carry the residency tags; by default they are placed when tagged and not required to be",
    },
    now: {
      ...(DATE as object),
      description: "the date transfer-approval expiry is judged at (default: today); the runner's --now",
    },
  },
};

/** The config schema every policy declares. */
export const POLICY_CONFIG_SCHEMA = {
  properties: { sovereignty: SOVEREIGNTY_SCHEMA },
};

/** One `sovereignty.approvals[]` entry as configured (the model's approval without its resolved end). */
export type ApprovalConfig = Omit<TransferApproval, "expiresAt">;

export interface SovereigntyConfig {
  readonly zones?: readonly {
    id: string;
    name?: string;
    countries?: string[];
    locations?: {
      cloud: "aws" | "azure" | "gcp";
      service?: "regions" | "gcs" | "gcp-kms" | "bigquery" | "communication";
      location: string;
    }[];
    legalFrameworks?: string[];
  }[];
  readonly locations?: readonly {
    cloud: "aws" | "azure" | "gcp";
    service?: "regions" | "gcs" | "gcp-kms" | "bigquery" | "communication";
    location: string;
    countries: string[];
    kind?: "region" | "multi-region" | "dual-region" | "global";
  }[];
  readonly approvals?: readonly ApprovalConfig[];
  readonly minimumRetentionDays?: number;
  readonly defaults?: { readonly "data-residency"?: string; readonly "data-classification"?: string };
  readonly requireTagsOnProcessing?: boolean;
  readonly now?: string;
}
