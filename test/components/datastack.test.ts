import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { ComponentInputError, DataStack } from "../../components";
import { ofType, registered, settle, useMocks } from "./harness";

describe("components/DataStack", () => {
  useMocks();

  it("AWS: bucket, database and a backup plan selecting both, all in eu-central-1", async () => {
    new DataStack("helpdesk", {
      cloud: "aws",
      zone: "eu",
      classification: "personal",
      location: "eu-central-1",
      backup: { copyRegions: ["eu-west-1"] },
    });
    await settle();
    const selection = ofType("aws:backup/selection:Selection")[0]!;
    assert.deepEqual(selection.inputs.resources, [
      "arn:aws:s3:::helpdesk-storage-1234567",
      "arn:aws:rds:eu-central-1:123456789012:db:helpdesk-db-db",
    ]);
    assert.equal(ofType("aws:backup/vault:Vault").length, 2);
  });

  it("Azure in brazilsouth for br: nothing geo-redundant", async () => {
    new DataStack("invoices", {
      cloud: "azure",
      zone: "br",
      classification: "personal",
      location: "brazilsouth",
      resourceGroupName: "rg",
    });
    await settle();
    assert.equal(
      (ofType("azure-native:storage:StorageAccount")[0]!.inputs.sku as { name: string }).name,
      "Standard_ZRS",
    );
    assert.equal(ofType("azure-native:dbforpostgresql:Server").length, 1);
  });

  it("GCP in europe-west3", async () => {
    new DataStack("t", { cloud: "gcp", zone: "eu", classification: "personal", location: "europe-west3" });
    await settle();
    assert.equal(ofType("gcp:sql/databaseInstance:DatabaseInstance").length, 1);
    assert.equal(ofType("gcp:backupdisasterrecovery/backupVault:BackupVault").length, 1);
  });

  it("rejects eu in us-east-1 before anything registers", async () => {
    assert.throws(
      () =>
        new DataStack("x", { cloud: "aws", zone: "eu", classification: "personal", location: "us-east-1" }),
      ComponentInputError,
    );
    await settle();
    assert.equal(registered.length, 0);
  });

  it("rejects an unknown cloud (from JavaScript or config) instead of building an empty stack", async () => {
    const args = { cloud: "amazon", zone: "eu", classification: "personal", location: "eu-central-1" };
    assert.throws(
      () => new DataStack("x", args as unknown as ConstructorParameters<typeof DataStack>[1]),
      (err: unknown) =>
        err instanceof ComponentInputError &&
        /DataStack "x": cloud: "amazon" is not a cloud: expected one of aws, azure, gcp/.test(err.message),
    );
    await settle();
    assert.equal(registered.length, 0);
  });

  it("the AWS entry point loads neither azure-native nor gcp", () => {
    const script = `require("tsx/cjs"); require("./components/aws"); const loaded = Object.keys(require.cache); console.log(JSON.stringify({ azure: loaded.some((p) => p.includes("@pulumi/azure-native")), gcp: loaded.some((p) => p.includes("@pulumi/gcp")), aws: loaded.some((p) => p.includes("@pulumi/aws")) }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { cwd: process.cwd(), encoding: "utf8" })
        .trim()
        .split("\n")
        .pop()!,
    );
    assert.deepEqual(out, { azure: false, gcp: false, aws: true });
  });
});
