// `sovereignty check --policy-config`: the inventory is judged with the settings the pack reads
// from the same file (custom zones, extra locations, `sovereignty.defaults`), so a resource tagged
// with a custom zone is counted under it, not under "(none)" while the pack judges it there.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { before, describe, it } from "mocha";
import { inventoryOf, inventorySettings, NONE } from "../../cli/check/inventory";
import type { PolicyConfigFile } from "../../cli/check/engine";
import { collectReports } from "../../cli/check/run";
import type { StackSnapshot } from "../../cli/check/snapshot";
import { buildPack, PACK, ROOT } from "../policypack/wire";

const DACH: PolicyConfigFile = {
  all: {
    enforcementLevel: "mandatory",
    sovereignty: {
      zones: [{ id: "dach", name: "Germany, Austria, Switzerland", countries: ["DE", "AT", "CH"] }],
      defaults: { "data-residency": "dach", "data-classification": "internal" },
    },
  },
};

const BUCKET = "aws:s3/bucket:Bucket";
/** Takes no labels: judged with `sovereignty.defaults` (sovereignty/registry/gcp/firestore.ts). */
const FIRESTORE = "gcp:firestore/database:Database";
const urn = (type: string, name: string) => `urn:pulumi:dev::proj::${type}::${name}`;

function state(): unknown {
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-05-01T10:00:00.000000000Z", magic: "hand-made", version: "v3.248.0" },
      resources: [
        {
          urn: "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev",
          custom: false,
          type: "pulumi:pulumi:Stack",
        },
        {
          urn: urn(BUCKET, "docs"),
          custom: true,
          id: "docs",
          type: BUCKET,
          inputs: {
            bucket: "docs",
            region: "eu-central-1",
            tags: { "data-residency": "dach", "data-classification": "internal" },
          },
          outputs: {
            bucket: "docs",
            region: "eu-central-1",
            tags: { "data-residency": "dach", "data-classification": "internal" },
          },
        },
        {
          urn: urn(FIRESTORE, "db"),
          custom: true,
          id: "db",
          type: FIRESTORE,
          inputs: { name: "db", project: "p", locationId: "europe-west3", type: "FIRESTORE_NATIVE" },
          outputs: { name: "db", project: "p", locationId: "europe-west3", type: "FIRESTORE_NATIVE" },
        },
      ],
    },
  };
}

describe("inventory: the policy config's zones and defaults", function () {
  this.timeout(120_000);
  before(buildPack);

  it("`sovereignty check --policy-config`: a resource tagged with a custom zone `dach` is counted in `dach`", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-inventory-"));
    const input = path.join(dir, "state.json");
    const config = path.join(dir, "policy-config.json");
    fs.writeFileSync(input, JSON.stringify(state()));
    fs.writeFileSync(config, JSON.stringify(DACH));
    const [report] = await collectReports({
      input: { kind: "state", file: input },
      packDir: PACK,
      projectRoot: ROOT,
      policyConfigFile: config,
      now: "2026-11-01",
    });
    assert.ok(report);
    // The bucket by its own tags; the Firestore database (no labels) by the config's defaults.
    assert.deepEqual(report.inventory, [
      { zone: "dach", cloud: "aws", location: "eu-central-1", classification: "internal", count: 1 },
      { zone: "dach", cloud: "gcp", location: "europe-west3", classification: "internal", count: 1 },
    ]);
  });

  it("without the policy config, a resource that cannot carry tags has no zone; with it, the config's default", () => {
    const snapshot: StackSnapshot = {
      origin: "test",
      kind: "program",
      project: "proj",
      stack: "dev",
      config: {},
      resources: [
        {
          urn: urn(FIRESTORE, "db"),
          type: FIRESTORE,
          name: "db",
          custom: true,
          properties: { name: "db", project: "p", locationId: "europe-west3" },
          dependencies: [],
          propertyDependencies: {},
        },
      ],
    };
    assert.equal(inventoryOf(snapshot)[0]?.zone, NONE);
    assert.equal(inventoryOf(snapshot, inventorySettings(DACH))[0]?.zone, "dach");
  });

  it("`sovereignty.defaults` place a resource that cannot carry tags, as the pack does", () => {
    const settings = inventorySettings(DACH);
    assert.deepEqual(settings.defaults, { residency: "dach", classification: "internal" });
    assert.deepEqual(inventorySettings(undefined).defaults, {});
  });
});
