// The classic azure provider's second batch of declarations (sovereignty/registry/azure: flexible
// servers, Synapse, Databricks, Log Analytics, object replication, Site Recovery), through the
// built pack over gRPC: each has a failing case (a copy or flow leaves the declared zone), an
// in-zone twin, and an evasion (the deciding value unknown at preview is "cannot verify", never a
// pass). Classification `internal` keeps the controls quiet where they are not the subject.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import type { WireObject } from "../../cli/check/snapshot";
import type { PolicyConfigFile } from "../../cli/check/engine";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const BR = { "data-residency": "br", "data-classification": "internal" };
const EU = { "data-residency": "eu", "data-classification": "internal" };
// A copy tagged for where it is: only its source's zone can tell that it leaves `eu`.
const US = { "data-residency": "us", "data-classification": "internal" };
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const ID = "/subscriptions/0000/resourceGroups/rg/providers";

/** The violations that name `name`. */
async function linesOf(
  name: string,
  resources: Parameters<typeof stackOf>[0],
  policyConfig?: PolicyConfigFile,
): Promise<string[]> {
  return (await onTheWire(stackOf(resources), policyConfig)).filter((l) => l.includes(` ${name}: `));
}
const flowFindings = (lines: string[]) => lines.filter((l) => /flows|references|cop(y|ies)/.test(l));
const some = (lines: string[], pattern: RegExp) =>
  assert.ok(
    lines.some((l) => pattern.test(l)),
    lines.join("\n"),
  );

for (const [engine, token] of [
  ["PostgreSQL", "azure:postgresql/flexibleServer:FlexibleServer"],
  ["MySQL", "azure:mysql/flexibleServer:FlexibleServer"],
] as const) {
  describe(`classic azure: ${engine} flexible server`, function () {
    this.timeout(60_000);
    before(buildPack);
    const server = (
      name: string,
      location: string,
      tags: WireObject,
      extra: WireObject = {},
      deps: Record<string, string[]> = {},
    ) =>
      res(
        token,
        name,
        { name, resourceGroupName: "rg", location, skuName: "GP_Standard_D2s_v3", tags, ...extra },
        deps,
      );

    it("geoRedundantBackupEnabled in Brazil South copies backups to South Central US: outside `br`", async () => {
      some(
        await linesOf("pg", [server("pg", "brazilsouth", BR, { geoRedundantBackupEnabled: true })]),
        /mandatory pg: .*geoRedundantBackupEnabled.*southcentralus.*outside the declared zone `br`/,
      );
    });

    it("in-zone twins: geo-backup off (or absent) in Brazil South; on in West Europe (pair North Europe) for `eu`", async () => {
      assert.deepEqual(
        await linesOf("pg", [server("pg", "brazilsouth", BR, { geoRedundantBackupEnabled: false })]),
        [],
      );
      assert.deepEqual(await linesOf("pg", [server("pg", "brazilsouth", BR)]), []);
      assert.deepEqual(
        await linesOf("pg", [server("pg", "westeurope", EU, { geoRedundantBackupEnabled: true })]),
        [],
      );
    });

    it("evasion: geoRedundantBackupEnabled unknown at preview cannot be verified", async () => {
      some(
        await linesOf("pg", [server("pg", "brazilsouth", BR, { geoRedundantBackupEnabled: UNKNOWN })]),
        /pg: .*cannot verify.*geoRedundantBackupEnabled/i,
      );
    });

    const SOURCE_ID = `${ID}/Microsoft.DBfor${engine}/flexibleServers/primary`;
    const primary = server("primary", "westeurope", EU_PERSONAL, {
      customerManagedKey: { keyVaultKeyId: "https://kv.vault.azure.net/keys/k" },
    });

    const replica = (location: string, sourceId: unknown = SOURCE_ID, mode = "Replica") =>
      server(
        "replica",
        location,
        location === "eastus" ? US : EU,
        { createMode: mode, sourceServerId: sourceId as string },
        sourceId === UNKNOWN ? { sourceServerId: [primary.urn] } : {},
      );

    it("a Replica (and a GeoRestore) in East US of an eu personal server is a copy outside `eu`", async () => {
      some(
        await linesOf("replica", [primary, replica("eastus")]),
        /mandatory replica: .*read-replica of primary.*outside the declared zone `eu`/,
      );
      some(
        await linesOf("replica", [primary, replica("eastus", SOURCE_ID, "GeoRestore")]),
        /mandatory replica: .*backup-copy of primary.*outside the declared zone `eu`/,
      );
    });

    it("in-zone twin: a Replica in North Europe; evasion: a source id unknown at preview is followed through its property dependency", async () => {
      assert.deepEqual(flowFindings(await linesOf("replica", [primary, replica("northeurope")])), []);
      some(
        await linesOf("replica", [primary, replica("eastus", UNKNOWN)]),
        /mandatory replica: .*read-replica of primary.*outside the declared zone `eu`/,
      );
    });

    it("personal data: `customerManagedKey.keyVaultKeyId` is read; the geo-backup key alone is no server key", async () => {
      const personal = (cmk: unknown) =>
        server("pii", "westeurope", EU_PERSONAL, { customerManagedKey: cmk as WireObject });
      some(
        await linesOf("pii", [personal({ geoBackupKeyVaultKeyId: "https://geo.vault.azure.net/keys/k" })]),
        /customer-managed key/,
      );
      some(await linesOf("pii", [personal(UNKNOWN)]), /cannot verify.*customerManagedKey/i);
    });
  });
}

