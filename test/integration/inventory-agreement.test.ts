// Pack and inventory agree (issue 11): the runner's inventory and the pack's stack policy read one
// stack graph (sovereignty/graph), so for every resource of every stack they say the same zone,
// classification and location. The inventory builds its graph from the snapshot; the pack from
// what AnalyzeStack hands a stack policy (properties through the SDK's deserialisation and
// unknown-checking proxy, dependencies as resources). Over the stack-export and preview fixtures
// and the stacks/ programs (run offline under mocks, as `sovereignty check` runs them).
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { before, describe, it } from "mocha";
import { graphOfSnapshot, residencyEntries } from "../../cli/check/inventory";
import type { StackGraph } from "../../sovereignty/graph";
import { ProviderResolver } from "../../cli/check/engine/providers";
import { loadPreviewSnapshot } from "../../cli/check/inputs/preview";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import { loadProgramSnapshot } from "../../cli/check/program";
import type { StackSnapshot } from "../../cli/check/snapshot";
import { packGraph } from "../../policypack/rules/stack";
import { loadSettings } from "../../policypack/settings";
import { policyResources, type TestResource } from "../policypack/harness";
import { res, stackOf } from "../policypack/wire";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");

/** The snapshot as the engine sends it to AnalyzeStack: custom resources with their providers. */
function asAnalyzeStack(snapshot: StackSnapshot): TestResource[] {
  const providers = new ProviderResolver(snapshot);
  return snapshot.resources
    .filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))
    .map((r) => {
      const provider = providers.providerFor(r);
      return {
        urn: r.urn,
        type: r.type,
        name: r.name,
        props: r.properties as Record<string, unknown>,
        ...(provider
          ? {
              provider: {
                type: provider.type,
                name: provider.name,
                props: provider.properties as Record<string, unknown>,
              },
            }
          : {}),
        propertyDependencies: r.propertyDependencies,
      };
    });
}

/** Every resource as a graph judges it: the tags it is judged with, and where it is. */
function everyResource(graph: StackGraph): unknown[] {
  return graph.nodes.map((node) => {
    const governor = graph.governor(node);
    const by = typeof governor === "string" ? undefined : governor;
    const at = graph.place(node).location;
    return {
      urn: node.record.urn,
      judgedWith: typeof governor === "string" ? governor : governor.record.urn,
      zone: by?.judged.zone?.id ?? null,
      classification: by?.judged.classification ?? null,
      location: at.kind === "known" ? at.location.name : at.kind === "unrecognised" ? at.raw : at.kind,
    };
  });
}

function assertAgree(snapshot: StackSnapshot): void {
  const settings = loadSettings({}, "all-stack-references-enforce-residency");
  const ofInventory = graphOfSnapshot(snapshot);
  const ofPack = packGraph(policyResources(asAnalyzeStack(snapshot)), settings);
  const inventory = residencyEntries(ofInventory);
  assert.ok(inventory.length > 0, "no data-holding resource in the stack");
  assert.deepEqual(residencyEntries(ofPack), inventory);
  assert.deepEqual(everyResource(ofPack), everyResource(ofInventory));
}

describe("pack and inventory agree on every resource's zone, classification and location", function () {
  this.timeout(120_000);

  for (const file of [
    "pack/helpdesk-eu-compliant.json",
    "pack/helpdesk-eu-violations.json",
    "pack/purchase-orders-br.json",
    "state/clean.json",
    "state/faults.json",
    "state/helpdesk-eu.json",
  ]) {
    it(`stack export ${file}`, () => assertAgree(loadStateSnapshot(path.join(FIXTURES, file))));
  }
  for (const file of ["preview/clean.json", "preview/helpdesk-eu.json"]) {
    it(`preview ${file}`, () => assertAgree(loadPreviewSnapshot(path.join(FIXTURES, file))));
  }

  for (const stack of [
    "helpdesk-eu",
    "backup-eu",
    "purchase-orders-br",
    "purchase-orders-us",
    "violations-demo",
  ]) {
    describe(`stacks/ program, stack ${stack}`, () => {
      let snapshot: StackSnapshot;
      before(async () => {
        snapshot = await loadProgramSnapshot({ dir: ROOT, stack });
      });
      it("agrees", () => assertAgree(snapshot));
    });
  }

  it("an untagged AI model deployment is counted with its account's zone and classification", () => {
    const snapshot = stackOf([
      res("azure-native:resources:ResourceGroup", "rg", { resourceGroupName: "rg", location: "westeurope" }),
      res("azure-native:cognitiveservices:Account", "ai", {
        accountName: "ai",
        resourceGroupName: "rg",
        location: "westeurope",
        kind: "OpenAI",
        tags: { "data-residency": "eu", "data-classification": "personal" },
      }),
      res("azure-native:cognitiveservices:Deployment", "gpt", {
        accountName: "ai",
        deploymentName: "gpt",
        resourceGroupName: "rg",
        sku: { name: "GlobalStandard", capacity: 1 },
      }),
    ]);
    assertAgree(snapshot);
    const deployment = residencyEntries(graphOfSnapshot(snapshot)).find((e) => e.urn.endsWith("::gpt"));
    assert.deepEqual(deployment && { zone: deployment.zone, classification: deployment.classification }, {
      zone: "eu",
      classification: "personal",
    });
  });

  it("an RDS automated-backups replica of a personal EU database is eu/personal in both", () => {
    const snapshot = stackOf(
      [
        res("aws:rds/instance:Instance", "db", {
          identifier: "tickets-db",
          tags: { "data-residency": "eu", "data-classification": "personal" },
        }),
        res("aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", "copy", {
          region: "us-east-1",
          sourceDbInstanceArn: "arn:aws:rds:eu-central-1:1:db:tickets-db",
        }),
      ],
      { "aws:region": "eu-central-1" },
    );
    assertAgree(snapshot);
    const copy = residencyEntries(graphOfSnapshot(snapshot)).find((e) => e.urn.endsWith("::copy"));
    assert.deepEqual(
      copy && { zone: copy.zone, classification: copy.classification, location: copy.location },
      { zone: "eu", classification: "personal", location: "us-east-1" },
    );
  });
});
