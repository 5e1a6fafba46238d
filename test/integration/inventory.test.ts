// The residency inventory (cli/check/inventory.ts) on hand-made snapshots: what is counted, and
// where resources that do not state their location are placed through the graph.
import { strict as assert } from "node:assert";
import { inventoryOf, NONE, UNKNOWN_CELL } from "../../cli/check/inventory";
import {
  UNKNOWN,
  type SnapshotResource,
  type StackSnapshot,
  type WireObject,
} from "../../cli/check/snapshot";

const STACK = "inventory";
const urnOf = (type: string, name: string): string => `urn:pulumi:${STACK}::test::${type}::${name}`;

function resource(
  type: string,
  name: string,
  properties: WireObject,
  propertyDependencies: Record<string, string[]> = {},
): SnapshotResource {
  return {
    urn: urnOf(type, name),
    type,
    name,
    custom: true,
    properties,
    dependencies: Object.values(propertyDependencies).flat(),
    propertyDependencies,
  };
}

function snapshot(resources: SnapshotResource[], config: Record<string, string> = {}): StackSnapshot {
  return { origin: "test", kind: "program", project: "test", stack: STACK, config, resources };
}

const US_CONFIDENTIAL = { "data-residency": "us", "data-classification": "confidential" };
const BR_PERSONAL = { "data-residency": "br", "data-classification": "personal" };
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

const KEY_RING = "gcp:kms/keyRing:KeyRing";
const CRYPTO_KEY = "gcp:kms/cryptoKey:CryptoKey";
const GROUP = "azure-native:resources:ResourceGroup";
const STORAGE = "azure-native:storage:StorageAccount";

