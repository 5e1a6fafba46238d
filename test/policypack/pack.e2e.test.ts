// The built pack (dist/policypack) run as the engine runs it, through the runner's engine
// (cli/check/engine: spawn, ConfigureStack, GetAnalyzerInfo, Configure, Analyze, AnalyzeStack)
// on `pulumi stack export` fixtures in test/fixtures/pack.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "mocha";
import { analyzeSnapshot, parsePolicyConfig, type AnalysisResult } from "../../cli/check/engine";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import { UNKNOWN, type SnapshotResource, type StackSnapshot } from "../../cli/check/snapshot";

const ROOT = path.resolve(__dirname, "..", "..");
const PACK = path.join(ROOT, "dist", "policypack");
const FIXTURES = path.join(ROOT, "test", "fixtures", "pack");
const CONFIG_FILE = path.join(FIXTURES, "policy-config.json");

async function check(fixture: string, now = "2026-11-01", withConfig = true): Promise<AnalysisResult> {
  const snapshot = loadStateSnapshot(path.join(FIXTURES, fixture));
  return analyzeSnapshot(snapshot, {
    packDir: PACK,
    now,
    ...(withConfig
      ? {
          policyConfig: parsePolicyConfig(fs.readFileSync(CONFIG_FILE, "utf8"), CONFIG_FILE),
          policyConfigFile: CONFIG_FILE,
        }
      : {}),
  });
}

function summary(result: AnalysisResult): string[] {
  return result.violations.map(
    (v) => `${v.policyName} ${v.enforcementLevel} ${v.urn.split("::").pop()}: ${v.message.split("\n").pop()}`,
  );
}

describe("policy pack over gRPC (runner engine, stack-export fixtures)", function () {
  this.timeout(60_000);
  before(() => {
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--policypack"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  });

  it("the compliant EU helpdesk stack has no violations", async () => {
    const result = await check("helpdesk-eu-compliant.json");
    assert.deepEqual(summary(result), []);
    assert.equal(result.policyPacks[0]?.name, "pulumi-sovereignty");
  });

  it("the EU helpdesk stack with faults reports each, with the catalog version and zone wording", async () => {
    const lines = summary(await check("helpdesk-eu-violations.json"));
    const expect = (re: RegExp) =>
      assert.ok(
        lines.some((l) => re.test(l)),
        `${re} not in:\n${lines.join("\n")}`,
      );
    expect(
      /all-data-resources-restrict-location mandatory attachments-replica: .*`eu-west-2` \(GB.*outside the declared zone `eu`/,
    );
    expect(
      /all-stack-references-enforce-residency mandatory attachments-replication: .*replication via `rules\[0\]\.destination\.bucket` sends data to `eu-west-2`/,
    );
    expect(/tickets-vault-lock: .*immutable retention of 7 days is below the minimum of 30 days/);
    expect(
      /all-data-resources-enforce-classification-controls mandatory tickets-db: .*`publiclyAccessible` is true/,
    );
    expect(
      /all-data-flows-stay-in-zone mandatory sessions: .*global-table via `replicas\[0\]\.regionName` sends data to `us-east-1`.*expired on 2026-06-30/,
    );
    expect(
      /all-transfer-approvals-must-be-valid mandatory sessions: .*transfer approval `sessions-us-dr` expired/,
    );
    expect(/all-data-resources-require-residency-tags mandatory notifications: /);
    assert.ok(
      lines.every((l) => /\[catalog \d/.test(l)),
      lines.join("\n"),
    );
    assert.ok(
      lines.every((l) => !/GDPR|LGPD/.test(l)),
      "messages never claim a legal conclusion",
    );
  });

  it("`--now` before the approval's expiry waives exactly that flow", async () => {
    const lines = summary(await check("helpdesk-eu-violations.json", "2026-06-01"));
    assert.ok(!lines.some((l) => /sessions: global-table/.test(l)), lines.join("\n"));
    assert.ok(!lines.some((l) => /sessions-us-dr/.test(l)), lines.join("\n"));
  });

  it("Brazilian purchase orders: GRS pairs into the US, public container; LRS passes", async () => {
    const lines = summary(await check("purchase-orders-br.json"));
    assert.ok(
      lines.some((l) =>
        /invoices-archive: .*geo-redundancy via `sku\.name` sends data to `southcentralus` \(US\) outside the declared zone `br`/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
    assert.ok(
      lines.some((l) =>
        /invoices-public: .*confidential data in invoices must not be publicly accessible/.test(l),
      ),
      lines.join("\n"),
    );
    assert.ok(!lines.some((l) => l.split(" ")[2] === "invoices:"), lines.join("\n"));
  });

  it("preview unknowns: mandatory 'cannot verify' on personal data, advisory otherwise — not the SDK's generic advisory", async () => {
    const resource = (
      type: string,
      name: string,
      properties: SnapshotResource["properties"],
    ): SnapshotResource => ({
      urn: `urn:pulumi:dev::proj::${type}::${name}`,
      type,
      name,
      custom: true,
      properties,
      dependencies: [],
      propertyDependencies: {},
    });
    const snapshot: StackSnapshot = {
      origin: "test",
      kind: "preview",
      project: "proj",
      stack: "dev",
      config: { "aws:region": "eu-central-1" },
      resources: [
        resource("aws:s3/bucket:Bucket", "personal", {
          region: UNKNOWN,
          tags: { "data-residency": "eu", "data-classification": "personal" },
        }),
        resource("aws:sqs/queue:Queue", "internal", { tags: UNKNOWN }),
      ],
    };
    const result = await analyzeSnapshot(snapshot, { packDir: PACK });
    const lines = summary(result);
    assert.ok(
      lines.some((l) =>
        /^all-data-resources-restrict-location mandatory personal: .*cannot verify .*`region` is unknown/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
    assert.ok(
      lines.some((l) =>
        /^all-data-resources-require-residency-tags advisory internal: .*cannot verify its residency tags: `tags` is unknown/.test(
          l,
        ),
      ),
      lines.join("\n"),
    );
    assert.ok(!lines.some((l) => /can't run policy/.test(l)), lines.join("\n"));
  });

  it("remediation fills missing residency tags from sovereignty.defaults, and the filled resource then passes", async () => {
    const snapshot = loadStateSnapshot(path.join(FIXTURES, "helpdesk-eu-violations.json"));
    const config = parsePolicyConfig(
      JSON.stringify({
        all: {
          enforcementLevel: "mandatory",
          sovereignty: { defaults: { "data-residency": "eu", "data-classification": "internal" } },
        },
        "all-data-resources-require-residency-tags": { enforcementLevel: "remediate" },
      }),
      "inline.json",
    );
    const result = await analyzeSnapshot(snapshot, {
      packDir: PACK,
      now: "2026-11-01",
      policyConfig: config,
      policyConfigFile: "inline.json",
    });
    assert.ok(
      result.remediations.some(
        (r) =>
          r.policyName === "all-data-resources-require-residency-tags" && r.urn.endsWith("::notifications"),
      ),
      JSON.stringify(result.remediations),
    );
    assert.ok(
      !summary(result).some((l) => /require-residency-tags .* notifications:/.test(l)),
      summary(result).join("\n"),
    );
  });
});
