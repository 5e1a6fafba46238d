// System 3 of the brief — backup. A central backup system for EU data: immutable (WORM)
// backups with a minimum retention, cold storage after 30 days, and copies only inside the
// same jurisdiction. Declared zone `eu`, classification `personal` (the backups hold the
// helpdesk's personal data), primary region Frankfurt (stacks/Pulumi.backup-eu.yaml):
//
//   vault         AWS Backup vault in Frankfurt with a vault lock in GOVERNANCE mode (no
//                 `changeableForDays`: compliance mode can never be undone, so it is a deliberate
//                 choice, not a default) and a minimum retention; a plan whose daily and monthly
//                 rules move recovery points to cold storage after 30 days and copy each one to a
//                 second locked vault in Stockholm (eu-north-1); a selection of every resource
//                 tagged `backup: daily` in the account's Frankfurt region.
//   archive       S3 bucket for exported backups (database dumps, file archives) with Object Lock
//                 in governance mode for the minimum retention, lifecycle to Glacier Flexible
//                 Retrieval after 30 days and Deep Archive after 180, replicated to a locked
//                 bucket in Stockholm — again inside the EU, each side with its own key.
//
// The minimum retention is stack config (`pulumi-sovereignty:minRetentionDays`, default 30, the
// policy pack's default `minimumRetentionDays`).
import * as backupAws from "@pulumi/aws/backup";
import * as iam from "@pulumi/aws/iam";
import { BackupVault, Bucket } from "../components/aws";
import { DEFAULT_MIN_RETENTION_DAYS } from "../components/core/residency";
import { residency, type StackSettings } from "./settings";

/** Where copies of every backup go: Stockholm, a second EU region. */
export const BACKUP_COPY_REGION = "eu-north-1";
/** Days after which backups move to cold storage (the brief's tiering rule). */
export const COLD_AFTER_DAYS = 30;

export function backup(settings: StackSettings): Record<string, unknown> {
  const declared = residency(settings);
  const minRetentionDays = settings.config.getNumber("minRetentionDays") ?? DEFAULT_MIN_RETENTION_DAYS;
  const tags = { system: "backup" };

  const vault = new BackupVault("central", {
    ...declared,
    lock: { mode: "governance", minRetentionDays, maxRetentionDays: 3650 },
    rules: [
      // AWS Backup keeps a cold recovery point at least 90 days: retention >= 30 + 90.
      { name: "daily", retentionDays: 180, coldStorageAfterDays: COLD_AFTER_DAYS },
      {
        name: "monthly",
        schedule: "cron(0 4 1 * ? *)",
        retentionDays: 2555,
        coldStorageAfterDays: COLD_AFTER_DAYS,
      },
    ],
    copyRegions: [BACKUP_COPY_REGION],
    tags,
  });

  // What is backed up: every resource in the region that opts in with the tag `backup: daily`.
  // A tag-based selection is not in the component's arguments, so it is attached to the
  // component's plan here, with the role AWS Backup assumes (IAM is global and holds no data).
  const role = new iam.Role("backup-service", {
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    }),
    tags,
  });
  for (const policy of ["AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"]) {
    new iam.RolePolicyAttachment(`backup-service-${policy}`, {
      role: role.name,
      policyArn: `arn:aws:iam::aws:policy/service-role/${policy}`,
    });
  }
  new backupAws.Selection("tagged-daily", {
    planId: vault.planId,
    iamRoleArn: role.arn,
    resources: ["*"],
    selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }],
  });

  const archive = new Bucket("archive", {
    ...declared,
    objectLock: { mode: "GOVERNANCE", days: minRetentionDays },
    tiering: { afterDays: COLD_AFTER_DAYS, storageClass: "GLACIER", deepArchiveAfterDays: 180 },
    noncurrentVersionExpirationDays: 2555,
    replication: { region: BACKUP_COPY_REGION, storageClass: "GLACIER" },
    tags,
  });

  return {
    vault: vault.vaultName,
    copyVaults: vault.copyVaultArns,
    archiveBucket: archive.bucketName,
    archiveReplicaRegion: archive.replicaRegion,
  };
}