describe("azure-native MySQL flexible server reads the same facts as its classic twin", function () {
  this.timeout(60_000);
  before(buildPack);
  const server = (backup: unknown, location = "brazilsouth", tags: WireObject = BR) =>
    res("azure-native:dbformysql:Server", "my", {
      serverName: "my",
      resourceGroupName: "rg",
      location,
      backup: { geoRedundantBackup: backup as string },
      tags,
    });

  it("backup.geoRedundantBackup Enabled → South Central US: outside `br`; Disabled stays; unknown cannot be verified", async () => {
    some(
      await linesOf("my", [server("Enabled")]),
      /mandatory my: .*backup\.geoRedundantBackup.*southcentralus.*outside the declared zone `br`/,
    );
    assert.deepEqual(await linesOf("my", [server("Disabled")]), []);
    some(await linesOf("my", [server(UNKNOWN)]), /my: .*cannot verify.*backup\.geoRedundantBackup/i);
  });
});

describe("classic azure: Synapse dedicated SQL pool and Databricks root storage go to the pair", function () {
  this.timeout(60_000);
  before(buildPack);
  const workspace = res("azure:synapse/workspace:Workspace", "syn", {
    name: "syn",
    resourceGroupName: "rg",
    location: "brazilsouth",
    storageDataLakeGen2FilesystemId: "https://lake.dfs.core.windows.net/fs",
    tags: BR,
  });
  const pool = (extra: WireObject) =>
    res("azure:synapse/sqlPool:SqlPool", "dw", {
      name: "dw",
      synapseWorkspaceId: `${ID}/Microsoft.Synapse/workspaces/syn`,
      skuName: "DW100c",
      storageAccountType: "LRS",
      tags: BR,
      ...extra,
    });

  it("SQL pool: geo-backup (on by default) from its workspace's Brazil South to South Central US: outside `br`", async () => {
    some(
      await linesOf("dw", [workspace, pool({})]),
      /mandatory dw: .*geoBackupPolicyEnabled.*southcentralus.*outside the declared zone `br`/,
    );
    some(
      await linesOf("dw", [workspace, pool({ geoBackupPolicyEnabled: false, storageAccountType: "GRS" })]),
      /mandatory dw: .*storageAccountType.*southcentralus.*outside the declared zone `br`/,
    );
  });

  it("SQL pool in-zone twin: geo-backup off and LRS; evasion: each switch unknown cannot be verified", async () => {
    assert.deepEqual(
      flowFindings(await linesOf("dw", [workspace, pool({ geoBackupPolicyEnabled: false })])),
      [],
    );
    some(
      await linesOf("dw", [workspace, pool({ geoBackupPolicyEnabled: UNKNOWN })]),
      /dw: .*cannot verify.*geoBackupPolicyEnabled/i,
    );
    some(
      await linesOf("dw", [workspace, pool({ geoBackupPolicyEnabled: false, storageAccountType: UNKNOWN })]),
      /dw: .*cannot verify.*storageAccountType/i,
    );
  });

  const databricks = (sku?: unknown) =>
    res("azure:databricks/workspace:Workspace", "dbx", {
      name: "dbx",
      resourceGroupName: "rg",
      location: "brazilsouth",
      sku: "premium",
      ...(sku !== undefined ? { customParameters: { storageAccountSkuName: sku as string } } : {}),
      tags: BR,
    });

  it("Databricks: the root storage SKU defaults to Standard_GRS → South Central US; Standard_LRS stays; unknown cannot be verified", async () => {
    some(
      await linesOf("dbx", [databricks()]),
      /mandatory dbx: .*customParameters\.storageAccountSkuName.*southcentralus.*outside the declared zone `br`/,
    );
    assert.deepEqual(flowFindings(await linesOf("dbx", [databricks("Standard_LRS")])), []);
    some(await linesOf("dbx", [databricks(UNKNOWN)]), /dbx: .*cannot verify.*storageAccountSkuName/i);
  });
});

