// The package as its users get it (issue 14): `npm pack`, installed into a new Pulumi TypeScript
// project with the template's tsconfig (from the tarball plus the npm cache: --prefer-offline),
// type-checked with tsc, and `sovereignty check` run from there — programs, custom zones, a stack
// configured elsewhere, a state export, and a component that refuses its input.
import { strict as assert } from "node:assert";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.join(__dirname, "..", "..");
const own = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  name: string;
  version: string;
  devDependencies: Record<string, string>;
};

/** `pulumi new typescript`'s tsconfig.json: no skipLibCheck, node module resolution. */
const TEMPLATE_TSCONFIG = {
  compilerOptions: {
    strict: true,
    outDir: "bin",
    target: "es2020",
    module: "commonjs",
    moduleResolution: "node",
    sourceMap: true,
    experimentalDecorators: true,
    forceConsistentCasingInFileNames: true,
  },
  files: ["index.ts"],
};

const PROGRAM = `import * as sovereign from "pulumi-sovereignty/aws";
import { defaultZones } from "pulumi-sovereignty/model";

// zone from stack config sovereignty:zone; a custom zone from sovereignty:policyConfig
const attachments = new sovereign.Bucket("attachments", {
  classification: "personal",
  region: "eu-central-1",
});
export const bucket = attachments.bucketName;
export const builtInZones = defaultZones.list().length;
`;

const POLICY_CONFIG = {
  all: {
    enforcementLevel: "mandatory",
    sovereignty: {
      zones: [{ id: "dach", name: "Germany, Austria, Switzerland", countries: ["DE", "AT", "CH"] }],
    },
  },
};

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, [...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" },
  });
}

function shown(result: SpawnSyncReturns<string>): string {
  return `exit ${String(result.status)}\n${result.stdout}\n${result.stderr}`;
}

