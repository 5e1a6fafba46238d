import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { UNKNOWN_ROWS, type Cls } from "./unknowns.cases";
import { explain, verdictsOf } from "./verdicts";

describe("unknowns matrix: each input unknown at preview × classification", () => {
  for (const row of UNKNOWN_ROWS) {
    for (const cls of ["internal", "personal"] as const satisfies readonly Cls[]) {
      const kind = row.expect[cls];
      it(`${row.input} · ${cls} → ${kind}`, async () => {
        const v = await verdictsOf(row.build(cls));
        const expected =
          kind === "unverifiable" ? [`${row.policy}:${cls === "personal" ? "mandatory" : "advisory"}`] : [];
        assert.deepEqual(v.verdicts, expected, explain(v));
        if (kind === "unverifiable")
          assert.ok(
            v.diagnostics.some(
              (d) => d.message.includes(`\`${row.property}\``) || d.message.includes(row.property),
            ),
            explain(v),
          );
        if (kind === "resolved") {
          // Really placed through the graph: the same reference to something outside the zone fails.
          const out = await verdictsOf(row.outside!(cls));
          assert.ok(out.verdicts.includes(`${row.policy}:mandatory`), explain(out));
          assert.ok(
            !out.diagnostics.some((d) => /cannot verify/.test(d.message.split("\n").pop()!)),
            explain(out),
          );
        }
      });
    }
  }
});
