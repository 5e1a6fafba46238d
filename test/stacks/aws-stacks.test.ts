// The AWS systems of stacks/: helpdesk-eu and backup-eu, each run once through the offline
// program runner (a first `pulumi preview` under mocks) and once through the built policy pack.
import { strict as assert } from "node:assert";
import type { ProgramSnapshot } from "../../cli/check/program";
import { parseArn } from "../../sovereignty";
import {
  assertResidencyTags,
  at,
  byUrn,
  dataHolding,
  inZone,
  itPassesThePack,
  isUnknown,
  loadStack,
  one,
  ofType,
} from "./helpers";

const VAULT = "aws:backup/vault:Vault";
const PLAN = "aws:backup/plan:Plan";
const LOCK = "aws:backup/vaultLockConfiguration:VaultLockConfiguration";
const BUCKET = "aws:s3/bucket:Bucket";

/** Every region-scoped AWS resource (IAM is global) lies in the zone. */
function assertAwsRegionsIn(snapshot: ProgramSnapshot, zone: string): void {
  for (const r of snapshot.resources.filter((x) => x.custom && !x.type.startsWith("aws:iam/"))) {
    const region = r.properties["region"] ?? snapshot.config["aws:region"];
    assert.ok(inZone("aws", "regions", region, zone), `${r.type} ${r.name} is in ${String(region)}`);
  }
}

/**
 * Where a plan's copy actions go. At a first preview a vault ARN is unknown, so a destination is
 * followed through the plan's property dependencies to the vaults it names, whose ARN will be
 * `arn:aws:backup:<vault region>:…`; a known ARN is read as is.
 */
function copyDestinationRegions(snapshot: ProgramSnapshot, planName: string): string[] {
  const plan = one(snapshot, PLAN, planName);
  const regions: string[] = [];
  const rules = (plan.properties["rules"] ?? []) as readonly unknown[];
  let byReference = false;
  for (const [i] of rules.entries()) {
    for (const [j] of ((at(plan.properties["rules"], `${i}.copyActions`) ?? []) as unknown[]).entries()) {
      const arn = at(plan.properties["rules"], `${i}.copyActions.${j}.destinationVaultArn`);
      if (typeof arn === "string" && !isUnknown(arn)) {
        regions.push(parseArn(arn)?.region ?? "no region");
      } else {
        byReference = true;
      }
    }
  }
  if (byReference) {
    const planRegion = String(plan.properties["region"]);
    for (const urn of plan.propertyDependencies["rules"] ?? []) {
      const vault = byUrn(snapshot, urn);
      if (vault.type !== VAULT) continue;
      // The rules reference the target vault (by name) and the copy vaults (by ARN).
      const region = String(vault.properties["region"]);
      if (region !== planRegion) regions.push(region);
    }
  }
  return regions;
}

