import type { ReportViolation, ResourceValidationPolicy } from "@pulumi/policy";
import { CLASSIFICATION_RULES } from "../../sovereignty";
import { isKeyType, readEncryption, readImmutability, readPublicAccess } from "../../sovereignty/controls";
import type { EncryptionReading } from "../../sovereignty/controls";
import type { Classification, Location } from "../../sovereignty/types";
import { judge, type Judged } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { cannotVerify, report, resourceInput, unknownLevel } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings, type Settings } from "../settings";

export const ENFORCE_CONTROLS = "all-data-resources-enforce-classification-controls";

/** Is the key's location inside the resource's location (same region; `europe` keys for `EU` buckets)? */
export function keyInSameRegion(
  key: Location | undefined,
  resource: Location | undefined,
): boolean | undefined {
  if (!key || !resource) return undefined;
  if (key.name.toLowerCase() === resource.name.toLowerCase()) return true;
  const allowed = new Set(resource.countries);
  return (
    key.kind !== "global" &&
    key.countries.length > 0 &&
    key.countries.every((c) => allowed.has(c)) &&
    resource.kind !== "region"
  );
}

/** "no rule for this type", with the model's reason when it knows one. */
function noRule(reason: string | undefined): string {
  return `no rule for this type${reason ? ` (${reason})` : ""}`;
}

