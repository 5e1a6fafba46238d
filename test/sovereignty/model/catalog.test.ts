import assert from "node:assert/strict";
import {
  CATALOG_VERSION,
  CLOUDS,
  ISO_COUNTRY_CODES,
  SovereigntyInputError,
  createCatalog,
  defaultCatalog,
  defaultZones,
  zonesContaining,
} from "../../../sovereignty";

describe("catalog", () => {
  it("has a version", () => {
    assert.match(CATALOG_VERSION, /^\d{4}\.\d{1,2}\.\d+$/);
  });

  it("gives every entry ISO countries and a source", () => {
    assert.equal(ISO_COUNTRY_CODES.size, 249);
    for (const l of defaultCatalog.all()) {
      assert.ok(l.countries.length > 0, l.name);
      for (const c of l.countries)
        assert.ok(ISO_COUNTRY_CODES.has(c), `${l.cloud} ${l.service} ${l.name}: ${c}`);
      assert.match(l.source, /^https:\/\//, l.name);
    }
  });

  it("has entries for every cloud", () => {
    for (const cloud of CLOUDS) assert.ok(defaultCatalog.all(cloud).length > 0, cloud);
  });

  it("knows nothing of empty or non-string names", () => {
    assert.equal(defaultCatalog.lookup("aws", "regions", ""), undefined);
    assert.equal(defaultCatalog.lookup("aws", "regions", undefined as never), undefined);
  });

  describe("extra locations", () => {
    it("adds a location with its countries, source policy-config", () => {
      const catalog = createCatalog([
        { cloud: "gcp", service: "gcs", location: "eur6", countries: ["nl", "DE"], kind: "dual-region" },
      ]);
      const l = catalog.lookup("gcp", "gcs", "EUR6");
      assert.ok(l);
      assert.deepEqual(l.countries, ["NL", "DE"]);
      assert.equal(l.source, "policy-config");
      assert.deepEqual(
        zonesContaining(l, defaultZones)
          .map((z) => z.id)
          .sort(),
        ["eea", "eu"],
      );
      assert.equal(
        defaultCatalog.lookup("gcp", "gcs", "EUR6"),
        undefined,
        "the default catalog is untouched",
      );
    });

    it("accepts a known location restated with the same countries", () => {
      assert.doesNotThrow(() => createCatalog([{ cloud: "aws", location: "eu-west-2", countries: ["GB"] }]));
    });

    const bad: [what: string, spec: unknown, message: RegExp][] = [
      [
        "a bad country",
        { cloud: "aws", location: "x-1", countries: ["EU"] },
        /"EU" is not an ISO 3166-1 alpha-2/,
      ],
      ["no countries", { cloud: "aws", location: "x-1", countries: [] }, /non-empty list/],
      [
        "a bad cloud",
        { cloud: "oci", location: "x-1", countries: ["DE"] },
        /cloud "oci" is not one of aws, azure, gcp/,
      ],
      [
        "a bad service",
        { cloud: "aws", service: "gcs", location: "x-1", countries: ["DE"] },
        /service "gcs" is not one of regions for aws/,
      ],
      ["a bad kind", { cloud: "aws", location: "x-1", countries: ["DE"], kind: "zone" }, /kind "zone"/],
      ["no name", { cloud: "aws", location: " ", countries: ["DE"] }, /non-empty string/],
      [
        "moving a known location",
        { cloud: "aws", location: "eu-west-2", countries: ["IE"] },
        /already in the catalog with countries GB/,
      ],
    ];
    for (const [what, spec, message] of bad) {
      it(`rejects ${what}`, () => {
        assert.throws(
          () => createCatalog([spec as never]),
          (e: unknown) => {
            assert.ok(e instanceof SovereigntyInputError, String(e));
            assert.match(e.message, message);
            return true;
          },
        );
      });
    }
  });
});
