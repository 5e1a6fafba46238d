import assert from "node:assert/strict";
import {
  createCatalog,
  createZones,
  defaultCatalog,
  defaultZones,
  locationInZone,
  SovereigntyInputError,
  type Location,
} from "../../../sovereignty";

describe("zones", () => {
  it("has the built-in zones the design names", () => {
    const ids = defaultZones.list().map((z) => z.id);
    for (const id of ["eu", "eea", "us", "uk", "ch", "br", "in", "ca", "au", "jp"])
      assert.ok(ids.includes(id), id);
  });

  const membership: [zone: string, inside: string[], outside: string[]][] = [
    [
      "eu",
      ["DE", "FR", "IE", "NL", "SE", "PL", "GR", "HR", "CY", "MT"],
      ["NO", "IS", "LI", "GB", "CH", "US", "TR"],
    ],
    ["eea", ["DE", "FR", "IE", "NO", "IS", "LI"], ["GB", "CH", "US"]],
    ["uk", ["GB"], ["IE", "DE", "US"]],
    ["ch", ["CH"], ["LI", "DE", "FR"]],
    ["us", ["US"], ["CA", "MX", "PR"]],
    ["br", ["BR"], ["US", "CL"]],
    ["in", ["IN"], ["AE", "SG"]],
    ["ca", ["CA"], ["US"]],
    ["au", ["AU"], ["NZ"]],
    ["jp", ["JP"], ["KR"]],
  ];
  for (const [id, inside, outside] of membership) {
    it(`${id} holds ${inside.join(" ")} and not ${outside.join(" ")}`, () => {
      const zone = defaultZones.require(id);
      for (const c of inside) assert.ok(zone.countries.has(c), `${c} in ${id}`);
      for (const c of outside) assert.ok(!zone.countries.has(c), `${c} not in ${id}`);
      assert.ok(zone.legalFrameworks.length > 0);
      assert.equal(zone.source, "builtin");
    });
  }

  it("has legal frameworks as metadata (GDPR, LGPD, DPDP, PIPEDA, APPI)", () => {
    const frameworks = (id: string) => defaultZones.require(id).legalFrameworks.join(" ");
    assert.match(frameworks("eu"), /GDPR/);
    assert.match(frameworks("br"), /LGPD/);
    assert.match(frameworks("in"), /DPDP/);
    assert.match(frameworks("ca"), /PIPEDA/);
    assert.match(frameworks("jp"), /APPI/);
  });

  it("requires a known zone, naming the nearest ids", () => {
    assert.throws(
      () => defaultZones.require("eu-west"),
      (e: unknown) => {
        assert.ok(e instanceof SovereigntyInputError);
        assert.match(e.message, /unknown zone "eu-west"/);
        assert.match(e.message, /nearest: .*eu/);
        return true;
      },
    );
    assert.equal(defaultZones.get("EU")?.id, "eu");
    assert.equal(defaultZones.get("nowhere"), undefined);
  });

  describe("locationInZone", () => {
    const eu = defaultZones.require("eu");
    it("is false for an unknown location (fail closed)", () => {
      assert.equal(locationInZone(undefined, eu), false);
    });
    it("needs the whole country set inside", () => {
      const both: Location = {
        ...defaultCatalog.lookup("aws", "regions", "eu-central-1")!,
        countries: ["DE", "GB"],
      };
      assert.equal(locationInZone(both, eu), false);
    });
    it("is false for an empty country set", () => {
      const empty: Location = { ...defaultCatalog.lookup("aws", "regions", "eu-central-1")!, countries: [] };
      assert.equal(locationInZone(empty, eu), false);
    });
  });

  describe("user-defined zones", () => {
    it("by countries", () => {
      const zones = createZones(defaultCatalog, [
        { id: "dach", name: "DACH", countries: ["de", "AT", "CH"] },
      ]);
      const dach = zones.require("dach");
      assert.equal(dach.source, "policy-config");
      assert.deepEqual([...dach.countries].sort(), ["AT", "CH", "DE"]);
      assert.equal(locationInZone(defaultCatalog.lookup("aws", "regions", "eu-central-2"), dach), true);
      assert.equal(locationInZone(defaultCatalog.lookup("gcp", "gcs", "EUR8"), dach), true);
      assert.equal(locationInZone(defaultCatalog.lookup("gcp", "gcs", "EUR7"), dach), false);
      assert.ok(zones.get("eu"), "built-ins stay");
    });

    it("by locations (each location's countries)", () => {
      const zones = createZones(defaultCatalog, [
        {
          id: "frankfurt-zurich",
          locations: [
            { cloud: "aws", location: "eu-central-1" },
            { cloud: "gcp", service: "gcs", location: "EUR8" },
          ],
        },
      ]);
      assert.deepEqual([...zones.require("frankfurt-zurich").countries].sort(), ["CH", "DE"]);
      assert.equal(zones.require("frankfurt-zurich").name, "frankfurt-zurich");
    });

    it("over a catalog with extra locations", () => {
      const catalog = createCatalog([{ cloud: "aws", location: "eu-isoe-west-1", countries: ["GB"] }]);
      const zones = createZones(catalog, [
        { id: "uk-gov", locations: [{ cloud: "aws", location: "eu-isoe-west-1" }] },
      ]);
      assert.deepEqual([...zones.require("uk-gov").countries], ["GB"]);
    });

    const bad: [what: string, spec: unknown, message: RegExp][] = [
      ["an unknown country", { id: "x", countries: ["XX"] }, /"XX" is not an ISO 3166-1 alpha-2/],
      [
        "an unknown location",
        { id: "x", locations: [{ cloud: "azure", location: "West Europa" }] },
        /unknown azure region "West Europa" \(nearest: westeurope/,
      ],
      [
        "an unknown cloud",
        { id: "x", locations: [{ cloud: "oci", location: "eu-frankfurt-1" }] },
        /cloud must be one of aws, azure, gcp/,
      ],
      [
        "a global location",
        { id: "x", locations: [{ cloud: "gcp", service: "gcp-kms", location: "global" }] },
        /global/,
      ],
      ["no countries", { id: "x" }, /at least one country/],
      ["a built-in id", { id: "eu", countries: ["DE"] }, /already a built-in zone/],
      ["an id that is not a label", { id: "My Zone", countries: ["DE"] }, /lower-case/],
    ];
    for (const [what, spec, message] of bad) {
      it(`rejects ${what}`, () => {
        assert.throws(
          () => createZones(defaultCatalog, [spec as never]),
          (e: unknown) => {
            assert.ok(e instanceof SovereigntyInputError, String(e));
            assert.match(e.message, message);
            return true;
          },
        );
      });
    }

    it("rejects a zone defined twice", () => {
      assert.throws(
        () =>
          createZones(defaultCatalog, [
            { id: "a", countries: ["DE"] },
            { id: "a", countries: ["FR"] },
          ]),
        /defined twice/,
      );
    });
  });
});
