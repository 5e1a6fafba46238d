// Every resource judged (issue 12): a child that holds data but has neither tags nor a location of
// its own (a Cosmos SQL container, a Service Bus queue, a classic storage container, a Cloud SQL
// database) is judged with the tags of the resource it lives in and placed where that resource is,
// found by its SDK's naming convention (registry `parentOf`), through the built pack over gRPC.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const CONTAINER = "azure-native:cosmosdb:DatabaseAccountSqlContainer";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

function account(location: string) {
  return res(ACCOUNT, "acct", {
    accountName: "acct",
    resourceGroupName: "rg",
    location,
    locations: [{ locationName: location, failoverPriority: 0 }],
    databaseAccountOfferType: "Standard",
    keyVaultKeyUri: "https://vault.vault.azure.net/keys/k",
    publicNetworkAccess: "Disabled",
    tags: EU_PERSONAL,
  });
}

function container(accountName: string, deps: Record<string, string[]> = {}) {
  return res(
    CONTAINER,
    "orders",
    {
      accountName,
      resourceGroupName: "rg",
      databaseName: "db",
      containerName: "orders",
      resource: { id: "orders" },
    },
    deps,
  );
}

describe("every resource judged: an azure-native Cosmos SQL container (no tags, no location)", function () {
  this.timeout(60_000);
  before(buildPack);

  it("under an eu/personal account in eastus: judged with the account's tags, placed in eastus", async () => {
    const lines = (await onTheWire(stackOf([account("eastus"), container("acct")]))).filter((l) =>
      / orders: /.test(l),
    );
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-stack-references-enforce-residency mandatory orders: .*acct's data in `eastus`.*outside the declared zone `eu`/,
    );
  });

  it("its twin under an account in westeurope is not reported", async () => {
    const lines = await onTheWire(stackOf([account("westeurope"), container("acct")]));
    assert.deepEqual(
      lines.filter((l) => / orders: /.test(l)),
      [],
    );
  });

  it("evasion: the account named by an unknown output, linked by a property dependency, is still found", async () => {
    const acct = account("eastus");
    const lines = (await onTheWire(stackOf([acct, container(UNKNOWN, { accountName: [acct.urn] })]))).filter(
      (l) => / orders: /.test(l),
    );
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /acct's data in `eastus`/);
  });

  it("an account outside the stack: 'cannot verify', advisory (not a silent pass)", async () => {
    const lines = await onTheWire(stackOf([container("elsewhere")]));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-stack-references-enforce-residency advisory orders: .*cannot verify where it keeps or sends data: the resource it configures \(`accountName`\) is not in this stack/,
    );
  });
});

describe("every resource judged: classic azure storage containers and chains of children", function () {
  this.timeout(60_000);
  before(buildPack);

  const ACCOUNT_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";
  function stack(location: string) {
    const acct = res("azure:storage/account:Account", "st", {
      name: "st",
      id: ACCOUNT_ID,
      resourceGroupName: "rg",
      location,
      accountTier: "Standard",
      accountReplicationType: "LRS",
      tags: EU_PERSONAL,
    });
    const share = res("azure:storage/share:Share", "share", {
      name: "share",
      id: `${ACCOUNT_ID}/fileServices/default/shares/share`,
      storageAccountId: ACCOUNT_ID,
      quota: 50,
    });
    const file = res(
      "azure:storage/shareFile:ShareFile",
      "file",
      { name: "f.txt", storageShareId: UNKNOWN },
      {
        storageShareId: [share.urn],
      },
    );
    const container = res("azure:storage/container:Container", "blobs", {
      name: "blobs",
      storageAccountId: ACCOUNT_ID,
    });
    return stackOf([acct, share, file, container]);
  }

  it("a container and a share file (through its share) under an eu account in eastus are reported", async () => {
    const lines = await onTheWire(stack("eastus"));
    for (const name of ["blobs", "share", "file"])
      assert.ok(
        lines.some(
          (l) =>
            l.startsWith(`all-stack-references-enforce-residency mandatory ${name}: `) && /`eastus`/.test(l),
        ),
        `${name}:\n${lines.join("\n")}`,
      );
  });

  it("their twins under an account in westeurope are not reported", async () => {
    const lines = await onTheWire(stack("westeurope"));
    assert.deepEqual(
      lines.filter((l) => / (blobs|share|file): /.test(l)),
      [],
    );
  });
});

describe("every resource judged: a Cloud SQL database in its instance", function () {
  this.timeout(60_000);
  before(buildPack);

  function stack(region: string) {
    return stackOf(
      [
        res("gcp:sql/databaseInstance:DatabaseInstance", "pg", {
          name: "pg",
          region,
          databaseVersion: "POSTGRES_16",
          settings: { tier: "db-f1-micro", userLabels: EU_PERSONAL },
        }),
        res("gcp:sql/database:Database", "app", { name: "app", instance: "pg" }),
      ],
      { "gcp:project": "p" },
    );
  }

  it("in an eu/personal instance in us-central1: reported on the database too", async () => {
    const lines = (await onTheWire(stack("us-central1"))).filter((l) => / app: /.test(l));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /pg's data in `us-central1`.*outside the declared zone `eu`/);
  });

  it("its twin in europe-west3 is not reported", async () => {
    const lines = await onTheWire(stack("europe-west3"));
    assert.deepEqual(
      lines.filter((l) => / app: /.test(l)),
      [],
    );
  });
});
