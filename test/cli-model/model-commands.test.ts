import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { CATALOG_VERSION, defaultCatalog } from "../../sovereignty";
import { runCli } from "./capture";

interface RegionRow {
  cloud: string;
  location: string;
  kind: string;
  countries: string[];
  zones: string[];
}

async function json<T>(args: string[]): Promise<T> {
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  return JSON.parse(r.stdout) as T;
}

/** A user mistake: exit 2, one line on stderr naming it, nothing on stdout, no stack trace. */
async function refused(args: string[], message: RegExp): Promise<void> {
  const r = await runCli(args);
  assert.equal(r.code, 2, `exit code for ${args.join(" ")}`);
  assert.equal(r.stdout, "");
  const lines = r.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], message);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
}

describe("sovereignty zones", () => {
  it("lists the built-in zones as JSON", async () => {
    const zones = await json<{ id: string; countries: string[]; legalFrameworks: string[] }[]>([
      "zones",
      "--format",
      "json",
    ]);
    const ids = zones.map((z) => z.id);
    for (const id of ["eu", "eea", "us", "uk", "ch", "br", "in", "ca", "au", "jp"])
      assert.ok(ids.includes(id), id);
    const eea = zones.find((z) => z.id === "eea")!;
    assert.ok(eea.countries.includes("NO"));
    assert.ok(!zones.find((z) => z.id === "eu")!.countries.includes("NO"));
  });

  it("prints a table with the catalog version", async () => {
    const r = await runCli(["zones"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^ZONE\s+NAME/);
    assert.match(r.stdout, /\nbr\s+Brazil\s+BR\s+LGPD/);
    assert.ok(r.stdout.includes(CATALOG_VERSION));
  });

  it("refuses an unknown format", async () => {
    await refused(
      ["zones", "--format", "yaml"],
      /^sovereignty: unknown format "yaml": expected one of text, json$/,
    );
  });
});

describe("sovereignty regions", () => {
  it("prints exactly { cloud, location, kind, countries, zones } per location", async () => {
    const rows = await json<RegionRow[]>(["regions", "--format", "json"]);
    assert.ok(rows.length > 100);
    for (const row of rows)
      assert.deepEqual(Object.keys(row), ["cloud", "location", "kind", "countries", "zones"]);
    const london = rows.find((r) => r.cloud === "aws" && r.location === "eu-west-2");
    assert.deepEqual(london, {
      cloud: "aws",
      location: "eu-west-2",
      kind: "region",
      countries: ["GB"],
      zones: ["uk"],
    });
  });

  it("lists every region of every cloud by default", async () => {
    const rows = await json<RegionRow[]>(["regions", "--format", "json"]);
    const expected = defaultCatalog.all(undefined, "regions").length;
    assert.equal(rows.length, expected);
  });

  it("filters by zone: only locations wholly inside it", async () => {
    const rows = await json<RegionRow[]>(["regions", "--zone", "eu", "--format", "json"]);
    const names = rows.map((r) => r.location);
    assert.ok(names.includes("eu-central-1"));
    assert.ok(names.includes("westeurope"));
    assert.ok(names.includes("europe-west3"));
    for (const outside of ["eu-west-2", "eu-central-2", "norwayeast", "europe-west2", "europe-west6"]) {
      assert.ok(!names.includes(outside), outside);
    }
    for (const r of rows) assert.ok(r.zones.includes("eu"));
  });

  it("filters by cloud and zone together", async () => {
    const rows = await json<RegionRow[]>(["regions", "--cloud", "azure", "--zone", "br", "--format", "json"]);
    assert.deepEqual(rows.map((r) => r.location).sort(), ["brazilsouth", "brazilsoutheast"]);
  });

  it("lists a GCP service's locations with --service", async () => {
    const rows = await json<RegionRow[]>([
      "regions",
      "--cloud",
      "gcp",
      "--service",
      "gcs",
      "--format",
      "json",
    ]);
    const eur5 = rows.find((r) => r.location === "EUR5");
    assert.deepEqual(eur5, {
      cloud: "gcp",
      location: "EUR5",
      kind: "dual-region",
      countries: ["BE", "GB"],
      zones: [],
    });
  });

  it("prints a table", async () => {
    const r = await runCli(["regions", "--cloud", "aws", "--zone", "ch"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /aws\s+eu-central-2\s+region\s+Europe \(Zurich\)\s+CH\s+ch/);
    assert.match(r.stdout, /^1 location inside zone ch /m);
  });

  it("refuses an unknown zone with the nearest ids", async () => {
    await refused(
      ["regions", "--zone", "europe"],
      /^sovereignty: unknown zone "europe": expected one of eu, eea, .*\(nearest: .*eu/,
    );
  });

  it("refuses an unknown cloud with the nearest name", async () => {
    await refused(
      ["regions", "--cloud", "gpc"],
      /^sovereignty: unknown cloud "gpc": expected one of aws, azure, gcp \(nearest: gcp\)$/,
    );
  });

  it("names the --service that knows a location asked for as a region", async () => {
    await refused(["where", "gcp", "eur5"], /^sovereignty: unknown gcp region "eur5" .*add --service gcs\)$/);
  });

  it("refuses a service the cloud does not have", async () => {
    await refused(["regions", "--cloud", "aws", "--service", "gcs"], /service "gcs" does not exist for aws/);
  });
});

describe("sovereignty where", () => {
  const spellings: [cloud: string, input: string, service: string | undefined, location: string][] = [
    ["azure", "West Europe", undefined, "westeurope"],
    ["azure", "westeurope", undefined, "westeurope"],
    ["azure", "WestEurope", undefined, "westeurope"],
    ["gcp", "europe-west3-a", undefined, "europe-west3"],
    ["gcp", "eu", "gcs", "EU"],
    ["gcp", "nam4", "gcp-kms", "nam4"],
    ["gcp", "eu", "bigquery", "EU"],
    ["aws", "eu-central-1a", undefined, "eu-central-1"],
  ];
  for (const [cloud, input, service, location] of spellings) {
    it(`${cloud} "${input}"${service ? ` --service ${service}` : ""} is ${location}`, async () => {
      const args = ["where", cloud, input, "--format", "json", ...(service ? ["--service", service] : [])];
      const answer = await json<{ location: string; input: string }>(args);
      assert.equal(answer.location, location);
      assert.equal(answer.input, input);
    });
  }

  it("answers countries, zones and source with the catalog version", async () => {
    const a = await json<Record<string, unknown>>(["where", "aws", "eu-central-2", "--format", "json"]);
    assert.equal(a.catalogVersion, CATALOG_VERSION);
    assert.deepEqual(a.countries, ["CH"]);
    assert.deepEqual(a.zones, ["ch"]);
    assert.equal(a.partition, "aws");
    assert.match(String(a.source), /^https:\/\//);
  });

  it("reads S3's legacy EU as eu-west-1 and says so", async () => {
    const a = await json<{ location: string; note: string; zones: string[] }>([
      "where",
      "aws",
      "EU",
      "--format",
      "json",
    ]);
    assert.equal(a.location, "eu-west-1");
    assert.match(a.note, /legacy LocationConstraint/);
    assert.deepEqual(a.zones, ["eu", "eea"]);
  });

  it("says per service whether Azure geo-redundancy stays in the zone (Brazil South)", async () => {
    const a = await json<{
      geoRedundancy: {
        service: string;
        kind: string;
        location?: string;
        staysIn: string[];
        leaves: string[];
      }[];
    }>(["where", "azure", "Brazil South", "--format", "json"]);
    const by = new Map(a.geoRedundancy.map((g) => [g.service, g]));
    assert.deepEqual(by.get("storage"), {
      service: "storage",
      kind: "pair",
      location: "southcentralus",
      countries: ["US"],
      staysIn: [],
      leaves: ["br"],
    });
    assert.equal(by.get("key-vault")?.kind, "none");
    assert.deepEqual(by.get("key-vault")?.staysIn, ["br"]);
  });

  it("says geo-redundant copies from Germany West Central stay in eu and eea", async () => {
    const r = await runCli(["where", "azure", "Germany West Central"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /storage\s+germanynorth \(DE\)\s+eu, eea\s+-/);
  });

  it("prints text naming countries and zones", async () => {
    const r = await runCli(["where", "gcp", "EUR8", "--service", "gcs"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /countries: DE CH/);
    assert.match(r.stdout, /zones:\s+none/);
    assert.match(r.stdout, /regions:\s+europe-west3, europe-west6/);
  });

  it("has no geo-redundancy section outside Azure", async () => {
    const a = await json<Record<string, unknown>>(["where", "gcp", "europe-west3", "--format", "json"]);
    assert.equal(a.geoRedundancy, undefined);
  });

  it("refuses an unknown location with the nearest names", async () => {
    await refused(
      ["where", "azure", "West Europa"],
      /^sovereignty: unknown azure region "West Europa" \(nearest: westeurope/,
    );
    await refused(
      ["where", "gcp", "EUR9", "--service", "gcs"],
      /^sovereignty: unknown gcp gcs location "EUR9" \(nearest: EUR\d/,
    );
  });

  it("refuses an unknown cloud, service and format", async () => {
    await refused(
      ["where", "oracle", "x"],
      /^sovereignty: unknown cloud "oracle": expected one of aws, azure, gcp/,
    );
    await refused(["where", "gcp", "EU", "--service", "storage"], /^sovereignty: unknown service "storage"/);
    await refused(["where", "gcp", "EU", "--format", "xml"], /^sovereignty: unknown format "xml"/);
  });
});

describe("bin/sovereignty.js as a child process", function () {
  this.timeout(60000);
  const bin = path.join(__dirname, "..", "..", "bin", "sovereignty.js");

  it("answers where, and exits 2 with one line for an unknown location", () => {
    const out = execFileSync(process.execPath, [bin, "where", "aws", "eu-west-2", "--format", "json"], {
      encoding: "utf8",
    });
    assert.deepEqual(JSON.parse(out).zones, ["uk"]);
    const bad = spawnSync(process.execPath, [bin, "where", "aws", "eu-west-9"], { encoding: "utf8" });
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, "");
    assert.match(bad.stderr, /^sovereignty: unknown aws region "eu-west-9" \(nearest: [^)]*eu-west-\d/);
    assert.equal(bad.stderr.trimEnd().split("\n").length, 1);
  });
});
