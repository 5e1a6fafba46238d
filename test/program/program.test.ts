import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProgramSnapshot, type ProgramSnapshot } from "../../cli/check/program";
import { SECRET_PLACEHOLDER } from "../../cli/check/program/config";
import { UNKNOWN, SIG_KEY, SECRET_SIG, type SnapshotResource } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";

const FIXTURES = path.join(__dirname, "..", "fixtures", "programs");

function byName(snapshot: ProgramSnapshot, name: string): SnapshotResource {
  const found = snapshot.resources.find((resource) => resource.name === name);
  assert.ok(found, `no resource named ${name} in ${snapshot.resources.map((r) => r.name).join(", ")}`);
  return found;
}

async function rejectsWithUserError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.match(err.message, pattern);
    assert.doesNotMatch(err.message, /\n/, "the message must be one line");
    return true;
  });
}

describe("programs: a CommonJS TypeScript program", () => {
  let snapshot: ProgramSnapshot;
  before(async () => {
    snapshot = await loadProgramSnapshot({ dir: path.join(FIXTURES, "ts-cjs"), stack: "dev" });
  });

  it("records every registration in program order under the stack root", () => {
    assert.equal(snapshot.kind, "program");
    assert.equal(snapshot.project, "ts-cjs");
    assert.equal(snapshot.stack, "dev");
    assert.deepEqual(
      snapshot.resources.map((resource) => resource.type),
      [
        "pulumi:pulumi:Stack",
        "test:index:Archive",
        "aws:kms/key:Key",
        "aws:s3/bucket:Bucket",
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "aws:s3/bucket:Bucket",
      ],
    );
    const stack = snapshot.resources[0];
    assert.equal(stack?.urn, "urn:pulumi:dev::ts-cjs::pulumi:pulumi:Stack::ts-cjs-dev");
    assert.equal(byName(snapshot, "audit-log").parent, stack?.urn);
  });

  it("keeps component parents and qualifies child URNs with the parent's type", () => {
    const component = byName(snapshot, "tickets");
    assert.equal(component.custom, false);
    // The engine leaves the root stack type out of its children's URNs (pulumi/pulumi
    // pkg/resource/deploy/deployment.go generateURN).
    assert.equal(component.urn, "urn:pulumi:dev::ts-cjs::test:index:Archive::tickets");
    const bucket = byName(snapshot, "tickets-bucket");
    assert.equal(bucket.custom, true);
    assert.equal(bucket.parent, component.urn);
    assert.equal(
      bucket.urn,
      "urn:pulumi:dev::ts-cjs::test:index:Archive$aws:s3/bucket:Bucket::tickets-bucket",
    );
    assert.equal(bucket.id, undefined, "nothing exists yet at a first preview");
  });

  it("marks computed outputs unknown and keeps the real inputs", () => {
    const sse = byName(snapshot, "tickets-sse");
    assert.equal(sse.properties["bucket"], UNKNOWN, "a bucket's id is computed by the provider");
    assert.deepEqual(sse.properties["rules"], [
      { applyServerSideEncryptionByDefault: { kmsMasterKeyId: UNKNOWN, sseAlgorithm: "aws:kms" } },
    ]);
    // The region came from the getRegion invoke, answered from config: known, as at a real preview.
    assert.equal(sse.properties["region"], "eu-central-1");
    assert.deepEqual(byName(snapshot, "tickets-bucket").properties["tags"], {
      "data-classification": "personal",
      "data-residency": "eu",
    });
  });

  it("keeps dependencies and property dependencies", () => {
    const bucketUrn = byName(snapshot, "tickets-bucket").urn;
    const keyUrn = byName(snapshot, "tickets-key").urn;
    const sse = byName(snapshot, "tickets-sse");
    assert.deepEqual([...sse.dependencies].sort(), [bucketUrn, keyUrn].sort());
    assert.deepEqual(sse.propertyDependencies["bucket"], [bucketUrn]);
    assert.deepEqual(sse.propertyDependencies["rules"], [keyUrn]);
    // dependsOn a component means depending on its children.
    const log = byName(snapshot, "audit-log");
    assert.ok(log.dependencies.includes(bucketUrn));
    assert.ok(log.dependencies.includes(sse.urn));
  });

  it("records the stack config", () => {
    assert.deepEqual(snapshot.config, { "aws:region": "eu-central-1" });
    assert.deepEqual(snapshot.secretConfigKeys, []);
  });
});

