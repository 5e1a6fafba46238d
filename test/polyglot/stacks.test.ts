// stacks/python and stacks/go: the helpdesk-eu system written in Python and Go with raw AWS
// resources. Each registers the same 20 resources as the TypeScript stack's components build (same
// tokens, names, inputs, providers and property dependencies) and gets the same verdict: nothing.
// And the pins agree: the Python and Go SDKs are the release of the @pulumi/pulumi this repo uses.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeSnapshot } from "../../cli/check/engine";
import { loadProgramSnapshot, type ProgramSnapshot } from "../../cli/check/program";
import type { SnapshotResource } from "../../cli/check/snapshot";
import { describeViolations, loadStack, PACK_DIR } from "../stacks/helpers";
import { POLYGLOT, ROOT, skipIf, toolchainMissing } from "./helpers";

/** A custom resource as the pack sees it, with references by resource name (URNs differ by project and parent). */
function custom(snapshot: ProgramSnapshot): Map<string, unknown> {
  const name = (urn: string): string => urn.split("::").pop() ?? urn;
  return new Map(
    snapshot.resources
      .filter((r: SnapshotResource) => r.custom)
      .map((r) => [
        `${r.type} ${r.name}`,
        {
          properties: r.properties,
          provider: r.provider,
          propertyDependencies: Object.fromEntries(
            Object.entries(r.propertyDependencies)
              .filter(([, urns]) => urns.length > 0)
              .map(([key, urns]) => [key, urns.map(name).sort()]),
          ),
        },
      ]),
  );
}

describe("polyglot: stacks/python and stacks/go (helpdesk-eu)", function () {
  this.timeout(300_000);
  let typescript: ProgramSnapshot;
  before(async function () {
    typescript = await loadStack("helpdesk-eu");
  });

  for (const language of ["python", "go"] as const) {
    describe(language, function () {
      const dir = path.join(ROOT, "stacks", language);
      let snapshot: ProgramSnapshot;
      before(async function () {
        skipIf(this, await toolchainMissing(dir));
        snapshot = await loadProgramSnapshot({ dir, stack: "helpdesk-eu" });
      });

      it("registers the resources the TypeScript stack's components build, input for input", function () {
        const expected = custom(typescript);
        assert.equal(expected.size, 20);
        assert.deepEqual(custom(snapshot), expected);
      });

      it("passes the pack, as the TypeScript stack does", async function () {
        const result = await analyzeSnapshot(snapshot, { packDir: PACK_DIR });
        assert.equal(result.violations.length, 0, describeViolations(result.violations));
      });
    });
  }
});

describe("polyglot: pinned SDK versions agree", function () {
  it("requirements.txt and go.mod pin the release of the @pulumi/pulumi this repo develops on", function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    const version = manifest.devDependencies["@pulumi/pulumi"];
    assert.ok(
      version !== undefined && /^\d+\.\d+\.\d+$/.test(version),
      `@pulumi/pulumi is pinned: ${version}`,
    );
    for (const dir of [path.join(ROOT, "stacks", "python"), path.join(POLYGLOT, "python")]) {
      const pins = fs.readFileSync(path.join(dir, "requirements.txt"), "utf8");
      assert.match(pins, new RegExp(`^pulumi==${version.replace(/\./g, "\\.")}$`, "m"), dir);
    }
    for (const dir of [path.join(ROOT, "stacks", "go"), path.join(POLYGLOT, "go")]) {
      const gomod = fs.readFileSync(path.join(dir, "go.mod"), "utf8");
      assert.match(
        gomod,
        new RegExp(`github\\.com/pulumi/pulumi/sdk/v3 v${version.replace(/\./g, "\\.")}\\b`),
        dir,
      );
      assert.ok(fs.existsSync(path.join(dir, "go.sum")), `${dir}/go.sum is committed`);
    }
  });
});
