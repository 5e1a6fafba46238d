// Custom zones reach the components through stack config `sovereignty:policyConfig`: the same
// pack config file whose zones the pack and `sovereignty regions --policy-config` know (issue 14).
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { Bucket, ComponentInputError } from "../../components/aws";
import { StorageAccount } from "../../components/azure";
import { children, settle, useMocks } from "./harness";

const DACH = { id: "dach", name: "Germany, Austria, Switzerland", countries: ["DE", "AT", "CH"] };

function policyConfigFile(config: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-zones-"));
  const file = path.join(dir, "policy-config.json");
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

function refuses(build: () => unknown, pattern: RegExp): void {
  assert.throws(build, (err: unknown) => {
    assert.ok(err instanceof ComponentInputError, `expected ComponentInputError, got ${String(err)}`);
    assert.match(err.message, pattern);
    return true;
  });
}

describe("components: custom zones from the policy config (sovereignty:policyConfig)", () => {
  useMocks();

  it("without it, a custom zone is unknown (the built-in zones only)", () => {
    refuses(
      () => new Bucket("b", { zone: "dach", classification: "personal", region: "eu-central-1" }),
      /unknown zone "dach"/,
    );
  });

  it("with it, the components accept the zone and keep data inside it", async () => {
    const file = policyConfigFile({ all: { sovereignty: { zones: [DACH] } } });
    pulumi.runtime.setAllConfig({ "sovereignty:policyConfig": file });
    new Bucket("b", { zone: "dach", classification: "personal", region: "eu-central-2" });
    await settle();
    const tagged = children().filter(
      (r) => (r.inputs.tags as Record<string, string> | undefined) !== undefined,
    );
    assert.ok(tagged.length > 0);
    for (const r of tagged) assert.equal((r.inputs.tags as Record<string, string>)["data-residency"], "dach");
    refuses(
      () => new Bucket("c", { zone: "dach", classification: "personal", region: "eu-west-1" }),
      /outside the declared zone "dach"/,
    );
  });

  it("reads zones declared under any policy's own sovereignty settings, and locations too", () => {
    const file = policyConfigFile({
      "all-data-resources-restrict-location": {
        sovereignty: {
          zones: [{ id: "alpine", countries: ["CH", "AT"] }],
          locations: [{ cloud: "azure", location: "austriaeast", countries: ["AT"] }],
        },
      },
    });
    pulumi.runtime.setAllConfig({ "sovereignty:policyConfig": file });
    new StorageAccount("s", {
      zone: "alpine",
      classification: "internal",
      location: "austriaeast",
      resourceGroupName: "rg",
    });
  });

  it("a missing or invalid file is one clear error at `zone`", () => {
    pulumi.runtime.setAllConfig({ "sovereignty:policyConfig": "/nonexistent/policy-config.json" });
    refuses(
      () => new Bucket("b", { zone: "eu", classification: "internal", region: "eu-central-1" }),
      /zone: stack config `sovereignty:policyConfig` \/nonexistent\/policy-config\.json: no such file/,
    );
    const bad = policyConfigFile({ all: { sovereignty: { zones: [{ id: "dach", countries: ["XX"] }] } } });
    pulumi.runtime.setAllConfig({ "sovereignty:policyConfig": bad });
    refuses(
      () => new Bucket("b", { zone: "dach", classification: "internal", region: "eu-central-1" }),
      /sovereignty:policyConfig.*XX/,
    );
  });
});