describe("programs: a JavaScript ES module program", () => {
  it("loads through import() and calls a default-exported function", async () => {
    const snapshot = await loadProgramSnapshot({ dir: path.join(FIXTURES, "js-esm"), stack: "prod" });
    assert.deepEqual(
      snapshot.resources.map((resource) => resource.name),
      ["js-esm-prod", "reports", "reports-versioning"],
    );
    assert.deepEqual(byName(snapshot, "reports").properties["tags"], {
      "data-classification": "internal",
      "data-residency": "eu",
    });
    const versioning = byName(snapshot, "reports-versioning");
    assert.equal(versioning.properties["bucket"], UNKNOWN);
    assert.deepEqual(versioning.dependencies, [byName(snapshot, "reports").urn]);
  });
});

describe("programs: explicit providers", () => {
  let snapshot: ProgramSnapshot;
  before(async () => {
    snapshot = await loadProgramSnapshot({ dir: path.join(FIXTURES, "explicit-provider"), stack: "dev" });
  });

  it("keeps the provider's inputs as the engine receives them (JSON-encoded)", () => {
    const provider = byName(snapshot, "frankfurt");
    assert.equal(provider.type, "pulumi:providers:aws");
    assert.equal(provider.properties["region"], "eu-central-1");
    const defaultTags = provider.properties["defaultTags"];
    assert.equal(typeof defaultTags, "string");
    assert.deepEqual(JSON.parse(defaultTags as string), {
      tags: { "data-residency": "eu", "data-classification": "confidential" },
    });
  });

  it("references the provider as <urn>::<id> from its resources, and no provider for the default one", () => {
    const provider = byName(snapshot, "frankfurt");
    const invoices = byName(snapshot, "invoices");
    assert.ok(invoices.provider?.startsWith(`${provider.urn}::`), String(invoices.provider));
    assert.equal(byName(snapshot, "default-provider-bucket").provider, undefined);
    assert.equal(snapshot.config["aws:region"], "us-east-1", "the default provider's region stays in config");
  });
});

describe("programs: config and secrets", () => {
  const dir = path.join(FIXTURES, "config-secrets");

  it("reads Pulumi.<stack>.yaml from stackConfigDir, namespaces bare keys and JSON-encodes objects", async () => {
    const snapshot = await loadProgramSnapshot({ dir, stack: "eu" });
    assert.equal(
      snapshot.config["config-secrets:jurisdiction"],
      "eu",
      "the stack file overrides the project default",
    );
    assert.equal(snapshot.config["aws:region"], "eu-central-1");
    assert.deepEqual(JSON.parse(snapshot.config["config-secrets:tags"] ?? ""), {
      team: "helpdesk",
      "cost-centre": 42,
    });
    const db = byName(snapshot, "tickets");
    assert.deepEqual(db.properties["tags"], {
      "cost-centre": 42,
      "data-classification": "personal",
      "data-residency": "eu",
      team: "helpdesk",
    });
  });

  it("gives secure values to the program as a placeholder secret and marks them secret", async () => {
    const snapshot = await loadProgramSnapshot({ dir, stack: "eu" });
    assert.deepEqual(snapshot.secretConfigKeys, ["config-secrets:dbPassword"]);
    assert.equal(snapshot.config["config-secrets:dbPassword"], SECRET_PLACEHOLDER);
    assert.deepEqual(byName(snapshot, "tickets").properties["password"], {
      [SIG_KEY]: SECRET_SIG,
      value: SECRET_PLACEHOLDER,
    });
  });

  it("applies --config overrides last", async () => {
    const snapshot = await loadProgramSnapshot({
      dir,
      stack: "eu",
      config: { jurisdiction: "ch", "config-secrets:dbPassword": "plain" },
    });
    assert.equal(snapshot.config["config-secrets:jurisdiction"], "ch");
    assert.deepEqual(snapshot.secretConfigKeys, []);
    const tags = byName(snapshot, "tickets").properties["tags"] as Record<string, unknown>;
    assert.equal(tags["data-residency"], "ch");
  });
});

