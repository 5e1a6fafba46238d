// A fresh clone after `npm ci` has no dist/: `npx sovereignty check --state f.json` builds our pack
// on demand (and rebuilds it when its sources changed) instead of exiting 2 (issue 14).
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.join(__dirname, "..", "..");
const PACK = path.join(REPO, "dist", "policypack");
const STATE = path.join("test", "fixtures", "state", "helpdesk-eu.json");

function check(): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [path.join(REPO, "bin", "sovereignty.js"), "check", "--state", STATE], {
    cwd: REPO,
    encoding: "utf8",
  });
}

describe("a checkout without a built pack (after npm ci)", function () {
  this.timeout(120_000);

  it("builds the pack on first use and checks", () => {
    fs.rmSync(PACK, { recursive: true, force: true });
    const result = check();
    assert.equal(result.status, 1, result.stderr);
    assert.match(
      result.stderr,
      /^sovereignty: building our policy pack into dist\/policypack \(not built yet\)\n/,
    );
    assert.match(result.stdout, /2 mandatory/);
    assert.ok(fs.existsSync(path.join(PACK, "PulumiPolicy.yaml")));
  });

  it("rebuilds it when a source is newer, and not otherwise", () => {
    const source = path.join(REPO, "policypack", "index.ts");
    const { atime, mtime } = fs.statSync(source);
    const built = fs.statSync(path.join(PACK, "index.js")).mtimeMs;
    try {
      fs.utimesSync(source, atime, new Date(built + 1000));
      const stale = check();
      assert.equal(stale.status, 1, stale.stderr);
      assert.match(stale.stderr, /building our policy pack into dist\/policypack \(older than its sources\)/);
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
    const current = check();
    assert.equal(current.status, 1, current.stderr);
    assert.doesNotMatch(current.stderr, /building/);
  });
});
