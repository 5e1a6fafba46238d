// all-data-resources-enforce-classification-controls: the classification table's controls on one
// data-holding resource — encryption at rest, a customer-managed key in its region, no public
// access, immutable backups with a minimum retention.
import { CLASSIFICATION_RULES } from "../../sovereignty";
import { isKeyType, readEncryption, readImmutability, readPublicAccess } from "../../sovereignty/controls";
import { cannotVerify, unknownLevel, type Finding } from "../../sovereignty/verdict";
import { resourcePolicy, type ResourceRule } from "../policy";
import { customerManagedKeyFindings, noRule } from "./keys";

export const ENFORCE_CONTROLS = "all-data-resources-enforce-classification-controls";

export const controlsRule: ResourceRule = (j, urn, settings) => {
  if (!j.description.dataHolding || j.description.configuring || !j.classification) return [];
  const rule = ENFORCE_CONTROLS;
  const classification = j.classification;
  const rules = CLASSIFICATION_RULES[classification];
  const type = j.input.type;
  const props = j.input.properties;
  const subject = `\`${type}\``;
  const cloud = j.description.cloud ?? "aws";
  const location = j.location.kind === "known" ? j.location.location : undefined;
  const out: Finding[] = [];
  const violation = (fact: Finding["fact"], message: string) =>
    out.push({ rule, urn, fact, level: "policy", message });
  const unverified = (fact: Finding["fact"], what: string, property: string) =>
    out.push({
      rule,
      urn,
      fact,
      level: unknownLevel(classification),
      message: `${subject}: ${cannotVerify(what, property, classification)}`,
    });

  // Encryption at rest.
  if (rules.encryptionAtRest === "required" && !isKeyType(type)) {
    const enc = readEncryption(type, props);
    if (enc.kind === "disabled")
      violation(
        "encryption",
        `${subject}: ${classification} data must be encrypted at rest; \`${enc.property}\` disables it`,
      );
    else if (enc.kind === "unknown" && enc.atRest === "unknown") {
      // The unknown value can switch encryption off. An unknown key on a resource that is
      // encrypted anyway (GCS, Cloud SQL: Google-managed keys) meets "encryption at rest"; only
      // the customer-managed-key rule depends on it, and the stack rule follows that key.
      unverified("encryption", "encryption at rest", enc.property);
    } else if (enc.kind === "not-modelled" && !rules.customerManagedKeyInSameRegion) {
      // Personal/special data gets the customer-managed-key advisory below, which covers this.
      out.push({
        rule,
        urn,
        fact: "encryption",
        level: "advisory",
        message: `${subject}: cannot verify encryption at rest: ${noRule(enc.reason)}`,
      });
    }
    // An unknown key reference is usually `key.arn` of a key in the same program: the stack
    // rule follows it through the graph and reports "cannot verify" only if that fails.
    if (rules.customerManagedKeyInSameRegion && enc.kind !== "disabled" && enc.kind !== "unknown")
      out.push(
        ...customerManagedKeyFindings(rule, urn, enc, subject, cloud, location, classification, settings),
      );
  }

  // Public access.
  if (!rules.publicAccessAllowed) {
    const pub = readPublicAccess(type, props);
    if (pub.kind === "public")
      violation(
        "public-access",
        `${subject}: ${classification} data must not be publicly accessible; ${pub.detail}`,
      );
    else if (pub.kind === "unknown") unverified("public-access", "that it is not public", pub.property);
  }

  // Immutable backups with a minimum retention, on resources that hold backups.
  if (rules.immutableBackups && j.description.category === "backup") {
    const imm = readImmutability(type, props);
    if (imm.kind === "mutable")
      violation(
        "immutability",
        `${subject}: ${classification} backups must be immutable; ${imm.detail} (\`${imm.property}\`)`,
      );
    else if (imm.kind === "unknown") unverified("immutability", "backup immutability", imm.property);
    else if (
      imm.kind === "immutable" &&
      imm.retentionDays !== undefined &&
      imm.retentionDays < settings.minimumRetentionDays
    ) {
      violation(
        "retention",
        `${subject}: immutable retention of ${imm.retentionDays} days is below the minimum of ${settings.minimumRetentionDays} days (\`${imm.property}\`)`,
      );
    }
  }
  return out;
};

export const enforceClassificationControls = resourcePolicy(
  {
    name: ENFORCE_CONTROLS,
    displayName: "Controls required by the data classification",
    description:
      "Applies the classification table: `confidential`, `personal` and `special` data is encrypted at rest; `personal` and `special` data uses a customer-managed key in the resource's own region and, for backups, immutable (WORM) storage with at least `sovereignty.minimumRetentionDays` (default 30) days of retention; nothing above `public` is publicly accessible. " +
      "Controls configured on side resources (S3 encryption, public access block, object lock, AWS Backup vault lock), key references unknown at preview, Azure Key Vault keys and keys taken from a source (snapshots) are joined and placed by the stack policy; a type with no encryption rule in the model is an advisory 'cannot verify' saying why. " +
      "Unknown values: a control unknown at preview is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise.",
    severity: "high",
    remediationSteps:
      "Enable encryption at rest; for personal and special data set a customer-managed key (AWS KMS key, Azure Key Vault key, Cloud KMS key) created in the same region as the resource; " +
      "block public access; lock backup vaults (AWS Backup vault lock, Azure immutability settings, GCP minimum enforced retention) with at least the configured minimum retention.",
  },
  controlsRule,
);