/** Customer-managed-key check shared with the stack policy (S3 SSE side resources). */
export function checkCustomerManagedKey(
  enc: EncryptionReading,
  subject: string,
  cloud: "aws" | "azure" | "gcp",
  resourceLocation: Location | undefined,
  classification: Classification,
  settings: Settings,
  reportViolation: ReportViolation,
  urn?: string,
): void {
  if (enc.kind === "unknown") {
    report(
      reportViolation,
      unknownLevel(classification),
      `${subject}: ${cannotVerify("its customer-managed key", enc.property, classification)}`,
      urn,
    );
    return;
  }
  if (enc.kind !== "customer-managed") {
    // A side resource (S3 encryption configuration) or the source this resource takes its key
    // from (a snapshot's volume): the stack policy joins and judges it.
    if (enc.kind === "elsewhere" || enc.kind === "inherited") return;
    if (enc.kind === "not-modelled") {
      // No reader for the type: not a pass, but no evidence of a failure either.
      report(
        reportViolation,
        "advisory",
        `${subject}: cannot verify its customer-managed key: ${noRule(enc.reason)}`,
        urn,
      );
      return;
    }
    report(
      reportViolation,
      "policy",
      `${subject}: ${classification} data requires a customer-managed key in the resource's region; none is configured`,
      urn,
    );
    return;
  }
  const key = enc.key;
  // A bare key id or alias is resolved by the service in the resource's own region; an Azure Key
  // Vault URI names a vault the stack policy can place.
  if (!key.region) return;
  const keyLocation = settings.catalog.lookup(cloud, key.service, key.region);
  const same = keyInSameRegion(keyLocation, resourceLocation);
  if (same === false || !keyLocation) {
    report(
      reportViolation,
      "policy",
      `${subject}: customer-managed key \`${key.property}\` is in \`${key.region}\`, not in the resource's region${resourceLocation ? ` \`${resourceLocation.name}\`` : ""}`,
      urn,
    );
  }
}

function evaluate(
  args: { type: string },
  j: Judged,
  settings: Settings,
  reportViolation: ReportViolation,
): void {
  const classification = j.classification!;
  const rules = CLASSIFICATION_RULES[classification];
  const props = j.input.properties;
  const subject = `\`${args.type}\``;
  const cloud = j.description.cloud ?? "aws";
  const location = j.description.location.kind === "known" ? j.description.location.location : undefined;

  // Encryption at rest.
  if (rules.encryptionAtRest === "required" && !isKeyType(args.type)) {
    const enc = readEncryption(args.type, props);
    if (enc.kind === "disabled")
      report(
        reportViolation,
        "policy",
        `${subject}: ${classification} data must be encrypted at rest; \`${enc.property}\` disables it`,
      );
    else if (enc.kind === "unknown" && enc.atRest === "unknown") {
      // The unknown value can switch encryption off. An unknown key on a resource that is
      // encrypted anyway (GCS, Cloud SQL: Google-managed keys) meets "encryption at rest"; only
      // the customer-managed-key rule depends on it, and the stack policy follows that key.
      report(
        reportViolation,
        unknownLevel(classification),
        `${subject}: ${cannotVerify("encryption at rest", enc.property, classification)}`,
      );
    } else if (enc.kind === "not-modelled" && !rules.customerManagedKeyInSameRegion) {
      // Personal/special data gets the customer-managed-key advisory below, which covers this.
      report(
        reportViolation,
        "advisory",
        `${subject}: cannot verify encryption at rest: ${noRule(enc.reason)}`,
      );
    }
    // An unknown key reference is usually `key.arn` of a key in the same program: the stack
    // policy follows it through the graph and reports "cannot verify" only if that fails.
    if (rules.customerManagedKeyInSameRegion && enc.kind !== "disabled" && enc.kind !== "unknown") {
      checkCustomerManagedKey(enc, subject, cloud, location, classification, settings, reportViolation);
    }
  }

  // Public access.
  if (!rules.publicAccessAllowed) {
    const pub = readPublicAccess(args.type, props);
    if (pub.kind === "public")
      report(
        reportViolation,
        "policy",
        `${subject}: ${classification} data must not be publicly accessible; ${pub.detail}`,
      );
    else if (pub.kind === "unknown")
      report(
        reportViolation,
        unknownLevel(classification),
        `${subject}: ${cannotVerify("that it is not public", pub.property, classification)}`,
      );
  }

  // Immutable backups with a minimum retention, on resources that hold backups.
  if (rules.immutableBackups && j.description.category === "backup") {
    const imm = readImmutability(args.type, props);
    if (imm.kind === "mutable")
      report(
        reportViolation,
        "policy",
        `${subject}: ${classification} backups must be immutable; ${imm.detail} (\`${imm.property}\`)`,
      );
    else if (imm.kind === "unknown")
      report(
        reportViolation,
        unknownLevel(classification),
        `${subject}: ${cannotVerify("backup immutability", imm.property, classification)}`,
      );
    else if (
      imm.kind === "immutable" &&
      imm.retentionDays !== undefined &&
      imm.retentionDays < settings.minimumRetentionDays
    ) {
      report(
        reportViolation,
        "policy",
        `${subject}: immutable retention of ${imm.retentionDays} days is below the minimum of ${settings.minimumRetentionDays} days (\`${imm.property}\`)`,
      );
    }
  }
}

export const enforceClassificationControls: ResourceValidationPolicy = {
  name: ENFORCE_CONTROLS,
  displayName: "Controls required by the data classification",
  description:
    "Applies the classification table: `confidential`, `personal` and `special` data is encrypted at rest; `personal` and `special` data uses a customer-managed key in the resource's own region and, for backups, immutable (WORM) storage with at least `sovereignty.minimumRetentionDays` (default 30) days of retention; nothing above `public` is publicly accessible. " +
    "Controls configured on side resources (S3 encryption, public access block, object lock, AWS Backup vault lock), key references unknown at preview, Azure Key Vault keys and keys taken from a source (snapshots) are joined and placed by the stack policy; a type with no encryption rule in the model is an advisory 'cannot verify' saying why. " +
    "Unknown values: a control unknown at preview is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise.",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Enable encryption at rest; for personal and special data set a customer-managed key (AWS KMS key, Azure Key Vault key, Cloud KMS key) created in the same region as the resource; " +
    "block public access; lock backup vaults (AWS Backup vault lock, Azure immutability settings, GCP minimum enforced retention) with at least the configured minimum retention.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateResource: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), ENFORCE_CONTROLS);
    const j = judge(resourceInput(args), settings);
    if (!j.description.dataHolding || j.description.configuring || !j.classification) return;
    evaluate(args, j, settings, reportViolation);
  },
};
