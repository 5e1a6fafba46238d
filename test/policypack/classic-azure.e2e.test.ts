// The classic azure provider's declarations (sovereignty/registry/azure), through the built pack
// over gRPC: each declared flow has a failing case (the copy leaves the declared zone), an
// in-zone twin, and an evasion (the deciding value unknown at preview is "cannot verify", never
// a pass). Classification `internal` keeps the controls quiet where they are not the subject
// (no key required); public access is closed explicitly where the type reads it.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import type { WireObject } from "../../cli/check/snapshot";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const BR = { "data-residency": "br", "data-classification": "internal" };
const EU = { "data-residency": "eu", "data-classification": "internal" };
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const ID = "/subscriptions/0000/resourceGroups/rg/providers";

/** The violations that name `name`. */
async function linesOf(name: string, resources: Parameters<typeof stackOf>[0]): Promise<string[]> {
  return (await onTheWire(stackOf(resources))).filter((l) => l.includes(` ${name}: `));
}
const flowFindings = (lines: string[]) => lines.filter((l) => /flows|references/.test(l));

describe("classic azure: storage account geo-replication (accountReplicationType)", function () {
  this.timeout(60_000);
  before(buildPack);
  const account = (replication: unknown, location = "brazilsouth", tags: WireObject = BR) =>
    res("azure:storage/account:Account", "invoices", {
      name: "invoices",
      resourceGroupName: "rg",
      location,
      accountTier: "Standard",
      accountReplicationType: replication as string,
      allowNestedItemsToBePublic: false,
      tags,
    });

  it("GRS in Brazil South copies to its pair South Central US: outside `br`", async () => {
    const lines = await linesOf("invoices", [account("GRS")]);
    assert.ok(
      lines.some((l) =>
        /mandatory invoices: .*geo-redundancy via `accountReplicationType`.*southcentralus.*outside the declared zone `br`/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
  });

  it("in-zone twins: LRS in Brazil South, RAGZRS in West Europe (pair North Europe) for `eu`", async () => {
    assert.deepEqual(await linesOf("invoices", [account("LRS")]), []);
    assert.deepEqual(await linesOf("invoices", [account("RAGZRS", "westeurope", EU)]), []);
  });

  it("evasion: a replication type unknown at preview cannot be verified", async () => {
    const lines = flowFindings(await linesOf("invoices", [account(UNKNOWN)]));
    assert.ok(
      lines.some((l) => /invoices: .*cannot verify.*accountReplicationType/i.test(l)),
      lines.join("\n"),
    );
  });

  it("public access: `allowNestedItemsToBePublic` defaults to true in the classic provider", async () => {
    const open = res("azure:storage/account:Account", "open", {
      name: "open",
      resourceGroupName: "rg",
      location: "westeurope",
      accountTier: "Standard",
      accountReplicationType: "LRS",
      tags: EU,
    });
    const lines = await linesOf("open", [open]);
    assert.ok(
      lines.some((l) => /mandatory open: .*allowNestedItemsToBePublic/.test(l)),
      lines.join("\n"),
    );
  });

  it("personal data needs a customer-managed key: `customerManagedKey.keyVaultKeyId` is read", async () => {
    const personal = (extra: WireObject) =>
      res("azure:storage/account:Account", "pii", {
        name: "pii",
        resourceGroupName: "rg",
        location: "westeurope",
        accountTier: "Standard",
        accountReplicationType: "LRS",
        allowNestedItemsToBePublic: false,
        tags: EU_PERSONAL,
        ...extra,
      });
    const without = await linesOf("pii", [personal({})]);
    assert.ok(
      without.some((l) => /customer-managed key/.test(l)),
      without.join("\n"),
    );
    const unknown = await linesOf("pii", [personal({ customerManagedKey: UNKNOWN })]);
    assert.ok(
      unknown.some((l) => /cannot verify.*customerManagedKey/i.test(l)),
      unknown.join("\n"),
    );
  });
});

describe("classic azure: AI model deployments (sku.name) judged with their account (cognitiveAccountId)", function () {
  this.timeout(60_000);
  before(buildPack);
  const ACCOUNT_ID = `${ID}/Microsoft.CognitiveServices/accounts/ai`;
  const account = (location: string) =>
    res("azure:cognitive/account:Account", "ai", {
      name: "ai",
      resourceGroupName: "rg",
      location,
      kind: "OpenAI",
      skuName: "S0",
      tags: EU,
    });
  const deployment = (sku: string, accountId: unknown = ACCOUNT_ID, deps: Record<string, string[]> = {}) =>
    res(
      "azure:cognitive/deployment:Deployment",
      "gpt",
      {
        name: "gpt",
        cognitiveAccountId: accountId as string,
        model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" },
        sku: { name: sku },
      },
      deps,
    );

  it("a GlobalStandard deployment of an eu account processes worldwide: outside `eu`", async () => {
    const lines = await linesOf("gpt", [account("westeurope"), deployment("GlobalStandard")]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /mandatory gpt: .*inference via `sku\.name` sends data to .*worldwide.*outside the declared zone `eu`/,
    );
  });

  it("in-zone twin: DataZoneStandard of the West Europe account stays in the EU data zone", async () => {
    assert.deepEqual(await linesOf("gpt", [account("westeurope"), deployment("DataZoneStandard")]), []);
  });

  it("DataZoneStandard of an eu-tagged account in East US goes to the US data zone", async () => {
    const lines = await linesOf("gpt", [account("eastus"), deployment("DataZoneStandard")]);
    assert.ok(
      lines.some((l) => /gpt: .*the Azure US data zone.*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
  });

  it("evasion: an account id unknown at preview is followed through the property dependency", async () => {
    const acct = account("westeurope");
    const lines = await linesOf("gpt", [
      acct,
      deployment("GlobalStandard", UNKNOWN, { cognitiveAccountId: [acct.urn] }),
    ]);
    assert.ok(
      lines.some((l) => /mandatory gpt: .*worldwide.*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
  });

  it("evasion: a SKU unknown at preview cannot be verified", async () => {
    const lines = await linesOf("gpt", [account("westeurope"), deployment(UNKNOWN)]);
    assert.ok(
      lines.some((l) => /gpt: .*cannot verify.*sku\.name/i.test(l)),
      lines.join("\n"),
    );
  });
});

describe("classic azure: replicas named by location", function () {
  this.timeout(60_000);
  before(buildPack);

  const cosmos = (locations: unknown, backup?: WireObject) =>
    res("azure:cosmosdb/account:Account", "tickets", {
      name: "tickets",
      resourceGroupName: "rg",
      location: "westeurope",
      offerType: "Standard",
      consistencyPolicy: { consistencyLevel: "Session" },
      geoLocations: locations as WireObject[],
      ...(backup ? { backup } : {}),
      tags: EU,
    });
  const LOCAL = { type: "Periodic", storageRedundancy: "Local" };

  it("Cosmos DB: a geoLocations replica in East US is outside `eu`", async () => {
    const lines = await linesOf("tickets", [
      cosmos(
        [
          { location: "westeurope", failoverPriority: 0 },
          { location: "eastus", failoverPriority: 1 },
        ],
        LOCAL,
      ),
    ]);
    assert.ok(
      lines.some((l) =>
        /mandatory tickets: .*geoLocations\[1\]\.location.*eastus.*outside the declared zone `eu`/.test(l),
      ),
      lines.join("\n"),
    );
  });

  it("Cosmos DB in-zone twin: West and North Europe, geo backups to West Europe's pair", async () => {
    const twin = [
      { location: "westeurope", failoverPriority: 0 },
      { location: "northeurope", failoverPriority: 1 },
    ];
    assert.deepEqual(await linesOf("tickets", [cosmos(twin)]), []);
  });

  it("Cosmos DB evasion: geoLocations unknown at preview cannot be verified", async () => {
    const lines = await linesOf("tickets", [cosmos(UNKNOWN, LOCAL)]);
    assert.ok(
      lines.some((l) => /tickets: .*cannot verify.*geoLocations/i.test(l)),
      lines.join("\n"),
    );
  });

  const registry = (replicas: unknown) =>
    res("azure:containerservice/registry:Registry", "images", {
      name: "images",
      resourceGroupName: "rg",
      location: "westeurope",
      sku: "Premium",
      georeplications: replicas as WireObject[],
      tags: EU,
    });

  it("container registry: a geo-replica in East US is outside `eu`; in North Europe it is not; unknown cannot be verified", async () => {
    const out = await linesOf("images", [registry([{ location: "eastus" }])]);
    assert.ok(
      out.some((l) =>
        /mandatory images: .*georeplications\[0\]\.location.*outside the declared zone `eu`/.test(l),
      ),
      out.join("\n"),
    );
    assert.deepEqual(await linesOf("images", [registry([{ location: "northeurope" }])]), []);
    const unknown = await linesOf("images", [registry([{ location: UNKNOWN }])]);
    assert.ok(
      unknown.some((l) => /images: .*cannot verify.*georeplications\[0\]\.location/i.test(l)),
      unknown.join("\n"),
    );
  });

  const store = (location: unknown) =>
    res("azure:appconfiguration/configurationStore:ConfigurationStore", "config", {
      name: "config",
      resourceGroupName: "rg",
      location: "westeurope",
      sku: "standard",
      replicas: [{ name: "r1", location: location as string }],
      tags: EU,
    });

  it("App Configuration: a replica in East US is outside `eu`; in North Europe it is not; unknown cannot be verified", async () => {
    const out = await linesOf("config", [store("eastus")]);
    assert.ok(
      out.some((l) => /mandatory config: .*replicas\[0\]\.location.*outside the declared zone `eu`/.test(l)),
      out.join("\n"),
    );
    assert.deepEqual(await linesOf("config", [store("northeurope")]), []);
    const unknown = await linesOf("config", [store(UNKNOWN)]);
    assert.ok(
      unknown.some((l) => /config: .*cannot verify.*replicas\[0\]\.location/i.test(l)),
      unknown.join("\n"),
    );
  });
});

describe("classic azure: geo-redundant backups go to the pair", function () {
  this.timeout(60_000);
  before(buildPack);

  const server = res("azure:mssql/server:Server", "sql", {
    name: "sql",
    resourceGroupName: "rg",
    location: "brazilsouth",
    version: "12.0",
    tags: BR,
  });
  const SERVER_ID = `${ID}/Microsoft.Sql/servers/sql`;
  const database = (extra: WireObject) =>
    res("azure:mssql/database:Database", "db", { name: "db", serverId: SERVER_ID, tags: BR, ...extra });

  it("SQL database: backups default to Geo, Brazil South's pair South Central US: outside `br`", async () => {
    const lines = await linesOf("db", [server, database({})]);
    assert.ok(
      lines.some((l) =>
        /mandatory db: .*storageAccountType.*southcentralus.*outside the declared zone `br`/.test(l),
      ),
      lines.join("\n"),
    );
  });

  it("SQL database in-zone twin: `storageAccountType` Local; evasion: unknown cannot be verified", async () => {
    assert.deepEqual(await linesOf("db", [server, database({ storageAccountType: "Local" })]), []);
    const lines = await linesOf("db", [server, database({ storageAccountType: UNKNOWN })]);
    assert.ok(
      lines.some((l) => /db: .*cannot verify.*storageAccountType/i.test(l)),
      lines.join("\n"),
    );
  });

  it("a copy of an eu database on a server in East US keeps its source's zone (placed through its server)", async () => {
    const euServer = res("azure:mssql/server:Server", "sql-eu", {
      name: "sql-eu",
      resourceGroupName: "rg",
      location: "westeurope",
      version: "12.0",
      tags: EU_PERSONAL,
    });
    const usServer = res("azure:mssql/server:Server", "sql-us", {
      name: "sql-us",
      resourceGroupName: "rg",
      location: "eastus",
      version: "12.0",
      tags: { "data-residency": "us", "data-classification": "public" },
    });
    const source = res("azure:mssql/database:Database", "orders", {
      name: "orders",
      serverId: `${ID}/Microsoft.Sql/servers/sql-eu`,
      storageAccountType: "Local",
      tags: EU_PERSONAL,
    });
    const copy = (serverId: string) =>
      res("azure:mssql/database:Database", "orders-copy", {
        name: "orders-copy",
        serverId,
        createMode: "Copy",
        creationSourceDatabaseId: `${ID}/Microsoft.Sql/servers/sql-eu/databases/orders`,
        storageAccountType: "Local",
        tags: { "data-residency": "us", "data-classification": "public" },
      });
    const lines = await linesOf("orders-copy", [
      euServer,
      usServer,
      source,
      copy(`${ID}/Microsoft.Sql/servers/sql-us`),
    ]);
    assert.ok(
      lines.some((l) =>
        /orders-copy: .*copy of orders in `eastus`.*outside the declared zone `eu` of its source/.test(l),
      ),
      lines.join("\n"),
    );
    // In-zone twin: the copy on the eu server.
    const twin = await linesOf("orders-copy", [
      euServer,
      usServer,
      source,
      copy(`${ID}/Microsoft.Sql/servers/sql-eu`),
    ]);
    assert.ok(!twin.some((l) => /of its source/.test(l)), twin.join("\n"));
  });

  it("a database whose server is managed in another stack: cannot verify, named as outside this stack", async () => {
    const elsewhere = res("azure:mssql/database:Database", "db", {
      name: "db",
      serverId: `${ID}/Microsoft.Sql/servers/shared-sql`,
      storageAccountType: "Local",
      tags: EU_PERSONAL,
    });
    const lines = await linesOf("db", [elsewhere]);
    assert.ok(
      lines.some((l) =>
        /mandatory db: .*cannot verify that it stays inside the declared zone `eu` \(personal data\): `serverId` names a resource outside this stack/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
    // Not worded as a preview value: the id is known.
    assert.ok(!lines.some((l) => /serverId` is unknown until/.test(l)), lines.join("\n"));
  });

  const vault = (mode?: unknown) =>
    res("azure:recoveryservices/vault:Vault", "rsv", {
      name: "rsv",
      resourceGroupName: "rg",
      location: "brazilsouth",
      sku: "Standard",
      ...(mode !== undefined ? { storageModeType: mode as string } : {}),
      tags: BR,
    });

  it("Recovery Services vault: GeoRedundant by default → South Central US; LocallyRedundant stays; unknown cannot be verified", async () => {
    const lines = await linesOf("rsv", [vault()]);
    assert.ok(
      lines.some((l) =>
        /mandatory rsv: .*storageModeType.*southcentralus.*outside the declared zone `br`/.test(l),
      ),
      lines.join("\n"),
    );
    assert.deepEqual(flowFindings(await linesOf("rsv", [vault("LocallyRedundant")])), []);
    const unknown = await linesOf("rsv", [vault(UNKNOWN)]);
    assert.ok(
      unknown.some((l) => /rsv: .*cannot verify.*storageModeType/i.test(l)),
      unknown.join("\n"),
    );
  });

  const backupVault = (redundancy: unknown) =>
    res("azure:dataprotection/backupVault:BackupVault", "bv", {
      name: "bv",
      resourceGroupName: "rg",
      location: "brazilsouth",
      datastoreType: "VaultStore",
      redundancy: redundancy as string,
      tags: BR,
    });

  it("Backup vault: GeoRedundant → South Central US; LocallyRedundant stays; unknown cannot be verified", async () => {
    const lines = await linesOf("bv", [backupVault("GeoRedundant")]);
    assert.ok(
      lines.some((l) => /mandatory bv: .*redundancy.*southcentralus.*outside the declared zone `br`/.test(l)),
      lines.join("\n"),
    );
    assert.deepEqual(flowFindings(await linesOf("bv", [backupVault("LocallyRedundant")])), []);
    const unknown = await linesOf("bv", [backupVault(UNKNOWN)]);
    assert.ok(
      unknown.some((l) => /bv: .*cannot verify.*redundancy/i.test(l)),
      unknown.join("\n"),
    );
  });
});

describe("classic azure: pairings with another resource (failover groups, geo-DR, linked caches)", function () {
  this.timeout(60_000);
  before(buildPack);

  const server = (name: string, location: string) =>
    res("azure:mssql/server:Server", name, {
      name,
      resourceGroupName: "rg",
      location,
      version: "12.0",
      tags: EU,
    });
  const failover = (partner: unknown, deps: Record<string, string[]> = {}) =>
    res(
      "azure:mssql/failoverGroup:FailoverGroup",
      "fog",
      {
        name: "fog",
        serverId: `${ID}/Microsoft.Sql/servers/primary`,
        partnerServers: [{ id: partner as string }],
        readWriteEndpointFailoverPolicy: { mode: "Automatic", graceMinutes: 60 },
      },
      deps,
    );

  it("SQL failover group: a partner server in East US is outside the primary's `eu`", async () => {
    const lines = await linesOf("fog", [
      server("primary", "westeurope"),
      server("secondary", "eastus"),
      failover(`${ID}/Microsoft.Sql/servers/secondary`),
    ]);
    assert.ok(
      lines.some((l) =>
        /mandatory fog: .*partnerServers\[0\]\.id.*eastus.*outside the declared zone `eu`/.test(l),
      ),
      lines.join("\n"),
    );
  });

  it("SQL failover group in-zone twin (North Europe); evasion: an unknown partner id linked to nothing", async () => {
    assert.deepEqual(
      await linesOf("fog", [
        server("primary", "westeurope"),
        server("secondary", "northeurope"),
        failover(`${ID}/Microsoft.Sql/servers/secondary`),
      ]),
      [],
    );
    const lines = await linesOf("fog", [server("primary", "westeurope"), failover(UNKNOWN)]);
    assert.ok(
      lines.some((l) => /fog: .*cannot verify.*partnerServers/i.test(l)),
      lines.join("\n"),
    );
  });

  const namespace = (name: string, location: string) =>
    res("azure:servicebus/namespace:Namespace", name, {
      name,
      resourceGroupName: "rg",
      location,
      sku: "Premium",
      tags: EU,
    });
  const pairing = (partner: string) =>
    res("azure:servicebus/namespaceDisasterRecoveryConfig:NamespaceDisasterRecoveryConfig", "dr", {
      name: "dr",
      primaryNamespaceId: `${ID}/Microsoft.ServiceBus/namespaces/primary`,
      partnerNamespaceId: `${ID}/Microsoft.ServiceBus/namespaces/${partner}`,
    });

  it("Service Bus geo-DR: a partner namespace in East US is outside `eu`; in North Europe it is not", async () => {
    const lines = await linesOf("dr", [
      namespace("primary", "westeurope"),
      namespace("partner", "eastus"),
      pairing("partner"),
    ]);
    assert.ok(
      lines.some((l) => /mandatory dr: .*partnerNamespaceId.*eastus.*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
    assert.deepEqual(
      await linesOf("dr", [
        namespace("primary", "westeurope"),
        namespace("partner", "northeurope"),
        pairing("partner"),
      ]),
      [],
    );
  });

  const cache = res("azure:redis/cache:Cache", "cache", {
    name: "cache",
    resourceGroupName: "rg",
    location: "westeurope",
    capacity: 1,
    family: "P",
    skuName: "Premium",
    tags: EU,
  });
  const link = (location: unknown) =>
    res("azure:redis/linkedServer:LinkedServer", "link", {
      targetRedisCacheName: "cache",
      resourceGroupName: "rg",
      linkedRedisCacheId: `${ID}/Microsoft.Cache/redis/secondary`,
      linkedRedisCacheLocation: location as string,
      serverRole: "Secondary",
    });

  it("Redis linked server: a secondary in East US is outside the cache's `eu`; North Europe is not; unknown cannot be verified", async () => {
    const lines = await linesOf("link", [cache, link("eastus")]);
    assert.ok(
      lines.some((l) => /mandatory link: .*linkedRedisCacheLocation.*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
    assert.deepEqual(await linesOf("link", [cache, link("northeurope")]), []);
    const unknown = await linesOf("link", [cache, link(UNKNOWN)]);
    assert.ok(
      unknown.some((l) => /link: .*cannot verify.*linkedRedisCacheLocation/i.test(l)),
      unknown.join("\n"),
    );
  });
});

describe("classic azure: Communication Services placed by dataLocation", function () {
  this.timeout(60_000);
  before(buildPack);
  const service = (dataLocation: unknown) =>
    res("azure:communication/service:Service", "acs", {
      name: "acs",
      resourceGroupName: "rg",
      dataLocation: dataLocation as string,
      tags: EU,
    });

  it("United States is outside `eu`; Europe is inside; unknown cannot be verified", async () => {
    const lines = await linesOf("acs", [service("United States")]);
    assert.ok(
      lines.some((l) => /mandatory acs: .*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
    assert.deepEqual(await linesOf("acs", [service("Europe")]), []);
    const unknown = await linesOf("acs", [service(UNKNOWN)]);
    assert.ok(
      unknown.some((l) => /acs: .*dataLocation/.test(l)),
      unknown.join("\n"),
    );
  });
});
