// `policypack/` as a pack folder for the Pulumi CLI (`pulumi preview --policy-pack policypack`):
// @pulumi/pulumi's run-policy-pack compiles it with ts-node, type-checking, with its own defaults
// (target ES2020, module nodenext) overridden by the compilerOptions of a tsconfig.json in the
// pack folder, if there is one (cmd/run-policy-pack/run.js). Without one, strict mode is off and
// the pack did not compile (TS2339 on a discriminated union, issue 14). Checked with tsc over the
// same options.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.join(__dirname, "..", "..");
const PACK = path.join(REPO, "policypack");

interface TsUtils {
  loadTypeScriptCompilerOptions(file: string): Record<string, unknown>;
}

describe("policypack/ as a pack folder for the Pulumi CLI (ts-node's type check)", function () {
  this.timeout(180_000);

  it("type-checks with run-policy-pack's defaults and the pack folder's tsconfig.json", () => {
    assert.ok(
      fs.existsSync(path.join(PACK, "tsconfig.json")),
      "policypack/tsconfig.json is what ts-node reads",
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's own reader of it
    const tsutils = require(path.join(REPO, "node_modules", "@pulumi", "pulumi", "tsutils")) as TsUtils;
    const compilerOptions = {
      target: "ES2020",
      module: "nodenext",
      moduleResolution: "nodenext",
      sourceMap: true,
      ...tsutils.loadTypeScriptCompilerOptions(path.join(PACK, "tsconfig.json")),
      noEmit: true,
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-tsnode-"));
    try {
      const project = path.join(dir, "tsconfig.json");
      fs.writeFileSync(project, JSON.stringify({ compilerOptions, files: [path.join(PACK, "index.ts")] }));
      const tsc = spawnSync(
        process.execPath,
        [path.join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", project],
        {
          encoding: "utf8",
        },
      );
      assert.equal(tsc.status, 0, `tsc over policypack/ failed:\n${tsc.stdout}${tsc.stderr}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