describe("classic azure: copies to another resource (object replication, log export, Site Recovery)", function () {
  this.timeout(60_000);
  before(buildPack);
  const account = (name: string, location: string, tags: WireObject = EU) =>
    res("azure:storage/account:Account", name, {
      name,
      resourceGroupName: "rg",
      location,
      accountTier: "Standard",
      accountReplicationType: "LRS",
      allowNestedItemsToBePublic: false,
      tags,
    });
  const replication = (destination: unknown) =>
    res("azure:storage/objectReplication:ObjectReplication", "orp", {
      sourceStorageAccountId: `${ID}/Microsoft.Storage/storageAccounts/src`,
      destinationStorageAccountId: destination as string,
      rules: [{ sourceContainerName: "in", destinationContainerName: "out" }],
    });
  const DEST = `${ID}/Microsoft.Storage/storageAccounts/dst`;

  it("object replication: to an account in East US is outside the source's `eu`; to North Europe it is not; unknown cannot be verified", async () => {
    some(
      await linesOf("orp", [account("src", "westeurope"), account("dst", "eastus", US), replication(DEST)]),
      /mandatory orp: .*destinationStorageAccountId.*eastus.*outside the declared zone `eu`/,
    );
    assert.deepEqual(
      await linesOf("orp", [account("src", "westeurope"), account("dst", "northeurope"), replication(DEST)]),
      [],
    );
    some(
      await linesOf("orp", [account("src", "westeurope"), replication(UNKNOWN)]),
      /orp: .*cannot verify.*destinationStorageAccountId/i,
    );
  });

  const logs = res("azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", "logs", {
    name: "logs",
    resourceGroupName: "rg",
    location: "westeurope",
    tags: EU,
  });
  const exportRule = (enabled: unknown) =>
    res("azure:loganalytics/dataExportRule:DataExportRule", "export", {
      name: "export",
      resourceGroupName: "rg",
      workspaceResourceId: `${ID}/Microsoft.OperationalInsights/workspaces/logs`,
      destinationResourceId: DEST,
      tableNames: ["SecurityEvent"],
      enabled: enabled as boolean,
    });

  it("Log Analytics export: an enabled rule to East US storage is outside the workspace's `eu`; a disabled one is not; unknown cannot be verified", async () => {
    some(
      await linesOf("export", [logs, account("dst", "eastus", US), exportRule(true)]),
      /mandatory export: .*destinationResourceId.*eastus.*outside the declared zone `eu`/,
    );
    assert.deepEqual(await linesOf("export", [logs, account("dst", "eastus", US), exportRule(false)]), []);
    some(
      await linesOf("export", [logs, account("dst", "eastus", US), exportRule(UNKNOWN)]),
      /export: .*cannot verify.*enabled/i,
    );
  });

  it("Log Analytics workspace: placed by its own `location`", async () => {
    const us = res("azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", "logs", {
      name: "logs",
      resourceGroupName: "rg",
      location: "eastus",
      tags: EU,
    });
    some(await linesOf("logs", [us]), /mandatory logs: .*eastus.*outside the declared zone `eu`/);
    assert.deepEqual(await linesOf("logs", [logs]), []);
  });

  const vm = res("azure:compute/linuxVirtualMachine:LinuxVirtualMachine", "app", {
    name: "app",
    resourceGroupName: "rg",
    location: "westeurope",
    size: "Standard_D2s_v3",
    tags: EU_PERSONAL,
  });
  const fabric = (name: string, location: string) =>
    res("azure:siterecovery/fabric:Fabric", name, {
      name,
      resourceGroupName: "rg",
      recoveryVaultName: "rsv",
      location,
    });
  const replicated = (target: unknown, deps: Record<string, string[]> = {}) =>
    res(
      "azure:siterecovery/replicatedVM:ReplicatedVM",
      "dr-app",
      {
        name: "dr-app",
        resourceGroupName: "rg",
        recoveryVaultName: "rsv",
        sourceRecoveryFabricName: "primary",
        sourceVmId: `${ID}/Microsoft.Compute/virtualMachines/app`,
        sourceRecoveryProtectionContainerName: "pc",
        recoveryReplicationPolicyId: `${ID}/Microsoft.RecoveryServices/vaults/rsv/replicationPolicies/p`,
        targetResourceGroupId: "/subscriptions/0000/resourceGroups/dr",
        targetRecoveryFabricId: target as string,
        targetRecoveryProtectionContainerId: "pc2",
      },
      deps,
    );
  const FABRIC_ID = `${ID}/Microsoft.RecoveryServices/vaults/rsv/replicationFabrics/target`;

  it("Site Recovery: an untaggable replica of an eu personal VM, judged with the VM's tags: a target fabric in East US is outside `eu`", async () => {
    some(
      await linesOf("dr-app", [vm, fabric("target", "eastus"), replicated(FABRIC_ID)]),
      /mandatory dr-app: .*holds app's data in `eastus`.*outside the declared zone `eu`/,
    );
  });

  it("Site Recovery in-zone twin: a target fabric in North Europe; evasion: a fabric id unknown at preview cannot be verified", async () => {
    assert.deepEqual(
      flowFindings(await linesOf("dr-app", [vm, fabric("target", "northeurope"), replicated(FABRIC_ID)])),
      [],
    );
    some(
      await linesOf("dr-app", [vm, fabric("target", "eastus"), replicated(UNKNOWN)]),
      /mandatory dr-app: .*cannot verify.*targetRecoveryFabricId/i,
    );
  });
});
