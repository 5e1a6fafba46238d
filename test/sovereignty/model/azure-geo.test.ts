import assert from "node:assert/strict";
import {
  AZURE_GEO_SERVICES,
  azureGeoReplicaRegion,
  defaultCatalog,
  defaultZones,
  locationInZone,
  type AzureGeoService,
} from "../../../sovereignty";

const region = (name: string) => {
  const l = defaultCatalog.lookup("azure", "regions", name);
  assert.ok(l, name);
  return l;
};

describe("azureGeoReplicaRegion", () => {
  const cases: [service: AzureGeoService, primary: string, expected: "none" | "unavailable" | string][] = [
    // Brazil South pairs with South Central US: GRS-style copies leave Brazil...
    ["storage", "brazilsouth", "southcentralus"],
    ["recovery-services", "brazilsouth", "southcentralus"],
    ["backup-vault", "brazilsouth", "southcentralus"],
    ["postgresql-flexible", "brazilsouth", "southcentralus"],
    ["cosmosdb-backup", "brazilsouth", "southcentralus"],
    ["sql", "brazilsouth", "southcentralus"],
    // ...but Key Vault there does not geo-replicate.
    ["key-vault", "brazilsouth", "none"],
    ["storage", "germanywestcentral", "germanynorth"],
    ["key-vault", "germanywestcentral", "germanynorth"],
    ["storage", "westeurope", "northeurope"],
    ["storage", "brazilsoutheast", "brazilsouth"],
    // No pair: Key Vault stays in the region; the others are not documented here → unavailable.
    ["key-vault", "italynorth", "none"],
    ["storage", "italynorth", "unavailable"],
    ["sql", "polandcentral", "unavailable"],
  ];
  for (const [service, primary, expected] of cases) {
    it(`${service} in ${primary} → ${expected}`, () => {
      const replica = azureGeoReplicaRegion(service, region(primary));
      if (expected === "none" || expected === "unavailable") {
        assert.equal(replica.kind, expected);
        assert.ok("reason" in replica && replica.reason.length > 0);
      } else {
        assert.equal(replica.kind, "pair");
        if (replica.kind === "pair") assert.equal(replica.location.name, expected);
      }
    });
  }

  it("a GRS copy from Brazil South leaves zone br; Key Vault's data does not", () => {
    const br = defaultZones.require("br");
    const storage = azureGeoReplicaRegion("storage", region("Brazil South"));
    assert.equal(storage.kind === "pair" && locationInZone(storage.location, br), false);
    assert.equal(azureGeoReplicaRegion("key-vault", region("Brazil South")).kind, "none");
  });

  it("answers every service for every region (never throws)", () => {
    for (const l of defaultCatalog.all("azure", "regions")) {
      for (const service of AZURE_GEO_SERVICES) assert.ok(azureGeoReplicaRegion(service, l).kind);
    }
  });

  it("refuses a non-Azure location", () => {
    const aws = defaultCatalog.lookup("aws", "regions", "eu-west-1")!;
    assert.equal(azureGeoReplicaRegion("storage", aws).kind, "unavailable");
  });
});