describe("inventory: which zones, clouds and locations hold which classification", () => {
  it("places a CryptoKey whose key ring is unknown at preview in its KeyRing's location, and does not count the ring itself", () => {
    const ring = resource(KEY_RING, "ring", { location: "us", name: "ring" });
    const rows = inventoryOf(
      snapshot([
        ring,
        resource(CRYPTO_KEY, "key", { keyRing: UNKNOWN, labels: US_CONFIDENTIAL }, { keyRing: [ring.urn] }),
      ]),
    );
    assert.deepEqual(rows, [
      { zone: "us", cloud: "gcp", location: "us", classification: "confidential", count: 1 },
    ]);
  });

  it("shows (unknown) only where the graph cannot tell: a key ring reference with no dependency", () => {
    const rows = inventoryOf(
      snapshot([resource(CRYPTO_KEY, "key", { keyRing: UNKNOWN, labels: US_CONFIDENTIAL })]),
    );
    assert.deepEqual(rows, [
      { zone: "us", cloud: "gcp", location: UNKNOWN_CELL, classification: "confidential", count: 1 },
    ]);
  });

  it("places an azure-native resource without a location in its resource group's, by dependency or by name", () => {
    const group = resource(GROUP, "orders", { location: "brazilsouth", resourceGroupName: "orders-rg" });
    const rows = inventoryOf(
      snapshot(
        [
          group,
          // `resourceGroupName: group.name`, unknown at a first preview
          resource(
            STORAGE,
            "invoices",
            { resourceGroupName: UNKNOWN, tags: BR_PERSONAL },
            { resourceGroupName: [group.urn] },
          ),
          // `location: group.location`, unknown at a first preview
          resource(
            STORAGE,
            "receipts",
            { location: UNKNOWN, resourceGroupName: "orders-rg", tags: BR_PERSONAL },
            { location: [group.urn] },
          ),
          // a plain name
          resource(STORAGE, "archive", { resourceGroupName: "orders-rg", tags: BR_PERSONAL }),
        ],
        // the provider's location only defaults resource groups: it must not place the accounts
        { "azure-native:location": "westeurope" },
      ),
    );
    assert.deepEqual(rows, [
      { zone: "br", cloud: "azure", location: "brazilsouth", classification: "personal", count: 3 },
    ]);
  });

  it("counts a configuring resource that holds data with the tags of what it configures, in its own region, and side resources not at all", () => {
    const instance = resource("aws:rds/instance:Instance", "db", {
      region: "eu-central-1",
      arn: "arn:aws:rds:eu-central-1:123456789012:db:db",
      tags: EU_PERSONAL,
    });
    const bucket = resource("aws:s3/bucket:Bucket", "files", { region: "eu-central-1", tags: EU_PERSONAL });
    const rows = inventoryOf(
      snapshot([
        instance,
        bucket,
        resource(
          "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
          "db-backups-paris",
          { region: "eu-west-3", sourceDbInstanceArn: UNKNOWN },
          { sourceDbInstanceArn: [instance.urn] },
        ),
        resource(
          "aws:s3/bucketVersioning:BucketVersioning",
          "files-versioning",
          { bucket: UNKNOWN, region: "eu-central-1" },
          { bucket: [bucket.urn] },
        ),
        resource("aws:iam/role:Role", "role", { name: "role" }),
      ]),
    );
    assert.deepEqual(rows, [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 2 },
      { zone: "eu", cloud: "aws", location: "eu-west-3", classification: "personal", count: 1 },
    ]);
  });

  it("counts an RDS automated-backups replica named by a known ARN as the pack judges it: eu/personal, in its own region", () => {
    // The instance's `identifier` is known at preview, its `arn` is not: the ARN the replica names
    // is matched by the identifier, as the pack's stack policy matches it (one graph).
    const instance = resource("aws:rds/instance:Instance", "db", {
      region: "eu-central-1",
      identifier: "tickets-db",
      arn: UNKNOWN,
      tags: EU_PERSONAL,
    });
    const rows = inventoryOf(
      snapshot([
        instance,
        resource(
          "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
          "db-backups-virginia",
          { region: "us-east-1", sourceDbInstanceArn: "arn:aws:rds:eu-central-1:123456789012:db:tickets-db" },
        ),
      ]),
    );
    assert.deepEqual(rows, [
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 1 },
      { zone: "eu", cloud: "aws", location: "us-east-1", classification: "personal", count: 1 },
    ]);
  });

  it("shows a missing declaration as (none), tags unknown at preview as (unknown), and a location from provider defaults", () => {
    const rows = inventoryOf(
      snapshot(
        [
          resource("aws:s3/bucket:Bucket", "untagged", {}),
          resource("aws:s3/bucket:Bucket", "computed-tags", { tags: UNKNOWN }),
        ],
        { "aws:region": "eu-central-1" },
      ),
    );
    assert.deepEqual(rows, [
      { zone: NONE, cloud: "aws", location: "eu-central-1", classification: NONE, count: 1 },
      { zone: UNKNOWN_CELL, cloud: "aws", location: "eu-central-1", classification: UNKNOWN_CELL, count: 1 },
    ]);
  });
});

describe("inventory: children without tags or a location of their own (issue 12)", () => {
  it("counts a Cosmos SQL container with its account's zone and classification, where its account is", () => {
    const account = resource("azure-native:cosmosdb:DatabaseAccount", "acct", {
      accountName: "acct",
      resourceGroupName: "rg",
      location: "eastus",
      tags: EU_PERSONAL,
    });
    const container = resource(
      "azure-native:cosmosdb:DatabaseAccountSqlContainer",
      "orders",
      { accountName: UNKNOWN, resourceGroupName: "rg", databaseName: "db", resource: { id: "orders" } },
      { accountName: [account.urn] },
    );
    assert.deepEqual(inventoryOf(snapshot([account, container])), [
      { zone: "eu", cloud: "azure", location: "eastus", classification: "personal", count: 2 },
    ]);
  });

  it("a child whose parent is not in the stack is counted, with nothing it can be judged with", () => {
    const rows = inventoryOf(
      snapshot([
        resource("azure:servicebus/queue:Queue", "q", {
          name: "q",
          namespaceId:
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/elsewhere",
        }),
      ]),
    );
    assert.deepEqual(rows, [{ zone: NONE, cloud: "azure", location: NONE, classification: NONE, count: 1 }]);
  });
});
