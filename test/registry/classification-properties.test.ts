// The generated per-SDK property tables (sovereignty/registry/modules/*-location-properties.ts)
// are current with the installed SDKs: regenerate with
// `npx tsx scripts/generate-location-properties.ts` after a provider upgrade.
import { strict as assert } from "node:assert";
import { generate } from "../../scripts/generate-location-properties";

describe("module conventions: generated property tables", () => {
  it("are current with the installed SDKs' Args interfaces", async () => {
    assert.equal(await generate(true), 0, "regenerate: npx tsx scripts/generate-location-properties.ts");
  });
});
