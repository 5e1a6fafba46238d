import * as pulumi from "@pulumi/pulumi";
import * as backupdisasterrecovery from "@pulumi/gcp/backupdisasterrecovery";
import * as projects from "@pulumi/gcp/projects";
import { fail, type ComponentContext } from "../core/errors";
import {
  DEFAULT_MIN_RETENTION_DAYS,
  requireMinRetentionDays,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeLabels } from "../core/tags";
import { Bucket } from "./bucket";
import { gcpKey, grantKey, type Labels } from "./common";

export const BACKUP_VAULT_TYPE = "sovereignty:gcp:BackupVault";

export interface BackupVaultArgs extends ResidencyArgs {
  /** Region of the vault (Backup and DR vaults are regional). Default: stack config `gcp:region`. */
  location?: string;
  /** `backup-dr` (Backup and DR BackupVault, default) or `bucket` (a GCS bucket with a retention policy). */
  kind?: "backup-dr" | "bucket";
  /** Project. Default: the provider's. */
  project?: pulumi.Input<string>;
  /** Minimum enforced retention in days. Default 30 (the policy pack's default minimum). */
  minRetentionDays?: number;
  /** `bucket` kind: lock the retention policy (irreversible, compliance-like). Default false. */
  lockRetention?: boolean;
  /** `backup-dr` kind: who may use the vault. Default `WITHIN_PROJECT`. */
  accessRestriction?: "WITHIN_PROJECT" | "WITHIN_ORGANIZATION";
  /** Extra labels (lower case). The residency labels are added by the component. */
  labels?: Labels;
}

/**
 * Immutable backups in one in-zone region: a Backup and DR vault with
 * `backupMinimumEnforcedRetentionDuration` and a CMEK in the same region, or a bucket (our
 * `Bucket`) with a retention policy.
 *
 * Children (`backup-dr`): `kms.KeyRing`, `kms.CryptoKey`, `projects.ServiceIdentity`
 * (backupdr.googleapis.com), `kms.CryptoKeyIAMMember`, `backupdisasterrecovery.BackupVault`;
 * (`bucket`): a `sovereignty:gcp:Bucket` with `retentionDays`.
 */
export class BackupVault extends pulumi.ComponentResource {
  public readonly location: string;
  /** The vault id, or the bucket name for `bucket`. */
  public readonly name: pulumi.Output<string>;
  public readonly minRetentionDays: number;

  constructor(name: string, args: BackupVaultArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: BACKUP_VAULT_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const location = resolvePrimaryLocation(ctx, residency, "gcp", "regions", args.location, "location");
    const kind = args.kind ?? "backup-dr";
    if (kind !== "backup-dr" && kind !== "bucket")
      fail(ctx, "kind", `expected backup-dr or bucket, got "${String(kind)}"`);
    const minRetentionDays = requireMinRetentionDays(
      ctx,
      residency,
      "minRetentionDays",
      args.minRetentionDays ?? DEFAULT_MIN_RETENTION_DAYS,
    );
    const labels = mergeLabels(ctx, residency.tags, args.labels);

    super(BACKUP_VAULT_TYPE, name, {}, opts);
    this.location = location.name;
    this.minRetentionDays = minRetentionDays;
    if (kind === "bucket") {
      const bucket = new Bucket(
        `${name}-bucket`,
        {
          zone: residency.zone.id,
          classification: residency.classification,
          location: location.name,
          ...(args.project !== undefined && { project: args.project }),
          retentionDays: minRetentionDays,
          lockRetention: args.lockRetention ?? false,
          ...(args.labels !== undefined && { labels: args.labels }),
        },
        { parent: this },
      );
      this.name = bucket.bucketName;
    } else {
      const key = gcpKey(this, name, location.name, labels, args.project);
      const agent = new projects.ServiceIdentity(
        `${name}-backupdr-agent`,
        { service: "backupdr.googleapis.com", ...(args.project !== undefined && { project: args.project }) },
        { parent: this },
      );
      const grant = grantKey(this, name, key, agent.member);
      const vault = new backupdisasterrecovery.BackupVault(
        name,
        {
          location: location.name,
          backupVaultId: name
            .toLowerCase()
            .replace(/[^a-z0-9-]/g, "-")
            .slice(0, 63),
          ...(args.project !== undefined && { project: args.project }),
          backupMinimumEnforcedRetentionDuration: `${minRetentionDays * 86400}s`,
          accessRestriction: args.accessRestriction ?? "WITHIN_PROJECT",
          encryptionConfig: { kmsKeyName: key.keyName },
          labels,
        },
        { parent: this, dependsOn: [grant] },
      );
      this.name = vault.backupVaultId;
    }
    this.registerOutputs({ location: this.location, name: this.name, minRetentionDays });
  }
}
