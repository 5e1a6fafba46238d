import { strict as assert } from "node:assert";
import { renderText } from "../../cli/check/report/text";
import { LOCATION_DESCRIPTION, SAMPLE_REPORTS } from "./sample";

describe("text report", () => {
  const text = renderText(SAMPLE_REPORTS, { color: false });

  it("orders findings by severity, then resource, and shows severity and level", () => {
    const heads = text
      .split("\n")
      .filter((line) => /^ {2}(CRITICAL|HIGH|MEDIUM|LOW|UNRATED) /.test(line))
      .map((line) =>
        line
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3)
          .join(" | ")
          .replace(/ at .*$/, ""),
      );
    assert.deepEqual(heads, [
      "CRITICAL | advisory | Bucket logs (aws:s3/bucket:Bucket)",
      "CRITICAL | mandatory | Bucket tickets (aws:s3/bucket:Bucket)",
      "HIGH | mandatory | stack",
      "UNRATED | remediate | Bucket public (aws:s3/bucket:Bucket)",
    ]);
  });

  it("shows each violation's own message, and the program line that made the resource", () => {
    assert.match(text, /Bucket tickets \(aws:s3\/bucket:Bucket\) at stacks\/violations-demo\.ts:42\n/);
    assert.match(text, /residency-location\n +`eu-west-2` \(London: GB\) is outside the declared zone `eu`/);
    assert.match(text, /Bucket <public> allows public read\n? +via an ACL/);
  });

  it("describes each reported policy once, with how to fix it", () => {
    assert.equal(text.split("Data-holding resources stay in their declared zone.").length - 1, 1);
    assert.ok(LOCATION_DESCRIPTION.startsWith("Data-holding resources stay"));
    assert.match(
      text,
      /policies reported\n {4}sovereignty\/residency-location \(critical\)\n {6}Data-holding/,
    );
    assert.match(text, /Fix: Move the resource to a location inside the zone\./);
  });

  it("describes a policy reported in several stacks once", () => {
    const twice = renderText([SAMPLE_REPORTS[0]!, { ...SAMPLE_REPORTS[0]!, stack: "copy" }], {
      color: false,
    });
    assert.equal(twice.split("Data-holding resources stay in their declared zone.").length - 1, 1);
    assert.equal(twice.split("CRITICAL  mandatory  Bucket tickets").length - 1, 2, "findings of both stacks");
  });

  it("says which tags remediation set, with their values", () => {
    assert.match(
      text,
      /remediated before analysis\n {4}Bucket logs: added data-residency=eu, data-classification=internal/,
    );
  });

  it("fits every line in the width: 100 columns by default, the terminal's when given", () => {
    const long = structuredClone(SAMPLE_REPORTS) as typeof SAMPLE_REPORTS;
    const tickets = long[0]!.violations[1]! as { message: string };
    tickets.message = `${LOCATION_DESCRIPTION}\n${"a-very-long-resource-name-".repeat(8)} is outside the declared zone`;
    for (const [width, options] of [
      [100, { color: false }],
      [60, { color: false, width: 60 }],
    ] as const) {
      for (const line of renderText(long, options).split("\n")) {
        assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
      }
    }
  });
});
