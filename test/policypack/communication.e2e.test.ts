// Azure Communication Services keep their data at rest in `dataLocation`, a geography (`location`
// is always `global`): the catalog's `communication` locations, through the built pack over gRPC.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import { defaultCatalog } from "../../sovereignty";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const SERVICE = "azure-native:communication:CommunicationService";
const EMAIL = "azure-native:communication:EmailService";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

function acs(type: string, dataLocation: string, tags: Record<string, string> = EU_PERSONAL) {
  return stackOf([res(type, "acs", { resourceGroupName: "rg", location: "global", dataLocation, tags })]);
}

describe("Azure Communication Services are placed by `dataLocation`", function () {
  this.timeout(60_000);
  before(buildPack);

  for (const type of [SERVICE, EMAIL]) {
    const short = type.split(":").pop();
    it(`${short}: an eu-tagged service keeping data in "United States" is outside \`eu\``, async () => {
      const lines = await onTheWire(acs(type, "United States"));
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(
        lines[0]!,
        /^all-data-resources-restrict-location mandatory acs: .*is in `United States` \(US; from `dataLocation`\), outside the declared zone `eu`/,
      );
    });

    it(`${short}: in-zone twin, "Europe" (Ireland, Netherlands) and "Germany" are inside \`eu\``, async () => {
      assert.deepEqual(await onTheWire(acs(type, "Europe")), []);
      assert.deepEqual(await onTheWire(acs(type, "Germany")), []);
    });
  }

  it('evasion: `location: global` is not read as the place; "UK" and "Switzerland" are outside `eu`', async () => {
    for (const where of ["UK", "Switzerland"]) {
      const lines = await onTheWire(acs(SERVICE, where));
      assert.equal(lines.length, 1, `${where}: ${lines.join("\n")}`);
      assert.match(lines[0]!, /outside the declared zone `eu`/);
    }
  });

  it("a geography whose countries no source confirms (`Africa`, `usgov`) is never inside a zone", async () => {
    for (const where of ["Africa", "usgov"]) {
      const lines = await onTheWire(
        acs(SERVICE, where, { "data-residency": "za", "data-classification": "internal" }),
      );
      assert.equal(lines.length, 1, `${where}: ${lines.join("\n")}`);
      assert.match(lines[0]!, new RegExp(`is in \`${where}\` .*which the catalog does not know`));
    }
  });

  it("a `dataLocation` unknown at preview: cannot verify, naming the property", async () => {
    const lines = await onTheWire(acs(SERVICE, UNKNOWN));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /mandatory acs: .*cannot verify .*`dataLocation` is unknown/);
  });

  it("the catalog: one geography, its countries", () => {
    const countries = (raw: string) => defaultCatalog.lookup("azure", "communication", raw)?.countries;
    assert.deepEqual(countries("United States"), ["US"]);
    assert.deepEqual(countries("unitedstates"), ["US"]);
    assert.deepEqual(countries("Europe"), ["IE", "NL"]);
    assert.deepEqual(countries("UK"), ["GB"]);
    assert.deepEqual(countries("United Arab Emirates"), ["AE"]);
    assert.equal(countries("Africa"), undefined);
    // Not an Azure region: `westeurope` is no data location.
    assert.equal(countries("westeurope"), undefined);
  });
});
