// One program in TypeScript, Python and Go (test/fixtures/polyglot/*/twin): the Python and Go
// versions, started as their language hosts start them against the runner's engine host, reach the
// pack exactly as the TypeScript one does — the same records (parents, providers, property
// dependencies, secrets, unknowns, resource references as ids) and the same violations.
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { analyzeSnapshot, type AnalysisResult } from "../../cli/check/engine";
import { loadProgramSnapshot, type ProgramSnapshot } from "../../cli/check/program";
import { SECRET_PLACEHOLDER } from "../../cli/check/program/config";
import { SECRET_SIG, SIG_KEY, UNKNOWN, type SnapshotResource } from "../../cli/check/snapshot";
import { PACK_DIR } from "../stacks/helpers";
import { goMissing, POLYGLOT, pythonMissing, records, skipIf } from "./helpers";

const STACK_URN = "urn:pulumi:dev::twin::pulumi:pulumi:Stack::twin-dev";
const urn = (qualifiedType: string, name: string): string =>
  `urn:pulumi:dev::twin::${qualifiedType}::${name}`;

function byName(snapshot: ProgramSnapshot, name: string): SnapshotResource {
  const found = snapshot.resources.find((r) => r.name === name);
  assert.ok(found, `no ${name} in ${snapshot.resources.map((r) => r.name).join(", ")}`);
  return found;
}

/** policy, level and resource name of each violation, sorted. */
function verdicts(result: AnalysisResult): string[] {
  return result.violations
    .map((v) => `${v.policyName} ${v.enforcementLevel} ${v.urn.split("::").pop()}`)
    .sort();
}

describe("polyglot: the TypeScript, Python and Go twins", function () {
  this.timeout(300_000);
  let typescript: ProgramSnapshot;
  let typescriptVerdicts: string[];

  before(async function () {
    typescript = await loadProgramSnapshot({ dir: path.join(POLYGLOT, "nodejs", "twin"), stack: "dev" });
    typescriptVerdicts = verdicts(await analyzeSnapshot(typescript, { packDir: PACK_DIR }));
  });

  it("the TypeScript twin has the violations the fixture README documents", function () {
    assert.deepEqual(typescriptVerdicts, [
      "all-data-resources-require-residency-tags mandatory scratch",
      "all-data-resources-restrict-location mandatory exports",
      "all-stack-references-enforce-residency mandatory exports",
      "all-stack-references-enforce-residency mandatory vault-bucket",
    ]);
  });

  for (const language of ["python", "go"] as const) {
    describe(language, function () {
      let snapshot: ProgramSnapshot;
      before(async function () {
        skipIf(this, await (language === "python" ? pythonMissing() : goMissing()));
        snapshot = await loadProgramSnapshot({ dir: path.join(POLYGLOT, language, "twin"), stack: "dev" });
      });

      it("registers the same resources as the TypeScript twin, record for record", function () {
        assert.equal(snapshot.sdkVersion, "3.248.0");
        assert.deepEqual(records(snapshot.resources), records(typescript.resources));
      });

      it("exports the same stack outputs (an id: unknown at preview)", function () {
        assert.deepEqual(typescript.stackOutputs, { recordsId: UNKNOWN });
        assert.deepEqual(snapshot.stackOutputs, typescript.stackOutputs);
      });

      it("keeps parents: the stack root, and a component's child under the component", function () {
        assert.equal(byName(snapshot, "records").parent, STACK_URN);
        const vault = byName(snapshot, "vault");
        assert.equal(vault.custom, false);
        assert.equal(byName(snapshot, "vault-bucket").parent, vault.urn);
        assert.equal(
          byName(snapshot, "vault-bucket").urn,
          urn("twin:index:Vault$aws:s3/bucket:Bucket", "vault-bucket"),
        );
      });

      it("sends a resource reference as the resource's id (unknown at preview), following it by property dependency", function () {
        const sse = byName(snapshot, "records-sse");
        assert.equal(sse.properties["bucket"], UNKNOWN);
        assert.deepEqual(sse.propertyDependencies["bucket"], [urn("aws:s3/bucket:Bucket", "records")]);
        assert.deepEqual(sse.propertyDependencies["rules"], [urn("aws:kms/key:Key", "records-key")]);
      });

      it("keeps a secret config value a secret, never decrypted", function () {
        const tags = byName(snapshot, "records").properties["tags"] as Record<string, unknown>;
        assert.deepEqual(tags["owner"], { [SIG_KEY]: SECRET_SIG, value: SECRET_PLACEHOLDER });
        assert.deepEqual(snapshot.secretConfigKeys, ["twin:owner"]);
      });

      it("references an explicit provider as <urn>::<unknown id>, its inputs JSON-encoded", function () {
        assert.equal(
          byName(snapshot, "exports").provider,
          `${urn("pulumi:providers:aws", "virginia")}::${UNKNOWN}`,
        );
        assert.equal(byName(snapshot, "virginia").properties["region"], "us-east-1");
      });

      it("records where each resource was registered, in the program's own file", function () {
        const main = language === "python" ? "__main__.py" : "main.go";
        for (const name of ["records", "exports", "scratch"]) {
          const position = byName(snapshot, name).sourcePosition;
          assert.ok(position, `${name} has no source position`);
          assert.ok(position.uri.endsWith(`/${language}/twin/${main}`), `${name}: ${position.uri}`);
          assert.ok(position.line > 0);
        }
      });

      it("gets the same violations from the pack", async function () {
        assert.deepEqual(
          verdicts(await analyzeSnapshot(snapshot, { packDir: PACK_DIR })),
          typescriptVerdicts,
        );
      });
    });
  }
});
