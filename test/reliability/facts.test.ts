// One fact, one report (issue 11): over the evasion and unknowns tables, no resource is told the
// same fact twice — not by two policies, not by one policy from two directions (a side resource,
// a flow and an origin all saying where one RDS backups replica keeps its data). Every finding
// names its fact (`location`, `flow:<property>`, `origin:<source>`, `tags`, …; the pack's
// findings are data, sovereignty/verdict), which the SDK passes in-process through the object
// form of reportViolation.
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import type { Diagnostic, TestResource } from "../policypack/harness";
import { EVASION_CASES } from "./evasion.cases";
import { UNKNOWN_ROWS } from "./unknowns.cases";
import { explain, verdictsOf } from "./verdicts";

function assertEachFactOnce(diagnostics: readonly Diagnostic[], context: string): void {
  const seen = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    assert.ok(d.fact, `a finding without a fact (${context}): ${d.policy} ${d.message.split("\n").pop()}`);
    assert.ok(d.urn, `a finding without a resource (${context}): ${d.message.split("\n").pop()}`);
    const key = `${d.urn} ${d.fact}`;
    const before = seen.get(key);
    assert.ok(
      !before,
      `${context}: ${d.urn} told \`${d.fact}\` twice:\n  ${before?.policy}: ${before?.message.split("\n").pop()}\n  ${d.policy}: ${d.message.split("\n").pop()}`,
    );
    seen.set(key, d);
  }
}

const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const RDS_BACKUPS_REPLICA: TestResource[] = [
  {
    type: "aws:rds/instance:Instance",
    name: "db",
    props: {
      identifier: "tickets-db",
      storageEncrypted: true,
      kmsKeyId: "arn:aws:kms:eu-central-1:111122223333:key/k",
      tags: EU_PERSONAL,
    },
    provider: { type: "pulumi:providers:aws", name: "fra", props: { region: "eu-central-1" } },
  },
  {
    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    name: "db-backups",
    props: {
      sourceDbInstanceArn: "arn:aws:rds:eu-central-1:111122223333:db:tickets-db",
      kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k",
    },
    provider: { type: "pulumi:providers:aws", name: "virginia", props: { region: "us-east-1" } },
  },
];

describe("one fact, one report", () => {
  it("an RDS automated-backups replica in us-east-1 of an eu personal database: its location, once", async () => {
    const v = await verdictsOf(RDS_BACKUPS_REPLICA);
    assertEachFactOnce(v.diagnostics, "rds backups replica");
    const aboutLocation = v.diagnostics.filter(
      (d) => d.urn?.endsWith("::db-backups") && /us-east-1/.test(d.message.split("\n").pop()!),
    );
    assert.equal(aboutLocation.length, 1, explain(v));
  });

  describe("over the evasion table", () => {
    for (const c of EVASION_CASES) {
      it(c.name, async () => {
        assertEachFactOnce((await verdictsOf(c.resources, c.config)).diagnostics, c.name);
      });
    }
  });

  describe("over the unknowns table", () => {
    for (const row of UNKNOWN_ROWS) {
      for (const cls of ["internal", "personal"] as const) {
        it(`${row.input} · ${cls}`, async () => {
          assertEachFactOnce((await verdictsOf(row.build(cls))).diagnostics, row.input);
          if (row.outside)
            assertEachFactOnce((await verdictsOf(row.outside(cls))).diagnostics, `${row.input} (outside)`);
        });
      }
    }
  });
});
