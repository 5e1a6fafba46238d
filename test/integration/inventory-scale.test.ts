// The inventory reads the stack graph, which is indexed (by URN and every identity): resolving a
// reference costs what its names cost, never a scan of the stack. So the inventory of 50,000
// resources takes about five times that of 10,000, not twenty-five (the resolver it had before was
// a scan per reference: quadratic). The bound leaves room for a busy machine.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeStateExport } from "../../bench/generate";
import { inventoryOf } from "../../cli/check/inventory";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import type { StackSnapshot } from "../../cli/check/snapshot";

function timed(snapshot: StackSnapshot): number {
  const started = process.hrtime.bigint();
  inventoryOf(snapshot);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe("inventory: linear in the number of resources", function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inventory-scale-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("50,000 resources take at most 10 × the time of 10,000 (linear: 5 ×; a scan per reference: 25 ×)", () => {
    const small = loadStateSnapshot(writeStateExport(dir, 10_000, 11).file);
    const large = loadStateSnapshot(writeStateExport(dir, 50_000, 11).file);
    timed(small); // warm up the JIT and the per-token caches
    const t10 = Math.min(timed(small), timed(small));
    const t50 = Math.min(timed(large), timed(large));
    assert.ok(
      t50 <= 10 * t10,
      `10,000: ${t10.toFixed(0)} ms, 50,000: ${t50.toFixed(0)} ms (${(t50 / t10).toFixed(1)} ×)`,
    );
  });
});