describe("the package in a consumer's Pulumi TypeScript project", function () {
  this.timeout(240_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-consumer-"));
  const project = path.join(work, "project");
  let tarball = "";
  let install: SpawnSyncReturns<string>;

  before(() => {
    const pack = run("npm", ["pack", "--silent", "--pack-destination", work], REPO);
    assert.equal(pack.status, 0, shown(pack));
    tarball = path.join(work, pack.stdout.trim().split("\n").at(-1)!);
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify(
        {
          name: "consumer",
          main: "index.ts",
          private: true,
          devDependencies: {
            "@types/node": own.devDependencies["@types/node"],
            typescript: own.devDependencies["typescript"],
          },
          dependencies: {
            "@pulumi/pulumi": own.devDependencies["@pulumi/pulumi"],
            "@pulumi/aws": own.devDependencies["@pulumi/aws"],
            [own.name]: `file:${tarball}`,
          },
        },
        null,
        2,
      ),
    );
    fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(TEMPLATE_TSCONFIG, null, 4));
    fs.writeFileSync(path.join(project, "index.ts"), PROGRAM);
    fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: consumer\nruntime: nodejs\n");
    fs.writeFileSync(
      path.join(project, "Pulumi.dev.yaml"),
      "config:\n  aws:region: eu-central-1\n  sovereignty:zone: dach\n  sovereignty:policyConfig: policy-config.json\n",
    );
    fs.writeFileSync(path.join(project, "policy-config.json"), JSON.stringify(POLICY_CONFIG, null, 2));
    install = run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], project);
    assert.equal(install.status, 0, shown(install));
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it("ships a LICENSE, the compiled CLI and the built pack; no TypeScript sources, no bench tool", () => {
    const root = path.join(project, "node_modules", own.name);
    for (const file of [
      "LICENSE",
      "bin/sovereignty.js",
      "dist/cli/main.js",
      "dist/policypack/index.js",
      "schemas/report.schema.json",
    ])
      assert.ok(fs.existsSync(path.join(root, file)), file);
    assert.match(fs.readFileSync(path.join(root, "LICENSE"), "utf8"), /Apache License\s+Version 2\.0/);
    assert.ok(
      !fs.existsSync(path.join(root, "bin", "sovereignty-bench.js")),
      "the bench tool needs files not shipped",
    );
    assert.ok(!fs.existsSync(path.join(root, "cli", "main.ts")), "the CLI runs compiled, not through tsx");
  });

  it("installs without an install-scripts warning of its own (no tsx, so no esbuild)", () => {
    assert.doesNotMatch(`${install.stdout}${install.stderr}`, /esbuild|tsx/);
    assert.ok(!fs.existsSync(path.join(project, "node_modules", "tsx")));
  });

  it("publishes .d.ts whose comments cite no file missing from the package", () => {
    const root = path.join(project, "node_modules", own.name);
    const offending: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith(".d.ts")) {
          const text = fs.readFileSync(file, "utf8");
          // Repository files that are not in the package (not URLs): the design notes, other
          // folders, sources.
          // `docs/…` notes ship with the package: a citation of one that exists is fine.
          for (const match of text.matchAll(
            /(?<![\w./-])design\.md|\/work\/|(?<![\w./-])(?:stacks|policypack|test|bench|scripts|docs|reference)\/[\w./-]+|\.\.?\/[\w/-]+\.ts\b/g,
          )) {
            const cited = match[0].replace(/[.,;:)]+$/, "");
            if (cited.startsWith("docs/") && fs.existsSync(path.join(root, cited))) continue;
            offending.push(`${path.relative(root, file)}: ${match[0]}`);
          }
        }
      }
    };
    walk(path.join(root, "dist"));
    assert.deepEqual(offending, []);
  });

  it('type-checks `import … from "pulumi-sovereignty/aws"` with the template\'s tsconfig', () => {
    const tsc = run(
      process.execPath,
      [path.join(project, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", "."],
      project,
    );
    assert.equal(tsc.status, 0, shown(tsc));
  });

  it("`npx sovereignty check` with no flags checks the program here, a custom zone known to components and pack alike", () => {
    const check = run("npx", ["sovereignty", "check", "--policy-config", "policy-config.json"], project);
    assert.equal(check.status, 0, shown(check));
    assert.match(check.stdout, /^dev \(Pulumi\.dev\.yaml\) · \d+ resources · pulumi-sovereignty@/);
    assert.match(check.stdout, /dach\s+aws\s+eu-central-1\s+personal/);
  });

  it("`npx sovereignty check` with no flags at all runs the program here; the pack, not given the config, does not know `dach`", () => {
    const check = run("npx", ["sovereignty", "check"], project);
    assert.equal(check.status, 1, shown(check));
    assert.match(check.stdout, /^dev \(Pulumi\.dev\.yaml\) · \d+ resources/);
    assert.match(check.stdout, /dach/);
  });

  it("runs a stack configured elsewhere (no Pulumi.prod.yaml) on the project config, with a warning", () => {
    const check = run(
      "npx",
      ["sovereignty", "check", "--stack", "prod", "--config", "sovereignty:zone=eu", "--format", "json"],
      project,
    );
    assert.equal(check.status, 0, shown(check));
    assert.match(check.stderr, /warning: stack prod has no Pulumi\.prod\.yaml/);
    assert.equal((JSON.parse(check.stdout) as { stack: string }).stack, "prod");
  });

  it("checks a state export with the shipped pack (its @pulumi/policy installed with it)", () => {
    const check = run(
      "npx",
      ["sovereignty", "check", "--state", path.join(REPO, "test", "fixtures", "state", "helpdesk-eu.json")],
      project,
    );
    assert.equal(check.status, 1, shown(check));
    assert.match(check.stdout, /2 mandatory/);
  });

  it("a component that refuses its input still leaves a SARIF log for the upload step", () => {
    const sarif = path.join(project, "check.sarif");
    const check = run(
      "npx",
      ["sovereignty", "check", "--config", "sovereignty:zone=us", "--format", "sarif", "--output", sarif],
      project,
    );
    assert.equal(check.status, 2, shown(check));
    assert.match(
      check.stderr,
      /^sovereignty: .*sovereignty:aws:Bucket "attachments".*outside the declared zone "us"/,
    );
    const log = JSON.parse(fs.readFileSync(sarif, "utf8")) as {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { message: { text: string } }[];
        }[];
      }[];
    };
    const invocation = log.runs[0]!.invocations[0]!;
    assert.equal(invocation.executionSuccessful, false);
    assert.match(invocation.toolExecutionNotifications[0]!.message.text, /outside the declared zone "us"/);
  });
});
