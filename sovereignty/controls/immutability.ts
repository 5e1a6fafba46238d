// Immutable (WORM) backups and their minimum retention (the README: required for `personal`
// and `special`). Read on backup-holding types; AWS Backup vault locks live on a side resource.
import { sideResourceToken } from "../resource/dataHolding";
import { readNumber, readString, type PropertyBag } from "../resource/properties";
import type { ImmutabilityReading } from "./types";

type Reader = (props: PropertyBag) => ImmutabilityReading;

/** `2592000s` (protobuf Duration, GCP) → days. */
function durationDays(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(raw.trim());
  return m ? Number(m[1]) / 86400 : undefined;
}

function azureImmutability(base: string[]): Reader {
  return (p) => {
    const state = readString(p, [...base, "immutabilitySettings", "state"]);
    if (state.kind === "unknown") return { kind: "unknown", property: state.property };
    if (state.kind === "value" && ["locked", "unlocked"].includes((state.value as string).toLowerCase())) {
      // Azure keeps retention in backup policies, not on the vault: retention is not read here.
      return { kind: "immutable", property: state.property, mode: state.value as string };
    }
    return {
      kind: "mutable",
      property: [...base, "immutabilitySettings", "state"].join("."),
      detail: "immutability is not enabled",
    };
  };
}

const READERS: Readonly<Record<string, Reader>> = {
  "aws:backup/vault:Vault": () => ({
    kind: "elsewhere",
    via: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
  }),
  "aws:backup/vaultLockConfiguration:VaultLockConfiguration": (p) => {
    const min = readNumber(p, ["minRetentionDays"]);
    if (min.kind === "unknown") return { kind: "unknown", property: min.property };
    const changeable = readNumber(p, ["changeableForDays"]);
    const mode = changeable.kind === "absent" ? "governance" : "compliance";
    return {
      kind: "immutable",
      property: "minRetentionDays",
      mode,
      ...(min.kind === "value" ? { retentionDays: min.value as number } : {}),
    };
  },
  "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault": (p) => {
    const min = readNumber(p, ["minRetentionDays"]);
    if (min.kind === "unknown") return { kind: "unknown", property: min.property };
    return {
      kind: "immutable",
      property: "minRetentionDays",
      mode: "compliance",
      ...(min.kind === "value" ? { retentionDays: min.value as number } : {}),
    };
  },
  "azure-native:recoveryservices:Vault": azureImmutability(["properties", "securitySettings"]),
  "azure-native:dataprotection:BackupVault": azureImmutability(["properties", "securitySettings"]),
  "gcp:backupdisasterrecovery/backupVault:BackupVault": (p) => {
    const min = readString(p, ["backupMinimumEnforcedRetentionDuration"]);
    if (min.kind === "unknown") return { kind: "unknown", property: min.property };
    if (min.kind === "absent")
      return { kind: "mutable", property: min.property, detail: "no minimum enforced retention" };
    const days = durationDays(min.value as string);
    return {
      kind: "immutable",
      property: min.property,
      ...(days !== undefined ? { retentionDays: days } : {}),
    };
  },
  "gcp:storage/bucket:Bucket": (p) => {
    const period = readString(p, ["retentionPolicy", "retentionPeriod"]);
    if (period.kind === "unknown") return { kind: "unknown", property: period.property };
    if (period.kind === "absent")
      return { kind: "mutable", property: "retentionPolicy", detail: "no retention policy" };
    const seconds = Number(period.value);
    return {
      kind: "immutable",
      property: period.property,
      ...(Number.isFinite(seconds) ? { retentionDays: seconds / 86400 } : {}),
    };
  },
  "aws:s3/bucket:Bucket": () => ({
    kind: "elsewhere",
    via: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  }),
  "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration": (p) => {
    const mode = readString(p, ["rule", "defaultRetention", "mode"]);
    if (mode.kind === "unknown") return { kind: "unknown", property: mode.property };
    if (mode.kind === "absent")
      return { kind: "mutable", property: "rule.defaultRetention", detail: "no default retention" };
    const days = readNumber(p, ["rule", "defaultRetention", "days"]);
    const years = readNumber(p, ["rule", "defaultRetention", "years"]);
    if (days.kind === "unknown" || years.kind === "unknown")
      return { kind: "unknown", property: "rule.defaultRetention" };
    const retention =
      days.kind === "value"
        ? (days.value as number)
        : years.kind === "value"
          ? (years.value as number) * 365
          : undefined;
    return {
      kind: "immutable",
      property: "rule.defaultRetention",
      mode: String(mode.value).toLowerCase(),
      ...(retention !== undefined ? { retentionDays: retention } : {}),
    };
  },
};

export function readImmutability(type: string, props: PropertyBag): ImmutabilityReading {
  const reader = READERS[sideResourceToken(type)] ?? READERS[type];
  return reader ? reader(props) : { kind: "not-modelled" };
}
