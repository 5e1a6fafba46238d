import * as pulumi from "@pulumi/pulumi";
import * as backup from "@pulumi/aws/backup";
import * as iam from "@pulumi/aws/iam";
import type { Location } from "../../sovereignty";
import { fail, type ComponentContext } from "../core/errors";
import {
  DEFAULT_MIN_RETENTION_DAYS,
  requireLocation,
  requireMinRetentionDays,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import { arnRegion, checkedKeyArn, type Tags } from "./common";
import { Key } from "./key";

export const BACKUP_VAULT_TYPE = "sovereignty:aws:BackupVault";

export interface BackupVaultLockArgs {
  /**
   * `governance` (default): no `changeableForDays`, so the lock can still be removed by a
   * privileged user. `compliance`: after `changeableForDays` the lock can never be removed.
   */
  mode?: "governance" | "compliance";
  /** Minimum retention every recovery point must keep. Default 30 (the policy pack's default minimum). */
  minRetentionDays?: number;
  /** Maximum retention. Default: none. */
  maxRetentionDays?: number;
  /** Compliance mode only: grace period (3-365 days) before the lock becomes immutable. Default 3. */
  changeableForDays?: number;
}

export interface BackupRuleArgs {
  /** Rule name. */
  name: string;
  /** Schedule expression. Default `cron(0 3 * * ? *)` (daily 03:00 UTC). */
  schedule?: string;
  /** Days a recovery point is kept. Default 365. Must be >= the lock's minimum retention. */
  retentionDays?: number;
  /**
   * Days until recovery points of resource types that support it move to cold storage; `false`
   * keeps them warm. AWS requires `retentionDays >= coldStorageAfterDays + 90`. Default 30.
   */
  coldStorageAfterDays?: number | false;
  /** Continuous backup (point-in-time restore) for supported resources. Default false. */
  enableContinuousBackup?: boolean;
}

export interface BackupSelectionArgs {
  /** ARNs of the resources to back up. */
  resources: pulumi.Input<pulumi.Input<string>[]>;
  /** Role AWS Backup assumes. Default: a new role with `AWSBackupServiceRolePolicyForBackup` and `...ForRestores`. */
  iamRoleArn?: pulumi.Input<string>;
}

export interface BackupVaultArgs extends ResidencyArgs {
  /** AWS region of the vault. Default: stack config `aws:region`. Must lie in `zone` unless `public`. */
  region?: string;
  /** Vault name. Default: auto-named by Pulumi. */
  vaultName?: pulumi.Input<string>;
  /** An existing KMS key ARN in the vault's region. Default: a new rotating key (`<name>-key`). */
  kmsKeyArn?: pulumi.Input<string>;
  /**
   * Vault lock. Default: governance mode, 30 days minimum retention. `false` (no lock) is
   * rejected for `personal` and `special` data, which require immutable backups.
   */
  lock?: false | BackupVaultLockArgs;
  /** Backup plan rules. Default: one daily rule (`daily`) with the defaults of `BackupRuleArgs`. */
  rules?: BackupRuleArgs[];
  /**
   * Regions to copy every recovery point to. The component creates a vault (with its own key
   * and the same lock) in each; every region must lie in the zone. Default: none.
   */
  copyRegions?: string[];
  /** Existing vaults to copy to, as plain ARNs (their region is read from the ARN and must lie in the zone). */
  copyToVaultArns?: string[];
  /** What to back up. Default: no selection (attach your own `aws.backup.Selection` to `planId`). */
  selection?: BackupSelectionArgs;
  /** Allow `pulumi destroy` to delete a vault holding recovery points. Default false. */
  forceDestroy?: boolean;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

interface LockSettings {
  readonly minRetentionDays: number;
  readonly maxRetentionDays?: number;
  readonly changeableForDays?: number;
}

/**
 * An AWS Backup vault encrypted with a key in its region, locked (governance mode by default,
 * i.e. no `changeableForDays`), with a plan whose copy actions only go to vaults in the zone.
 *
 * Children: `Key` (unless `kmsKeyArn`), `aws.backup.Vault`, `aws.backup.VaultLockConfiguration`
 * (unless `lock: false`), per `copyRegions` entry a `Key` + `Vault` + `VaultLockConfiguration`,
 * `aws.backup.Plan`; with `selection`: `aws.backup.Selection` and, unless `iamRoleArn`, an
 * `aws.iam.Role` with two `aws.iam.RolePolicyAttachment`s.
 */
export class BackupVault extends pulumi.ComponentResource {
  public readonly vault: backup.Vault;
  public readonly vaultName: pulumi.Output<string>;
  public readonly vaultArn: pulumi.Output<string>;
  public readonly region: string;
  public readonly kmsKeyArn: pulumi.Output<string>;
  public readonly plan: backup.Plan;
  public readonly planId: pulumi.Output<string>;
  /** ARNs of the copy-destination vaults the component created, in `copyRegions` order. */
  public readonly copyVaultArns: pulumi.Output<string>[];

  constructor(name: string, args: BackupVaultArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: BACKUP_VAULT_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const region = resolvePrimaryLocation(ctx, residency, "aws", "regions", args.region, "region");
    const copyRegions = (args.copyRegions ?? []).map((r, i) =>
      requireLocation(ctx, residency, "aws", "regions", r, `copyRegions[${i}]`),
    );
    copyRegions.forEach((r, i) => {
      if (r.name === region.name) fail(ctx, `copyRegions[${i}]`, `${r.name} is the vault's own region`);
    });
    const copyArns = (args.copyToVaultArns ?? []).map((arn, i) => {
      const input = `copyToVaultArns[${i}]`;
      requireLocation(ctx, residency, "aws", "regions", arnRegion(ctx, input, arn), input);
      return arn;
    });

    let lock: LockSettings | undefined;
    if (args.lock === false) {
      if (residency.rules.immutableBackups) {
        fail(
          ctx,
          "lock",
          `${residency.classification} data requires immutable backups; a vault lock cannot be turned off`,
        );
      }
    } else {
      const l = args.lock ?? {};
      const mode = l.mode ?? "governance";
      if (mode !== "governance" && mode !== "compliance")
        fail(ctx, "lock.mode", `expected governance or compliance, got "${String(mode)}"`);
      if (mode === "governance" && l.changeableForDays !== undefined) {
        fail(
          ctx,
          "lock.changeableForDays",
          "only applies to compliance mode; governance mode has no grace period",
        );
      }
      const minRetentionDays = requireMinRetentionDays(
        ctx,
        residency,
        "lock.minRetentionDays",
        l.minRetentionDays ?? DEFAULT_MIN_RETENTION_DAYS,
      );
      const maxRetentionDays =
        l.maxRetentionDays === undefined
          ? undefined
          : requirePositiveInteger(ctx, "lock.maxRetentionDays", l.maxRetentionDays, minRetentionDays);
      lock = {
        minRetentionDays,
        ...(maxRetentionDays !== undefined && { maxRetentionDays }),
        ...(mode === "compliance" && {
          changeableForDays: requirePositiveInteger(
            ctx,
            "lock.changeableForDays",
            l.changeableForDays ?? 3,
            3,
            365,
          ),
        }),
      };
    }

    const rules = (args.rules ?? [{ name: "daily" }]).map((r, i) => {
      const input = `rules[${i}]`;
      if (typeof r.name !== "string" || !/^[a-zA-Z0-9_.-]{1,50}$/.test(r.name))
        fail(ctx, `${input}.name`, "expected 1-50 letters, digits, '.', '_' or '-'");
      const retentionDays = requirePositiveInteger(ctx, `${input}.retentionDays`, r.retentionDays ?? 365);
      const cold =
        r.coldStorageAfterDays === false
          ? undefined
          : requirePositiveInteger(ctx, `${input}.coldStorageAfterDays`, r.coldStorageAfterDays ?? 30);
      if (cold !== undefined && retentionDays < cold + 90) {
        fail(
          ctx,
          `${input}.retentionDays`,
          `AWS Backup keeps cold recovery points at least 90 days: retentionDays (${retentionDays}) must be >= coldStorageAfterDays + 90 (${cold + 90})`,
        );
      }
      if (lock && retentionDays < lock.minRetentionDays) {
        fail(
          ctx,
          `${input}.retentionDays`,
          `${retentionDays} is below the vault lock's minimum retention (${lock.minRetentionDays}); the vault would reject these recovery points`,
        );
      }
      if (lock?.maxRetentionDays !== undefined && retentionDays > lock.maxRetentionDays) {
        fail(
          ctx,
          `${input}.retentionDays`,
          `${retentionDays} is above the vault lock's maximum retention (${lock.maxRetentionDays})`,
        );
      }
      return { ...r, retentionDays, cold, schedule: r.schedule ?? "cron(0 3 * * ? *)" };
    });
    const tags = mergeTags(ctx, residency.tags, args.tags);
    const userKey =
      args.kmsKeyArn === undefined ? undefined : checkedKeyArn(ctx, "kmsKeyArn", args.kmsKeyArn, region);
    const residencyArgs = { zone: residency.zone.id, classification: residency.classification };

    super(BACKUP_VAULT_TYPE, name, {}, opts);
    this.region = region.name;

    const lockedVault = (
      vaultName: string,
      where: Location,
      keyArn: pulumi.Input<string>,
      explicitName?: pulumi.Input<string>,
    ) => {
      const vault = new backup.Vault(
        vaultName,
        {
          region: where.name,
          ...(explicitName !== undefined && { name: explicitName }),
          kmsKeyArn: keyArn,
          forceDestroy: args.forceDestroy ?? false,
          tags,
        },
        { parent: this },
      );
      if (lock) {
        // Governance mode = no `changeableForDays` (https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html).
        new backup.VaultLockConfiguration(
          `${vaultName}-lock`,
          {
            region: where.name,
            backupVaultName: vault.name,
            minRetentionDays: lock.minRetentionDays,
            ...(lock.maxRetentionDays !== undefined && { maxRetentionDays: lock.maxRetentionDays }),
            ...(lock.changeableForDays !== undefined && { changeableForDays: lock.changeableForDays }),
          },
          { parent: this },
        );
      }
      return vault;
    };

    const keyArn: pulumi.Input<string> =
      userKey ??
      new Key(`${name}-key`, { ...residencyArgs, region: region.name, tags: args.tags }, { parent: this })
        .arn;
    this.kmsKeyArn = pulumi.output(keyArn);
    this.vault = lockedVault(name, region, keyArn, args.vaultName);
    this.vaultName = this.vault.name;
    this.vaultArn = this.vault.arn;

    this.copyVaultArns = copyRegions.map((r) => {
      const copyKey = new Key(
        `${name}-${r.name}-key`,
        { ...residencyArgs, region: r.name, tags: args.tags },
        { parent: this },
      );
      return lockedVault(`${name}-${r.name}`, r, copyKey.arn).arn;
    });
    const destinations: pulumi.Input<string>[] = [...this.copyVaultArns, ...copyArns];

    this.plan = new backup.Plan(
      `${name}-plan`,
      {
        region: region.name,
        rules: rules.map((r) => {
          const lifecycle = {
            deleteAfter: r.retentionDays,
            ...(r.cold !== undefined && { coldStorageAfter: r.cold }),
          };
          return {
            ruleName: r.name,
            targetVaultName: this.vault.name,
            schedule: r.schedule,
            enableContinuousBackup: r.enableContinuousBackup ?? false,
            lifecycle,
            copyActions: destinations.map((destinationVaultArn) => ({ destinationVaultArn, lifecycle })),
          };
        }),
        tags,
      },
      { parent: this },
    );
    this.planId = this.plan.id;

    if (args.selection) {
      let roleArn = args.selection.iamRoleArn;
      if (roleArn === undefined) {
        const role = new iam.Role(
          `${name}-backup-role`,
          {
            assumeRolePolicy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                { Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" },
              ],
            }),
            tags,
          },
          { parent: this },
        );
        for (const policy of [
          "AWSBackupServiceRolePolicyForBackup",
          "AWSBackupServiceRolePolicyForRestores",
        ]) {
          new iam.RolePolicyAttachment(
            `${name}-${policy}`,
            {
              role: role.name,
              policyArn: pulumi.interpolate`arn:${partitionOf(region)}:iam::aws:policy/service-role/${policy}`,
            },
            { parent: this },
          );
        }
        roleArn = role.arn;
      }
      new backup.Selection(
        `${name}-selection`,
        {
          region: region.name,
          planId: this.plan.id,
          iamRoleArn: roleArn,
          resources: args.selection.resources,
        },
        { parent: this },
      );
    }

    this.registerOutputs({
      vaultName: this.vaultName,
      vaultArn: this.vaultArn,
      region: this.region,
      kmsKeyArn: this.kmsKeyArn,
      planId: this.planId,
      copyVaultArns: this.copyVaultArns,
    });
  }
}

function partitionOf(region: Location): string {
  return region.partition ?? "aws";
}
