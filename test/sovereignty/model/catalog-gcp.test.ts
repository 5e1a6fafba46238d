import assert from "node:assert/strict";
import {
  BIGQUERY_DEFAULT_LOCATION,
  defaultCatalog,
  defaultZones,
  gcpRegionOfZone,
  locationInZone,
  zonesContaining,
  type LocationService,
} from "../../../sovereignty";

const zoneIds = (service: LocationService, name: string): string[] => {
  const l = defaultCatalog.lookup("gcp", service, name);
  assert.ok(l, `${service} ${name} is in the catalog`);
  return zonesContaining(l, defaultZones)
    .map((z) => z.id)
    .sort();
};

describe("GCP catalog", () => {
  describe("regions", () => {
    const facts: [region: string, country: string][] = [
      ["europe-west3", "DE"],
      ["europe-west2", "GB"], // London
      ["europe-west6", "CH"], // Zurich
      ["europe-north2", "SE"], // Stockholm
      ["europe-west10", "DE"],
      ["europe-west12", "IT"],
      ["africa-south1", "ZA"],
      ["me-central2", "SA"],
      ["northamerica-south1", "MX"],
      ["southamerica-east1", "BR"],
      ["asia-south2", "IN"],
      ["australia-southeast2", "AU"],
      ["asia-northeast2", "JP"],
    ];
    for (const [region, country] of facts) {
      it(`${region} is in ${country}`, () => {
        assert.deepEqual(defaultCatalog.lookup("gcp", "regions", region)?.countries, [country]);
      });
    }

    it("reads a zone name as its region, in any case", () => {
      assert.equal(gcpRegionOfZone("europe-west3-a"), "europe-west3");
      assert.equal(gcpRegionOfZone("us-central1-f"), "us-central1");
      assert.equal(gcpRegionOfZone("europe-west3"), undefined);
      assert.equal(defaultCatalog.lookup("gcp", "regions", "europe-west3-a")?.name, "europe-west3");
      assert.equal(defaultCatalog.lookup("gcp", "regions", "EUROPE-WEST3")?.name, "europe-west3");
      assert.equal(defaultCatalog.lookup("gcp", "gcs", "EUROPE-WEST3")?.name, "europe-west3");
    });

    it("has every region in GCS, KMS and BigQuery too", () => {
      for (const region of defaultCatalog.all("gcp", "regions")) {
        for (const service of ["gcs", "gcp-kms", "bigquery"] as const) {
          const l = defaultCatalog.lookup("gcp", service, region.name);
          assert.deepEqual(l?.countries, region.countries, `${service} ${region.name}`);
          assert.equal(l?.service, service);
        }
      }
    });
  });

  describe("Cloud Storage", () => {
    it("accepts eu and EU alike", () => {
      assert.equal(defaultCatalog.lookup("gcp", "gcs", "eu")?.name, "EU");
      assert.equal(defaultCatalog.lookup("gcp", "gcs", "Eu")?.kind, "multi-region");
    });

    const facts: [location: string, zones: string[], members?: string[]][] = [
      ["EU", ["eea", "eu"]], // EU member states only: never London or Zurich
      ["US", ["us"]],
      ["ASIA", []],
      ["EUR4", ["eea", "eu"], ["europe-north1", "europe-west4"]],
      ["EUR5", [], ["europe-west1", "europe-west2"]], // Belgium + London: in no zone
      ["EUR7", [], ["europe-west2", "europe-west3"]], // Google's table: London + Frankfurt
      ["EUR8", [], ["europe-west3", "europe-west6"]], // Frankfurt + Zurich
      ["NAM4", ["us"], ["us-central1", "us-east1"]],
      ["ASIA1", ["jp"], ["asia-northeast1", "asia-northeast2"]],
      ["DE", ["eea", "eu"]],
    ];
    for (const [location, zones, members] of facts) {
      it(`${location} is in zones [${zones.join(", ")}]`, () => {
        assert.deepEqual(zoneIds("gcs", location), zones);
        if (members) assert.deepEqual(defaultCatalog.lookup("gcp", "gcs", location)?.memberRegions, members);
      });
    }

    it("EUR5 includes London and EUR8 Zurich", () => {
      assert.ok(defaultCatalog.lookup("gcp", "gcs", "EUR5")?.countries.includes("GB"));
      assert.ok(defaultCatalog.lookup("gcp", "gcs", "EUR8")?.countries.includes("CH"));
    });

    it("GCS EU excludes the UK and Switzerland", () => {
      const eu = defaultCatalog.lookup("gcp", "gcs", "EU");
      assert.ok(eu && !eu.countries.includes("GB") && !eu.countries.includes("CH"));
    });

    it("does not know KMS-only names", () => {
      assert.equal(defaultCatalog.lookup("gcp", "gcs", "europe"), undefined);
      assert.equal(defaultCatalog.lookup("gcp", "gcs", "global"), undefined);
    });
  });

  describe("Cloud KMS", () => {
    it("nam4 in KMS is not GCS NAM4 (three sites against two)", () => {
      const kms = defaultCatalog.lookup("gcp", "gcp-kms", "nam4");
      const gcs = defaultCatalog.lookup("gcp", "gcs", "NAM4");
      assert.ok(kms && gcs);
      assert.equal(kms.service, "gcp-kms");
      assert.equal(gcs.service, "gcs");
      assert.notEqual(kms.displayName, gcs.displayName);
      assert.match(kms.displayName, /Oklahoma/);
    });

    it("europe is EU-only (KMS: never London or Zurich) and is the key ring for an EU bucket", () => {
      assert.deepEqual(zoneIds("gcp-kms", "europe"), ["eea", "eu"]);
    });

    it("global is everywhere, so in no zone", () => {
      const global = defaultCatalog.lookup("gcp", "gcp-kms", "global");
      assert.equal(global?.kind, "global");
      for (const zone of defaultZones.list()) assert.equal(locationInZone(global, zone), false, zone.id);
    });

    it("does not know the GCS spelling EU", () => {
      assert.equal(defaultCatalog.lookup("gcp", "gcp-kms", "EU"), undefined);
    });
  });

  describe("BigQuery", () => {
    it("has the EU and US multi-regions", () => {
      assert.deepEqual(zoneIds("bigquery", "EU"), ["eea", "eu"]);
      assert.deepEqual(zoneIds("bigquery", "us"), ["us"]);
    });

    it("documents US as the default dataset location, for the pack", () => {
      assert.equal(BIGQUERY_DEFAULT_LOCATION, "US");
      assert.ok(defaultCatalog.lookup("gcp", "bigquery", BIGQUERY_DEFAULT_LOCATION));
    });
  });
});
