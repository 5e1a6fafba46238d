// System 1 of the brief — the helpdesk (EU). Support tickets hold customers' personal data
// (names, e-mail addresses, what went wrong, screenshots), so the stack declares zone `eu` and
// classification `personal` (stacks/Pulumi.helpdesk-eu.yaml) and everything lives in Frankfurt
// (`aws:region: eu-central-1`):
//
//   attachments   S3 bucket for files customers attach to tickets: SSE-KMS with a key in
//                 Frankfurt, versioned, no public access, old versions tier to Standard-IA.
//   tickets       Aurora PostgreSQL cluster holding the tickets, encrypted with its own key in
//                 Frankfurt, private, 14 days of point-in-time backups (which stay in the region).
//   backups       AWS Backup vault in Frankfurt, locked in governance mode with a minimum
//                 retention, backing up the database and the bucket daily and copying every
//                 recovery point to a second locked vault in Paris (eu-west-3) — inside the EU,
//                 with its own key there. No copy ever leaves the EU.
//
// Every component checks at construction that each region it uses (bucket, keys, vaults, copy
// destinations) lies in the zone, so a copy to, say, eu-west-2 (London) fails before anything is
// registered; the policy pack checks the same again on the resources.
import { BackupVault, Bucket, Database } from "../components/aws";
import { residency, type StackSettings } from "./settings";

/** The second EU region backups are copied to (Paris). */
export const HELPDESK_BACKUP_COPY_REGION = "eu-west-3";

export function helpdesk(settings: StackSettings): Record<string, unknown> {
  const declared = residency(settings);
  const tags = { system: "helpdesk" };

  const attachments = new Bucket("attachments", {
    ...declared,
    // Attachments are read while a ticket is open, rarely after: infrequent access after 90 days.
    tiering: { afterDays: 90, storageClass: "STANDARD_IA" },
    noncurrentVersionExpirationDays: 365,
    tags,
  });

  const tickets = new Database("tickets", {
    ...declared,
    engine: "aurora-postgresql",
    dbName: "helpdesk",
    backupRetentionDays: 14,
    tags,
  });

  const backups = new BackupVault("helpdesk-backups", {
    ...declared,
    // Governance mode (the default): a privileged operator can still lift the lock, which
    // compliance mode would forbid forever. 35 days covers a month of tickets plus slack.
    lock: { mode: "governance", minRetentionDays: 35 },
    rules: [{ name: "daily", retentionDays: 35, coldStorageAfterDays: false }],
    copyRegions: [HELPDESK_BACKUP_COPY_REGION],
    selection: { resources: [tickets.arn, attachments.arn] },
    tags,
  });

  return {
    attachmentsBucket: attachments.bucketName,
    ticketDatabaseEndpoint: tickets.endpoint,
    backupVault: backups.vaultName,
    backupCopyVaults: backups.copyVaultArns,
  };
}
