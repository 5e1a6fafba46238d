// One stack graph, one verdict (issue 11), through the built pack over gRPC: a transfer approval
// waives a GCP CryptoKey outside its zone whether the key's location is read from its known key
// ring id or placed through the resource graph (the ring found by property dependency), and an
// RDS automated-backups replica outside its source's zone is reported once, not three times.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import type { PolicyConfigFile } from "../../cli/check/engine";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const RING = "gcp:kms/keyRing:KeyRing";
const KEY = "gcp:kms/cryptoKey:CryptoKey";
const RING_ID = "projects/p/locations/us-central1/keyRings/ring";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

const APPROVED: PolicyConfigFile = {
  all: {
    enforcementLevel: "mandatory",
    sovereignty: {
      approvals: [
        {
          id: "keys-us",
          from: "eu",
          to: "us",
          classifications: ["personal"],
          legalBasis: "GDPR Art. 46(2)(c) standard contractual clauses",
          expires: "2027-12-31",
        },
      ],
    },
  },
};

function keyStack(placedThroughGraph: boolean, approval: boolean) {
  const ring = res(RING, "ring", { name: "ring", location: "us-central1" });
  const labels = approval ? { ...EU_PERSONAL, "transfer-approval": "keys-us" } : EU_PERSONAL;
  const key = placedThroughGraph
    ? res(KEY, "key", { name: "key", keyRing: UNKNOWN, labels }, { keyRing: [ring.urn] })
    : res(KEY, "key", { name: "key", keyRing: RING_ID, labels });
  return stackOf([ring, key], { "gcp:project": "p" });
}

describe("one verdict: a transfer approval waives a GCP CryptoKey however its key ring is found", function () {
  this.timeout(60_000);
  before(buildPack);

  for (const graph of [false, true]) {
    const how = graph ? "placed through the resource graph (ring id unknown)" : "with its key ring id known";
    it(`${how}: outside the zone without an approval is a mandatory finding`, async () => {
      const lines = await onTheWire(keyStack(graph, false), APPROVED);
      assert.ok(
        lines.some((l) => / mandatory key: .*`us-central1`.*outside the declared zone `eu`/.test(l)),
        lines.join("\n"),
      );
    });
    it(`${how}: a valid approval covering the destination waives it`, async () => {
      assert.deepEqual(await onTheWire(keyStack(graph, true), APPROVED), []);
    });
  }
});

describe("one fact, one report: an RDS automated-backups replica outside its source's zone", function () {
  this.timeout(60_000);
  before(buildPack);

  it("is reported once on the replica (not as a side resource, a flow and an origin)", async () => {
    const db = res("aws:rds/instance:Instance", "db", {
      identifier: "tickets-db",
      region: "eu-central-1",
      storageEncrypted: true,
      kmsKeyId: "arn:aws:kms:eu-central-1:111122223333:key/k",
      tags: EU_PERSONAL,
    });
    const replica = res(
      "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
      "db-backups",
      {
        region: "us-east-1",
        sourceDbInstanceArn: "arn:aws:rds:eu-central-1:111122223333:db:tickets-db",
        kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k",
      },
    );
    const lines = await onTheWire(stackOf([db, replica], { "aws:region": "eu-central-1" }));
    const aboutReplica = lines.filter((l) => / db-backups: /.test(l) && /us-east-1/.test(l));
    assert.equal(aboutReplica.length, 1, lines.join("\n"));
    assert.match(aboutReplica[0]!, /mandatory db-backups: .*outside the declared zone `eu`/);
  });
});

describe("one fact, one report, never none: a read replica outside its source's zone", function () {
  this.timeout(60_000);
  before(buildPack);
  const stack = () => {
    const db = (name: string, region: string, extra: Record<string, string> = {}) =>
      res("aws:rds/instance:Instance", name, {
        identifier: name,
        region,
        storageEncrypted: true,
        kmsKeyId: `arn:aws:kms:${region}:111122223333:key/k`,
        tags: EU_PERSONAL,
        ...extra,
      });
    return stackOf([
      db("source-db", "eu-central-1"),
      db("replica-db", "us-east-1", { replicateSourceDb: "source-db" }),
    ]);
  };

  it("is told once, by the location policy (its own tags say eu too)", async () => {
    const about = (await onTheWire(stack())).filter((l) => / replica-db: .*us-east-1/.test(l));
    assert.equal(about.length, 1, about.join("\n"));
    assert.match(about[0]!, /^all-data-resources-restrict-location mandatory replica-db: /);
  });

  it("is still told by the stack policy (as a copy of its source) when the location policy is disabled", async () => {
    const lines = await onTheWire(stack(), { "all-data-resources-restrict-location": "disabled" });
    const about = lines.filter((l) => / replica-db: .*us-east-1/.test(l));
    assert.equal(about.length, 1, lines.join("\n"));
    assert.match(
      about[0]!,
      /^all-stack-references-enforce-residency mandatory replica-db: .*a read-replica of source-db/,
    );
  });
});
