import assert from "node:assert/strict";
import { describe, it } from "mocha";
import fc from "fast-check";
import { UNKNOWN_SENTINELS } from "../../../sovereignty/values";
import { dataFlows, dataOrigins, FLOW_TYPES, ORIGIN_TYPES } from "../../../sovereignty/flows";
import type { FlowContext, PropertyBag } from "../../../sovereignty/flows";

// Values a stack export, a preview or a broken program can put anywhere in a property bag.
const leaf = fc.oneof(
  fc.constantFrom(
    ...UNKNOWN_SENTINELS,
    null,
    undefined,
    "",
    " ",
    "Standard_GRS",
    "GeoRedundant",
    "Enabled",
    "Periodic",
    "EU",
  ),
  fc.constantFrom(
    "arn:aws:s3:::b",
    "arn:aws:backup:eu-west-1:1:backup-vault:v",
    "arn:aws",
    "regional-",
    "__proto__",
    "constructor",
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);
const KEYS = [
  "rules",
  "destination",
  "destinations",
  "bucket",
  "copyActions",
  "destinationVaultArn",
  "replicas",
  "regionName",
  "region",
  "sku",
  "name",
  "properties",
  "redundancySettings",
  "standardTierStorageRedundancy",
  "storageSettings",
  "type",
  "locations",
  "locationName",
  "failoverPriority",
  "backupPolicy",
  "periodicModeProperties",
  "backupStorageRedundancy",
  "backup",
  "geoRedundantBackup",
  "requestedBackupStorageRedundancy",
  "location",
  "customPlacementConfig",
  "dataLocations",
  "settings",
  "backupConfiguration",
  "enabled",
  "messageStoragePolicy",
  "allowedPersistenceRegions",
  "config",
  "replicationConfiguration",
  "replicationConfigurations",
  "encryptionConfiguration",
  "replicaKmsKeyId",
  "globalClusterIdentifier",
  "replicateSourceDb",
  "primaryKeyArn",
  "replicaNames",
  "replicationCluster",
  "masterInstanceName",
  "clone",
  "restoreParameters",
  "status",
];
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("tree"), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie("tree"), { maxKeys: 6 }),
}));
const context: fc.Arbitrary<FlowContext> = fc.oneof(
  fc.constant({}),
  fc.constant({
    primary: {
      cloud: "azure",
      service: "regions",
      name: "brazilsouth",
      kind: "region",
      countries: ["BR"],
      displayName: "Brazil South",
      pairedRegion: "southcentralus",
      source: "t",
    },
  } as const),
  fc.anything().map((primary) => ({ primary }) as unknown as FlowContext),
);

describe("flows: garbage in, never a throw", () => {
  it("every flow and origin function is total and answers well-formed destinations", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLOW_TYPES, ...ORIGIN_TYPES),
        fc.dictionary(fc.constantFrom(...KEYS), tree, { maxKeys: 8 }),
        context,
        (type, props, ctx) => {
          const flows = dataFlows(type, props as PropertyBag, ctx);
          for (const d of flows) {
            assert.ok(["aws", "azure", "gcp"].includes(d.cloud));
            assert.equal(typeof d.property, "string");
            assert.ok(d.property.length > 0);
            assert.notEqual(d.property, "*", `${type} threw`);
            assert.ok(["location", "resource", "unknown"].includes(d.target.kind));
            if (d.target.kind === "location") assert.ok(d.target.location.length > 0);
          }
          for (const o of dataOrigins(type, props as PropertyBag))
            assert.ok(["resource", "unknown"].includes(o.source.kind));
        },
      ),
      { numRuns: 3000, seed: 4 },
    );
  });
  it("non-object bags and contexts answer without throwing", () => {
    for (const type of FLOW_TYPES) {
      for (const bag of [null, undefined, 42, "x", [], UNKNOWN_SENTINELS.values().next().value]) {
        assert.doesNotThrow(() =>
          dataFlows(type, bag as unknown as PropertyBag, null as unknown as FlowContext),
        );
        assert.doesNotThrow(() => dataOrigins(type, bag as unknown as PropertyBag));
      }
    }
  });
});
