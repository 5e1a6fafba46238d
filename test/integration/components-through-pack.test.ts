// Issue #5's last "done when": every component on each cloud, run as a real Pulumi program through
// the offline runner (loadProgramSnapshot) and the built pack (PolicyPackRunner), gets zero
// violations, mandatory or advisory; the same program with one child changed after the
// component's validation (its backup plan copying to a vault in us-east-1) gets exactly the one
// violation that edit deserves. Two program runs, one pack process.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadProgramSnapshot, type ProgramSnapshot } from "../../cli/check/program";
import { packEnvironmentFor, PolicyPackRunner, type AnalysisResult } from "../../cli/check/engine";
import { inventoryOf } from "../../cli/check/inventory";

const ROOT = path.resolve(__dirname, "..", "..");
const PROGRAM = path.join(ROOT, "test", "fixtures", "programs", "components-all");
const PACK_DIR = path.join(ROOT, "dist", "policypack");
const US_EAST_1_VAULT = "arn:aws:backup:us-east-1:123456789012:backup-vault:x";

/** Every component type the program must instantiate. */
const COMPONENTS = [
  "sovereignty:aws:Key",
  "sovereignty:aws:Bucket",
  "sovereignty:aws:BackupVault",
  "sovereignty:aws:Database",
  "sovereignty:azure:StorageAccount",
  "sovereignty:azure:BackupVault",
  "sovereignty:azure:Database",
  "sovereignty:gcp:Bucket",
  "sovereignty:gcp:BackupVault",
  "sovereignty:gcp:Database",
  "sovereignty:index:DataStack",
];

const summary = (result: AnalysisResult): string[] =>
  result.violations.map(
    (v) =>
      `${v.enforcementLevel} ${v.policyName} on ${v.urn.split("::").pop()}: ${v.message.split("\n").pop()}`,
  );

describe("components through the pack: every component on each cloud", function () {
  this.timeout(240_000);
  let compliant: ProgramSnapshot;
  let mutated: ProgramSnapshot;
  let clean: AnalysisResult;
  let edited: AnalysisResult;

  before(async function () {
    assert.ok(
      fs.existsSync(path.join(PACK_DIR, "index.js")),
      `${PACK_DIR} is not built: run npm run build:policypack`,
    );
    [compliant, mutated] = await Promise.all([
      loadProgramSnapshot({ dir: PROGRAM, stack: "dev" }),
      loadProgramSnapshot({
        dir: PROGRAM,
        stack: "dev",
        config: { "components-all:mutate": "copy-to-us-east-1" },
      }),
    ]);
    // One pack process for both (same project and stack; the extra config key is the program's own).
    const runner = await PolicyPackRunner.start(PACK_DIR, packEnvironmentFor(compliant));
    try {
      clean = await runner.analyze(compliant);
      edited = await runner.analyze(mutated);
    } finally {
      await runner.close();
    }
  });

  it("instantiates every component, with replicas, copy regions and both kinds of vault and database", function () {
    const types = new Set(compliant.resources.map((r) => r.type));
    assert.deepEqual(
      COMPONENTS.filter((t) => !types.has(t)),
      [],
    );
    const count = (type: string): number => compliant.resources.filter((r) => r.type === type).length;
    assert.equal(count("aws:s3/bucketReplicationConfig:BucketReplicationConfig"), 1, "bucket replication");
    assert.equal(count("aws:rds/instance:Instance"), 3, "two databases and a read replica");
    assert.equal(count("azure-native:dataprotection:BackupVault"), 1);
    assert.equal(count("azure-native:recoveryservices:Vault"), 1);
    assert.equal(count("azure-native:dbforpostgresql:Server"), 1);
    assert.equal(count("azure-native:cosmosdb:DatabaseAccount"), 1);
    assert.equal(count("gcp:backupdisasterrecovery/backupVault:BackupVault"), 1);
    assert.equal(count("gcp:sql/databaseInstance:DatabaseInstance"), 1);
    const copies = compliant.resources
      .filter((r) => r.type === "aws:backup/plan:Plan")
      .flatMap((r) => JSON.stringify(r.properties).match(/"destinationVaultArn"/g) ?? []);
    assert.equal(copies.length, 1, "the AWS vault copies to its copy region");
  });

  it("gets zero violations, mandatory or advisory, from the pack", function () {
    assert.ok(clean.resources > 100, `only ${clean.resources} resources analysed`);
    assert.deepEqual(summary(clean), []);
  });

  it("puts every data-holding resource in the inventory under its zone and location, none unplaced", function () {
    assert.deepEqual(
      inventoryOf(compliant).map((r) => [r.zone, r.cloud, r.location, r.classification]),
      [
        ["eu", "aws", "eu-central-1", "personal"],
        ["eu", "aws", "eu-north-1", "personal"],
        ["eu", "aws", "eu-west-3", "personal"],
        ["eu", "azure", "westeurope", "personal"],
        ["eu", "gcp", "europe-west3", "personal"],
      ],
    );
  });

  it("reports the one careless edit: a backup copy to us-east-1 slipped past the component by a transformation", function () {
    const plan = mutated.resources.find(
      (r) => r.type === "aws:backup/plan:Plan" && r.name === "aws-vault-plan",
    );
    assert.ok(plan, "the mutated program has the AWS vault's plan");
    assert.ok(
      JSON.stringify(plan.properties).includes(US_EAST_1_VAULT),
      "the transformation rewrote the copy action",
    );
    // A plan carries no tags: it is judged with its vault's, which only the stack can resolve, so
    // the flow is reported by the stack policy (as in stacks/violations-demo.ts, number 3).
    assert.deepEqual(
      edited.violations.map((v) => [v.enforcementLevel, v.policyName, v.urn]),
      [["mandatory", "all-stack-references-enforce-residency", plan.urn]],
      summary(edited).join("\n"),
    );
    assert.match(
      edited.violations[0]!.message,
      /backup-copy via `rules\[0\]\.copyActions\[0\]\.destinationVaultArn` sends data to `us-east-1` \(US\) outside the declared zone `eu`/,
    );
  });
});
