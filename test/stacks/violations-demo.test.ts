// The violations demo of stacks/: raw provider resources, each wrong in the way its comment in
// stacks/violations-demo.ts documents, and the pack reporting exactly those violations.
import { strict as assert } from "node:assert";
import type { ProgramSnapshot } from "../../cli/check/program";
import { readProject } from "../../cli/check/program/project";
import type { AnalysisResult } from "../../cli/check/engine";
import { isDemoStack } from "../../cli/check/run";
import { analyze, at, describeViolations, loadStack, mandatory, one, ROOT } from "./helpers";

const TAGS = "all-data-resources-require-residency-tags";
const LOCATION = "all-data-resources-restrict-location";
const FLOWS = "all-data-flows-stay-in-zone";
const CONTROLS = "all-data-resources-enforce-classification-controls";
const STACK = "all-stack-references-enforce-residency";

/** The violation each numbered comment of stacks/violations-demo.ts is about: resource → policies. */
const DOCUMENTED: ReadonlyArray<readonly [string, string]> = [
  ["customer-exports", LOCATION], // 1. eu bucket in us-east-1
  ["reports-london", LOCATION], // 2. eu bucket in eu-west-2 (London)
  ["tickets-backup-plan", STACK], // 3. backup copy to a vault in us-east-1
  ["sessions", TAGS], // 4. no residency tags
  ["invoicesgrs", FLOWS], // 5. GRS in Brazil South → South Central US
  ["eu-customer-files", LOCATION], // 6. GCS EUR5 = Belgium + London
  ["support-analytics", LOCATION], // 7. BigQuery dataset defaulting to US
];
/** The "Also:" lines: controls the components would have added. */
const ALSO: ReadonlyArray<readonly [string, string]> = [
  ["customer-exports", STACK], // no SSE-KMS with a customer-managed key
  ["tickets-backups", CONTROLS], // vault without a customer-managed key
  ["tickets-backups", STACK], // personal backups without a vault lock
  ["eu-customer-files", CONTROLS],
  ["support-analytics", CONTROLS],
];

const key = ([resource, policy]: readonly [string, string]): string => `${policy} on ${resource}`;

describe("stacks: violations-demo (raw resources, deliberately non-compliant)", function () {
  let snapshot: ProgramSnapshot;
  before(async function () {
    snapshot = await loadStack("violations-demo");
  });

  it("is marked demo (pulumi-sovereignty:demo) and the four systems are not, so the default check skips only it", function () {
    const project = readProject(ROOT);
    assert.equal(snapshot.config["pulumi-sovereignty:demo"], "true");
    assert.equal(isDemoStack(project, "violations-demo"), true);
    for (const stack of ["helpdesk-eu", "purchase-orders-br", "purchase-orders-us", "backup-eu"]) {
      assert.equal(isDemoStack(project, stack), false, stack);
    }
  });

  it("uses raw provider resources only, none of our components", function () {
    const ours = snapshot.resources.filter((r) => r.type.startsWith("sovereignty:"));
    assert.deepEqual(
      ours.map((r) => r.type),
      [],
    );
  });

  it("holds the documented mistakes", function () {
    assert.equal(one(snapshot, "aws:s3/bucket:Bucket", "customer-exports").properties["region"], "us-east-1");
    assert.equal(
      at(one(snapshot, "aws:s3/bucket:Bucket", "customer-exports").properties, "tags.data-residency"),
      "eu",
    );
    assert.match(
      String(
        at(one(snapshot, "aws:backup/plan:Plan").properties, "rules.0.copyActions.0.destinationVaultArn"),
      ),
      /^arn:aws:backup:us-east-1:/,
    );
    const account = one(snapshot, "azure-native:storage:StorageAccount");
    assert.deepEqual(
      [
        account.properties["location"],
        at(account.properties, "sku.name"),
        at(account.properties, "tags.data-residency"),
      ],
      ["brazilsouth", "Standard_GRS", "br"],
    );
    assert.equal(one(snapshot, "gcp:storage/bucket:Bucket").properties["location"], "EUR5");
    assert.equal("location" in one(snapshot, "gcp:bigquery/dataset:Dataset").properties, false);
    assert.equal(at(one(snapshot, "aws:dynamodb/table:Table").properties, "tags.data-residency"), undefined);
  });

  describe("under the policy pack", function () {
    let result: AnalysisResult;
    let reported: Set<string>;
    before(async function () {
      result = await analyze(snapshot);
      reported = new Set(mandatory(result).map((v) => key([v.urn.split("::").pop()!, v.policyName])));
    });

    it("reports every documented violation as mandatory", function () {
      const missing = DOCUMENTED.map(key).filter((k) => !reported.has(k));
      assert.deepEqual(missing, [], `not reported; reported were:\n${describeViolations(result.violations)}`);
    });

    it("reports nothing that stacks/violations-demo.ts does not document", function () {
      const documented = new Set([...DOCUMENTED, ...ALSO].map(key));
      const extra = result.violations.filter(
        (v) => !documented.has(key([v.urn.split("::").pop()!, v.policyName])),
      );
      assert.equal(extra.length, 0, `undocumented:\n${describeViolations(extra)}`);
    });
  });
});
