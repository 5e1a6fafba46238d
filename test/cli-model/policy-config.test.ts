import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./capture";

const DACH = { id: "dach", name: "Germany, Austria, Switzerland", countries: ["DE", "AT", "CH"] };
// A region the built-in catalog does not know (so `where` without the flag refuses it).
const EXTRA = { cloud: "aws", location: "eu-central-7", countries: ["AT"] };

describe("--policy-config FILE (zones, regions, where)", () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), "sovereignty-cli-model-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, content: unknown): string {
    const at = path.join(dir, name);
    writeFileSync(at, typeof content === "string" ? content : JSON.stringify(content));
    return at;
  }

  const allEntry = () =>
    file("all.json", {
      all: { enforcementLevel: "mandatory", sovereignty: { zones: [DACH], locations: [EXTRA] } },
    });

  async function ok(args: string[]): Promise<string> {
    const r = await runCli(args);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    return r.stdout;
  }

  async function refused(args: string[], message: RegExp): Promise<void> {
    const r = await runCli(args);
    assert.equal(r.code, 2, `exit code for ${args.join(" ")}: ${r.stderr}`);
    assert.equal(r.stdout, "");
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }

  it("lists a user zone next to the built-in ones", async () => {
    const zones = JSON.parse(await ok(["zones", "--format", "json", "--policy-config", allEntry()])) as {
      id: string;
      countries: string[];
      source: string;
    }[];
    const dach = zones.find((z) => z.id === "dach");
    assert.deepEqual(dach?.countries, ["AT", "CH", "DE"]);
    assert.equal(dach?.source, "policy-config");
    assert.ok(zones.some((z) => z.id === "eu"));
  });

  it("regions --zone dach --cloud aws lists Frankfurt and Zurich", async () => {
    const rows = JSON.parse(
      await ok([
        "regions",
        "--zone",
        "dach",
        "--cloud",
        "aws",
        "--format",
        "json",
        "--policy-config",
        allEntry(),
      ]),
    ) as { location: string; zones: string[] }[];
    const names = rows.map((r) => r.location);
    assert.ok(names.includes("eu-central-1"), names.join(" "));
    assert.ok(names.includes("eu-central-2"), names.join(" "));
    assert.ok(!names.includes("eu-west-1"));
    for (const r of rows) assert.ok(r.zones.includes("dach"));
  });

  it("where aws eu-central-2 names zone dach (also from a single policy's entry)", async () => {
    const single = file("single.json", {
      "all-data-resources-require-residency-tags": {
        enforcementLevel: "remediate",
        sovereignty: { zones: [DACH] },
      },
    });
    for (const config of [allEntry(), single]) {
      const a = JSON.parse(
        await ok(["where", "aws", "eu-central-2", "--format", "json", "--policy-config", config]),
      ) as { zones: string[] };
      assert.deepEqual(a.zones, ["ch", "dach"]);
    }
    const text = await ok(["where", "aws", "eu-central-2", "--policy-config", single]);
    assert.match(text, /zones:\s+ch, dach/);
  });

  it("where finds a location only the config declares", async () => {
    await refused(["where", "aws", "eu-central-7"], /unknown aws region "eu-central-7"/);
    const a = JSON.parse(
      await ok(["where", "aws", "eu-central-7", "--format", "json", "--policy-config", allEntry()]),
    ) as { location: string; countries: string[]; zones: string[] };
    assert.equal(a.location, "eu-central-7");
    assert.deepEqual(a.countries, ["AT"]);
    assert.deepEqual(a.zones, ["eu", "eea", "dach"]);
  });

  it("keeps the built-in answers without the flag", async () => {
    const a = JSON.parse(await ok(["where", "aws", "eu-central-2", "--format", "json"])) as {
      zones: string[];
    };
    assert.deepEqual(a.zones, ["ch"]);
    await refused(["regions", "--zone", "dach"], /^sovereignty: unknown zone "dach"/);
  });

  it("refuses a bad file with one line naming --policy-config FILE and the problem", async () => {
    const missing = path.join(dir, "missing.json");
    const cases: [args: (f: string) => string[], f: string, problem: RegExp][] = [
      [(f) => ["zones", "--policy-config", f], missing, /cannot read the file \(ENOENT\)/],
      [(f) => ["regions", "--policy-config", f], file("bad.json", "{ all: "), /not valid JSON/],
      [
        (f) => ["where", "aws", "eu-west-1", "--policy-config", f],
        file("zones-object.json", { all: { enforcementLevel: "advisory", sovereignty: { zones: DACH } } }),
        /all\.sovereignty\.zones: expected a list/,
      ],
      [
        (f) => ["zones", "--policy-config", f],
        file("locations-string.json", { p: { sovereignty: { locations: "eu-central-7" } } }),
        /p\.sovereignty\.locations: expected a list/,
      ],
      [
        (f) => ["zones", "--policy-config", f],
        file("bad-country.json", { all: { sovereignty: { zones: [{ id: "x", countries: ["XX"] }] } } }),
        /"XX" is not an ISO 3166-1 alpha-2 country code/,
      ],
      [
        (f) => ["regions", "--policy-config", f],
        file("builtin-id.json", { all: { sovereignty: { zones: [{ id: "eu", countries: ["DE"] }] } } }),
        /already a built-in zone/,
      ],
    ];
    for (const [args, f, problem] of cases) {
      const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await refused(args(f), new RegExp(`^sovereignty: --policy-config ${escaped}: .*${problem.source}`));
    }
  });
});
