// AI inference routed by the cloud to a set of countries (issue 11 part B item 5, issue 12 item 4),
// judged by the one verdict through the built pack over gRPC: inside the zone only if every
// country is; `worldwide` never is. An Azure OpenAI deployment's SKU: `GlobalStandard` processes
// anywhere, `DataZoneStandard` within its account's data zone (the account's location is found
// through the stack graph: a deployment has none of its own).
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import type { PolicyConfigFile } from "../../cli/check/engine";
import { defaultZones } from "../../sovereignty";
import { placeInZone } from "../../sovereignty/verdict";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const ACCOUNT = "azure-native:cognitiveservices:Account";
const DEPLOYMENT = "azure-native:cognitiveservices:Deployment";
const GROUP = "azure-native:resources:ResourceGroup";

function aiStack(sku: string, location: string, zone: string) {
  const tags = { "data-residency": zone, "data-classification": "internal" };
  return stackOf([
    res(GROUP, "rg", { resourceGroupName: "rg", location, tags }),
    res(ACCOUNT, "ai", {
      accountName: "ai",
      resourceGroupName: "rg",
      location,
      kind: "OpenAI",
      sku: { name: "S0" },
      properties: { publicNetworkAccess: "Disabled" },
      tags,
    }),
    res(DEPLOYMENT, "gpt", {
      accountName: "ai",
      resourceGroupName: "rg",
      deploymentName: "gpt",
      sku: { name: sku, capacity: 10 },
      properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" } },
      tags,
    }),
  ]);
}

describe("AI inference destinations named as countries", function () {
  this.timeout(60_000);
  before(buildPack);

  it("a GlobalStandard deployment of an eu account processes worldwide: outside `eu`", async () => {
    const lines = await onTheWire(aiStack("GlobalStandard", "westeurope", "eu"));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-data-flows-stay-in-zone mandatory gpt: .*inference via `sku\.name` sends data to .*worldwide.*outside the declared zone `eu`/,
    );
  });

  it("a DataZoneStandard deployment of an account in West Europe stays in the EU data zone: clean", async () => {
    assert.deepEqual(await onTheWire(aiStack("DataZoneStandard", "westeurope", "eu")), []);
  });

  it("a DataZoneStandard deployment of an account in East US is in the US data zone: in `us`, clean", async () => {
    assert.deepEqual(await onTheWire(aiStack("DataZoneStandard", "eastus", "us")), []);
  });

  it("a Standard deployment runs in its account's region: clean", async () => {
    assert.deepEqual(await onTheWire(aiStack("Standard", "westeurope", "eu")), []);
  });

  it("worldwide is covered only by an approval whose `to` names it, never by a zone", async () => {
    const approval = (to: string): PolicyConfigFile => ({
      all: {
        enforcementLevel: "mandatory",
        sovereignty: {
          approvals: [
            {
              id: "ai-global",
              from: "eu",
              to,
              classifications: ["internal"],
              legalBasis: "DPA",
              expires: "2027-12-31",
            },
          ],
        },
      },
    });
    const stack = () => {
      const s = aiStack("GlobalStandard", "westeurope", "eu");
      return {
        ...s,
        resources: s.resources.map((r) =>
          r.name === "gpt"
            ? {
                ...r,
                properties: {
                  ...r.properties,
                  tags: {
                    "data-residency": "eu",
                    "data-classification": "internal",
                    "transfer-approval": "ai-global",
                  },
                },
              }
            : r,
        ),
      };
    };
    const byZone = await onTheWire(stack(), approval("us"));
    assert.ok(
      byZone.some((l) => /gpt: .*inference via `sku\.name`.*covers `us` only/.test(l)),
      byZone.join("\n"),
    );
  });
});

describe("the verdict on a country set (pure)", () => {
  const eu = defaultZones.get("eu")!;
  it("is inside a zone only when every country is; an empty set or `worldwide` never is", () => {
    const place = (countries: readonly string[] | "worldwide") =>
      ({ kind: "countries", countries, label: "a data zone" }) as const;
    assert.equal(placeInZone(place(["DE", "FR"]), eu), true);
    assert.equal(placeInZone(place(["DE", "GB"]), eu), false);
    assert.equal(placeInZone(place([]), eu), false);
    assert.equal(placeInZone(place("worldwide"), eu), false);
  });
});
