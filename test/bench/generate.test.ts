// The bench's synthetic stack exports: deterministic, exactly the size asked for, readable by the
// runner's own state reader, with the providers and the planted-violation share the bench claims.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateDeployment, writeStateExport } from "../../bench/generate";
import { awsShare } from "../../bench/worker";
import { loadStateSnapshot } from "../../cli/check/inputs/state";

describe("bench: synthetic stack exports", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-test-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the same bytes for the same size and seed, and different ones for another seed", () => {
    const a = JSON.stringify(generateDeployment(500, 7).deployment);
    const b = JSON.stringify(generateDeployment(500, 7).deployment);
    const c = JSON.stringify(generateDeployment(500, 8).deployment);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it("writes a version-3 export the runner reads, with exactly the resources asked for", () => {
    const stack = writeStateExport(dir, 2000, 42);
    assert.equal(stack.resources, 2000);
    const snapshot = loadStateSnapshot(stack.file);
    assert.equal(snapshot.kind, "state");
    assert.equal(snapshot.resources.length, 2000);
    assert.equal(snapshot.resources[0]!.type, "pulumi:pulumi:Stack");
    // Default providers with their region settings become the stack's config.
    assert.equal(snapshot.config["aws:region"], "eu-central-1");
    assert.equal(snapshot.config["azure-native:location"], "westeurope");
    assert.equal(snapshot.config["gcp:region"], "europe-west3");
    const types = new Set(snapshot.resources.map((r) => r.type));
    for (const type of [
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      "aws:kms/key:Key",
      "aws:backup/plan:Plan",
      "azure-native:storage:StorageAccount",
      "azure-native:cosmosdb:DatabaseAccount",
      "gcp:storage/bucket:Bucket",
      "gcp:kms/cryptoKey:CryptoKey",
      "gcp:bigquery/dataset:Dataset",
    ]) {
      assert.ok(types.has(type), `no ${type} in the generated stack`);
    }
    // Every reference points at a resource of the stack (the tail cut leaves none dangling).
    const urns = new Set(snapshot.resources.map((r) => r.urn));
    for (const resource of snapshot.resources) {
      for (const dependency of resource.dependencies) assert.ok(urns.has(dependency), dependency);
    }
  });

  it("plants violations in about 5% of the resources", () => {
    const { stats } = generateDeployment(10000, 3);
    const share = stats.violationsInjected / stats.resources;
    assert.ok(share > 0.03 && share < 0.07, `planted share ${share}`);
  });

  it("keeps only the root, the AWS provider and aws:* resources in the AWS share", () => {
    const stack = writeStateExport(dir, 600, 5);
    const snapshot = loadStateSnapshot(stack.file);
    const aws = awsShare(snapshot);
    assert.equal(aws.resources.length, stack.byCloud.aws + 1);
    assert.ok(
      aws.resources.every(
        (r) =>
          r.type === "pulumi:pulumi:Stack" || r.type === "pulumi:providers:aws" || r.type.startsWith("aws:"),
      ),
    );
  });

  it("draws the registry mix from the registry's full type set, with each type's location and tag properties", () => {
    const { deployment, stats } = generateDeployment(5000, 11, { mix: "registry" });
    const resources = (
      deployment as { deployment: { resources: { type: string; inputs: Record<string, unknown> }[] } }
    ).deployment.resources;
    const types = new Set(resources.map((r) => r.type));
    assert.ok(types.size > 1000, `only ${types.size} types`);
    for (const prefix of ["aws:", "azure-native:", "azure:", "gcp:"]) {
      assert.ok(
        [...types].some((t) => t.startsWith(prefix)),
        `no ${prefix} type`,
      );
    }
    assert.ok(types.has("pulumi:providers:azure"), "classic azure resources need their provider");
    // A GCP compute instance is placed by `zone`, an AWS resource by `region`.
    const instance = resources.find((r) => r.type === "gcp:compute/instance:Instance");
    if (instance) assert.match(String(instance.inputs["zone"]), /^[a-z]+-[a-z]+\d+-[abc]$/);
    const share = stats.violationsInjected / stats.resources;
    assert.ok(share > 0.02 && share < 0.08, `planted share ${share}`);
    assert.equal(stats.byCloud.aws + stats.byCloud.azure + stats.byCloud.gcp + 1, stats.resources);
  });

  it("keeps the fixed mix to the fixed units' types", () => {
    const { deployment } = generateDeployment(2000, 11, { mix: "fixed" });
    const types = new Set(
      (deployment as { deployment: { resources: { type: string }[] } }).deployment.resources.map(
        (r) => r.type,
      ),
    );
    assert.ok(types.size < 60, `${types.size} types`);
    assert.ok(!types.has("pulumi:providers:azure"));
  });
});
