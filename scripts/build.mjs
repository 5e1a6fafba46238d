// Build.
//   npm run build            → dist/policypack, then the library (sovereignty/ and components/ →
//                              dist/, tsconfig.lib.json; package.json `main`/`exports` point there)
//   npm run build:policypack → dist/policypack only (well under a second)
// One bundle (esbuild, CommonJS, Node 20) with our sovereignty/ model and ajv inside; only
// @pulumi/policy and @pulumi/pulumi stay external, so nothing else is resolved, type-checked
// or loaded when the pack starts (no provider SDK). Next to it: PulumiPolicy.yaml and a
// package.json naming those two as dependencies — the layout `pulumi policy publish` accepts.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "policypack");
const started = Date.now();

const rootPackage = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
const lock = JSON.parse(await readFile(path.join(root, "package-lock.json"), "utf8"));
const installed = (name) => lock.packages?.[`node_modules/${name}`]?.version;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  entryPoints: [path.join(root, "policypack", "index.ts")],
  outfile: path.join(out, "index.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Subpaths too (`@pulumi/pulumi/proto/analyzer_pb`): the engine's copy must be the one used.
  external: ["@pulumi/policy", "@pulumi/policy/*", "@pulumi/pulumi", "@pulumi/pulumi/*"],
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
  tsconfig: path.join(root, "tsconfig.json"),
});

const policyYaml = [
  "description: Keeps regulated data inside its declared jurisdiction on AWS, Azure and GCP.",
  "runtime: nodejs",
  "",
].join("\n");
await writeFile(path.join(out, "PulumiPolicy.yaml"), policyYaml);

const packPackage = {
  name: "pulumi-sovereignty-policypack",
  version: rootPackage.version,
  description: "pulumi-sovereignty CrossGuard policy pack (built).",
  license: rootPackage.license,
  main: "index.js",
  dependencies: {
    "@pulumi/policy": `^${installed("@pulumi/policy") ?? "1.21.0"}`,
    "@pulumi/pulumi": `^${installed("@pulumi/pulumi") ?? "3.204.0"}`,
  },
};
await writeFile(path.join(out, "package.json"), JSON.stringify(packPackage, null, 2) + "\n");

console.log(`build: dist/policypack (${Date.now() - started} ms)`);

if (!process.argv.includes("--policypack")) {
  const libStarted = Date.now();
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.lib.json")], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("build: the library (tsconfig.lib.json) does not compile");
    process.exit(result.status ?? 1);
  }
  console.log(`build: dist/sovereignty, dist/components (${Date.now() - libStarted} ms)`);
}