describe("stacks: helpdesk-eu (AWS Frankfurt, personal data)", function () {
  let snapshot: ProgramSnapshot;
  before(async function () {
    snapshot = await loadStack("helpdesk-eu");
  });

  it("is built from our components: attachments bucket, ticket database, backup vault", function () {
    assert.equal(snapshot.config["pulumi-sovereignty:system"], "helpdesk");
    for (const [type, name] of [
      ["sovereignty:aws:Bucket", "attachments"],
      ["sovereignty:aws:Database", "tickets"],
      ["sovereignty:aws:BackupVault", "helpdesk-backups"],
    ] as const) {
      one(snapshot, type, name);
    }
    const cluster = one(snapshot, "aws:rds/cluster:Cluster", "tickets");
    assert.equal(cluster.properties["engine"], "aurora-postgresql");
    assert.equal(cluster.properties["storageEncrypted"], true);
  });

  it("keeps the bucket and the database in Frankfurt and every resource in the EU", function () {
    assert.equal(snapshot.config["aws:region"], "eu-central-1");
    assert.equal(one(snapshot, BUCKET, "attachments").properties["region"], "eu-central-1");
    assert.equal(one(snapshot, "aws:rds/cluster:Cluster", "tickets").properties["region"], "eu-central-1");
    assertAwsRegionsIn(snapshot, "eu");
  });

  it("tags every data-holding resource data-residency eu, data-classification personal", function () {
    assertResidencyTags(snapshot, "eu", "personal");
  });

  it("encrypts with customer-managed keys in the same region as what they encrypt", function () {
    const keys = ofType(snapshot, "aws:kms/key:Key");
    assert.ok(keys.length >= 3, "a key per bucket, database and vault");
    for (const holder of dataHolding(snapshot)) {
      const keyProperty = ["kmsKeyArn", "kmsKeyId"].find((p) => p in holder.properties);
      if (keyProperty === undefined) continue;
      const keyUrns = (holder.propertyDependencies[keyProperty] ?? []).filter((u) =>
        u.includes("aws:kms/key:Key"),
      );
      assert.equal(keyUrns.length, 1, `${holder.name}.${keyProperty} names no KMS key of the stack`);
      assert.equal(
        byUrn(snapshot, keyUrns[0]!).properties["region"],
        holder.properties["region"],
        `${holder.name}'s key is not in its region`,
      );
    }
  });

  it("copies backups only to another EU region (Paris), into a locked vault", function () {
    const destinations = copyDestinationRegions(snapshot, "helpdesk-backups-plan");
    assert.deepEqual(destinations, ["eu-west-3"]);
    for (const region of destinations) assert.ok(inZone("aws", "regions", region, "eu"), region);
    const locks = ofType(snapshot, LOCK);
    assert.deepEqual(locks.map((l) => l.properties["region"]).sort(), ["eu-central-1", "eu-west-3"]);
    for (const lock of locks) assert.ok(Number(lock.properties["minRetentionDays"]) >= 30);
  });

  itPassesThePack(() => snapshot);
});

describe("stacks: backup-eu (immutable backups, AWS Frankfurt → Stockholm)", function () {
  let snapshot: ProgramSnapshot;
  before(async function () {
    snapshot = await loadStack("backup-eu");
  });

  it("locks every vault in governance mode: no changeableForDays, minimum retention from the stack config", function () {
    assert.equal(snapshot.config["pulumi-sovereignty:minRetentionDays"], "35");
    const locks = ofType(snapshot, LOCK);
    assert.equal(locks.length, 2, "the primary vault and the copy vault");
    for (const lock of locks) {
      assert.equal("changeableForDays" in lock.properties, false, `${lock.name} is in compliance mode`);
      assert.equal(lock.properties["minRetentionDays"], 35);
    }
  });

  it("moves recovery points to cold storage after 30 days and copies them to Stockholm only", function () {
    const plan = one(snapshot, PLAN, "central-plan");
    const rules = plan.properties["rules"] as readonly unknown[];
    assert.equal(rules.length, 2);
    for (const [i] of rules.entries()) {
      assert.equal(at(plan.properties["rules"], `${i}.lifecycle.coldStorageAfter`), 30);
      assert.equal(at(plan.properties["rules"], `${i}.copyActions.0.lifecycle.coldStorageAfter`), 30);
    }
    assert.deepEqual(copyDestinationRegions(snapshot, "central-plan"), ["eu-north-1"]);
  });

  it("archives in a WORM bucket (governance Object Lock), tiered to Glacier after 30 days, replicated inside the EU", function () {
    const archive = one(snapshot, BUCKET, "archive");
    assert.equal(archive.properties["objectLockEnabled"], true);
    for (const lock of ofType(
      snapshot,
      "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    )) {
      assert.deepEqual(at(lock.properties, "rule.defaultRetention"), { mode: "GOVERNANCE", days: 35 });
    }
    const lifecycle = one(snapshot, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration");
    assert.deepEqual(at(lifecycle.properties, "rules.0.transitions.0"), {
      days: 30,
      storageClass: "GLACIER",
    });
    assert.equal(one(snapshot, BUCKET, "archive-replica").properties["region"], "eu-north-1");
    assertAwsRegionsIn(snapshot, "eu");
  });

  it("tags every data-holding resource data-residency eu, data-classification personal", function () {
    assertResidencyTags(snapshot, "eu", "personal");
  });

  itPassesThePack(() => snapshot);
});
