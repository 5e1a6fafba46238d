import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultCatalog, defaultZones, zonesContaining } from "../../../sovereignty";
import { AZURE_REGIONS_NOT_IN_ARM_LIST } from "../../../sovereignty/catalog/azure-regions";

interface ArmLocation {
  name: string;
  displayName: string;
  metadata?: {
    regionType?: string;
    geography?: string;
    physicalLocation?: string;
    pairedRegion?: { name: string }[];
  };
}

// A copy of Azure/terraform-azurerm-avm-utl-regions modules/cached-data/locations.tf.json (2026-08-21),
// the raw ARM `GET /subscriptions/{id}/locations` answer the catalog was built from.
const RAW = path.join(__dirname, "fixtures", "azure-locations.json");

function armLocations(): ArmLocation[] {
  const json = JSON.parse(readFileSync(RAW, "utf8")) as {
    locals: { locations_cached: { value: ArmLocation[] } };
  };
  return json.locals.locations_cached.value;
}

describe("Azure catalog", () => {
  const ours = defaultCatalog.all("azure", "regions");

  describe("against the raw ARM location list", () => {
    const arm = armLocations();
    const physical = () => arm.filter((l) => l.metadata?.regionType === "Physical");

    it("is the list we think it is (62 physical regions)", () => {
      assert.equal(physical().length, 62);
    });

    it("has every Physical region, and only those plus documented extras", () => {
      const expected = physical().map((l) => l.name);
      const actual = ours.map((l) => l.name).filter((n) => !AZURE_REGIONS_NOT_IN_ARM_LIST.includes(n));
      assert.deepEqual([...actual].sort(), [...expected].sort());
    });

    it("has the same paired region as ARM for every region", () => {
      for (const l of physical()) {
        const pair = l.metadata?.pairedRegion?.[0]?.name;
        assert.equal(defaultCatalog.lookup("azure", "regions", l.name)?.pairedRegion, pair, l.name);
      }
    });

    it("accepts every ARM display name", () => {
      for (const l of physical())
        assert.equal(defaultCatalog.lookup("azure", "regions", l.displayName)?.name, l.name);
    });

    it("excludes Logical entries (europe, global, uk, ...)", () => {
      for (const l of arm.filter((l) => l.metadata?.regionType === "Logical")) {
        assert.equal(defaultCatalog.lookup("azure", "regions", l.name), undefined, l.name);
      }
    });
  });

  it("accepts the spellings ARM accepts", () => {
    for (const spelling of [
      "West Europe",
      "westeurope",
      "WestEurope",
      " west europe ",
      "(Europe) West Europe",
    ]) {
      assert.equal(defaultCatalog.lookup("azure", "regions", spelling)?.name, "westeurope", spelling);
    }
  });

  const facts: [region: string, country: string, zones: string[], pair: string | undefined][] = [
    ["westeurope", "NL", ["eu", "eea"], "northeurope"], // geography "Europe": not a country
    ["northeurope", "IE", ["eu", "eea"], "westeurope"],
    ["germanywestcentral", "DE", ["eu", "eea"], "germanynorth"],
    ["norwayeast", "NO", ["eea"], "norwaywest"], // Norway: EEA, not EU
    ["switzerlandnorth", "CH", ["ch"], "switzerlandwest"],
    ["uksouth", "GB", ["uk"], "ukwest"],
    ["brazilsouth", "BR", ["br"], "southcentralus"], // pairs into the US
    ["southcentralus", "US", ["us"], "northcentralus"],
    ["eastasia", "HK", [], "southeastasia"], // geography "Asia Pacific"
    ["southeastasia", "SG", ["sg"], "eastasia"],
    ["centralindia", "IN", ["in"], "southindia"],
    ["japaneast", "JP", ["jp"], "japanwest"],
    ["canadacentral", "CA", ["ca"], "canadaeast"],
    ["australiaeast", "AU", ["au"], "australiasoutheast"],
    ["italynorth", "IT", ["eu", "eea"], undefined],
    ["swedencentral", "SE", ["eu", "eea"], "swedensouth"],
  ];
  for (const [region, country, zones, pair] of facts) {
    it(`${region} is in ${country}, zones [${zones.join(", ")}], pair ${pair ?? "none"}`, () => {
      const l = defaultCatalog.lookup("azure", "regions", region);
      assert.ok(l, region);
      assert.deepEqual(l.countries, [country]);
      assert.equal(l.pairedRegion, pair);
      assert.deepEqual(
        zonesContaining(l, defaultZones)
          .map((z) => z.id)
          .sort(),
        [...zones].sort(),
      );
    });
  }

  it("resolves every paired region to a catalog entry", () => {
    for (const l of ours) {
      if (l.pairedRegion)
        assert.ok(defaultCatalog.lookup("azure", "regions", l.pairedRegion), `${l.name} → ${l.pairedRegion}`);
    }
  });

  it("rejects the logical location `global` and suggests for typos", () => {
    assert.equal(defaultCatalog.lookup("azure", "regions", "global"), undefined);
    assert.ok(defaultCatalog.suggest("azure", "regions", "West Europa").includes("westeurope"));
  });
});