describe("programs: failures are one clear line", () => {
  const scratch: string[] = [];
  after(() => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });
  function tempProgram(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-program-test-"));
    scratch.push(dir);
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it("names the error a program throws", async () => {
    await rejectsWithUserError(
      loadProgramSnapshot({ dir: path.join(FIXTURES, "throws"), stack: "dev" }),
      /throws \(stack dev\): no jurisdiction configured for this stack \(at \S*index\.ts:\d+\)$/,
    );
  });

  // cmd/run formats the error with util.inspect(err, { colors: true }); on Node 20.20 a source-mapped
  // SDK frame (`node_modules/@pulumi/resource.ts`) made that take 20–50 s and gigabytes before the
  // SDK reported it (cli/check/program/index.ts programPreload).
  it("ends a JavaScript program's unhandled error within seconds, naming its file and line", async () => {
    const started = Date.now();
    await rejectsWithUserError(
      loadProgramSnapshot({ dir: path.join(FIXTURES, "throws-js"), stack: "dev" }),
      /throws-js \(stack dev\): no jurisdiction configured for this stack \(at \S*index\.js:5\)$/,
    );
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `took ${seconds.toFixed(1)} s`);
  });

  it("names what an invoke needed when the config lacks it", async () => {
    await rejectsWithUserError(
      loadProgramSnapshot({ dir: path.join(FIXTURES, "ts-cjs"), stack: "dev", config: { "aws:region": "" } }),
      /\(stack dev\): aws:index\/getRegion:getRegion needs the AWS region: set aws:region/,
    );
  });

  it("names a package the program imports but nobody installed", async () => {
    await rejectsWithUserError(
      loadProgramSnapshot({ dir: path.join(FIXTURES, "missing-package"), stack: "dev" }),
      /imports @acme\/not-installed-widgets, which is not installed/,
    );
  });

  it("refuses a directory without Pulumi.yaml", async () => {
    await rejectsWithUserError(loadProgramSnapshot({ dir: FIXTURES, stack: "dev" }), /has no Pulumi\.yaml/);
  });

  it("refuses a runtime other than nodejs, python and go, pointing to a preview file", async () => {
    const dir = tempProgram({ "Pulumi.yaml": "name: cs\nruntime: dotnet\n" });
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /runtime "dotnet".*nodejs, python and go.*pulumi preview --json --show-sames.*--preview/,
    );
  });

  it("runs a stack without a config file on the project config, warning and naming the stacks that have one", async () => {
    // Pulumi allows stacks configured elsewhere (Pulumi ESC): not a reason to refuse (issue 14).
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    let snapshot: ProgramSnapshot;
    try {
      snapshot = await loadProgramSnapshot({
        dir: path.join(FIXTURES, "config-secrets"),
        stack: "us",
        config: { tags: '{"team":"tax"}', dbPassword: "not-a-secret" },
      });
    } finally {
      process.stderr.write = write;
    }
    assert.equal(snapshot.stack, "us");
    assert.equal(snapshot.config["config-secrets:jurisdiction"], "us");
    assert.match(
      written.join(""),
      /warning: stack us has no Pulumi\.us\.yaml .*stacks with a file: eu.*project config only/,
    );
  });

  it("refuses an unsupported @pulumi/pulumi", async () => {
    const dir = tempProgram({
      "Pulumi.yaml": "name: old\nruntime: nodejs\n",
      "index.js": "require('@pulumi/pulumi');\n",
      "node_modules/@pulumi/pulumi/package.json": JSON.stringify({
        name: "@pulumi/pulumi",
        version: "2.25.2",
      }),
      "node_modules/@pulumi/pulumi/index.js": "module.exports = {};\n",
    });
    await rejectsWithUserError(
      loadProgramSnapshot({ dir, stack: "dev" }),
      /@pulumi\/pulumi 2\.25\.2, which is not supported.*>=3\.142\.0 <4/,
    );
  });

  it("says so when the program has no @pulumi/pulumi at all", async () => {
    const dir = tempProgram({ "Pulumi.yaml": "name: bare\nruntime: nodejs\n", "index.js": "\n" });
    await rejectsWithUserError(loadProgramSnapshot({ dir, stack: "dev" }), /cannot find @pulumi\/pulumi/);
  });
});
