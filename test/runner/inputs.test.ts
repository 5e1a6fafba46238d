import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadPreviewSnapshot } from "../../cli/check/inputs/preview";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";
import { PREVIEW, ROOT, STATE } from "./helpers";

const state = (name: string): string => path.join(ROOT, STATE, name);
const preview = (name: string): string => path.join(ROOT, PREVIEW, name);
const byName = <T extends { name: string }>(list: readonly T[], name: string): T => {
  const found = list.find((r) => r.name === name);
  assert.ok(found, `no resource ${name}`);
  return found;
};

function assertUserError(load: () => unknown, pattern: RegExp): void {
  assert.throws(load, (error: unknown) => {
    assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`);
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes("\n"), "one line");
    return true;
  });
}

describe("check inputs: pulumi stack export", () => {
  const snapshot = loadStateSnapshot(state("helpdesk-eu.json"));

  it("takes project and stack from the root stack URN and config from the default provider", () => {
    assert.equal(snapshot.kind, "state");
    assert.equal(snapshot.project, "helpdesk");
    assert.equal(snapshot.stack, "eu-prod");
    assert.equal(snapshot.config["aws:region"], "eu-central-1");
    assert.equal(snapshot.config["aws:version"], undefined, "the plugin version is not config");
  });

  it("leaves out resources pending deletion", () => {
    assert.ok(!snapshot.resources.some((r) => r.name === "old-export"));
  });

  it("keeps inputs, parent, provider reference, dependencies and protect", () => {
    const attachments = byName(snapshot.resources, "tickets-attachments");
    assert.equal(attachments.properties.floor, "good");
    assert.equal(attachments.parent, "urn:pulumi:eu-prod::helpdesk::sovereignty:storage:Bucket::tickets");
    assert.match(attachments.provider ?? "", /default_7_48_0::11111111/);
    assert.equal(attachments.protect, true);
    const versioning = byName(snapshot.resources, "export-versioning");
    assert.deepEqual(versioning.dependencies, [
      "urn:pulumi:eu-prod::helpdesk::aws:s3/bucketV2:BucketV2::export",
    ]);
  });

  it("sends an encrypted secret as a secret of unknown value and a plaintext one as its value", () => {
    assert.deepEqual(byName(snapshot.resources, "tickets-db").properties.floor, {
      [SIG_KEY]: SECRET_SIG,
      value: UNKNOWN,
    });
    assert.deepEqual(byName(snapshot.resources, "export-versioning").properties.floor, {
      [SIG_KEY]: SECRET_SIG,
      value: "bad",
    });
  });

  it("sends a resource reference as the referenced resource's id, as the engine does without KeepResources", () => {
    assert.equal(byName(snapshot.resources, "export-versioning").properties.bucket, "export-9f8e7d");
  });

  it("refuses malformed, truncated, wrong-version and wrong-kind files with one line naming the file", () => {
    assertUserError(
      () => loadStateSnapshot(state("malformed.json")),
      /--state .*malformed\.json: not valid JSON/,
    );
    assertUserError(() => loadStateSnapshot(state("truncated.json")), /truncated\.json: the JSON ends early/);
    assertUserError(
      () => loadStateSnapshot(state("wrong-version.json")),
      /deployment version 2 is not supported/,
    );
    assertUserError(() => loadStateSnapshot(state("missing-type.json")), /resources\[0\] .* has no "type"/);
    assertUserError(
      () => loadStateSnapshot(preview("helpdesk-eu.json")),
      /this is `pulumi preview --json` output \(use --preview\)/,
    );
    assertUserError(() => loadStateSnapshot(state("no-such-file.json")), /cannot read it \(no such file\)/);
  });
});

describe("check inputs: pulumi preview --json", () => {
  const snapshot = loadPreviewSnapshot(preview("helpdesk-eu.json"));

  it("reads the new state of every step that is not a delete", () => {
    assert.equal(snapshot.kind, "preview");
    assert.equal(snapshot.stack, "eu-prod");
    assert.deepEqual(
      snapshot.resources.map((r) => r.name),
      ["helpdesk-eu-prod", "attachments", "export", "attachments-policy", "tickets-db"],
    );
    assert.equal(byName(snapshot.resources, "export").properties.floor, "bad", "new inputs, not old");
  });

  it("keeps the computed placeholder as unknown and turns [secret] into a secret of unknown value", () => {
    assert.equal(byName(snapshot.resources, "attachments-policy").properties.bucket, UNKNOWN);
    assert.deepEqual(byName(snapshot.resources, "tickets-db").properties.password, {
      [SIG_KEY]: SECRET_SIG,
      value: UNKNOWN,
    });
  });

  it("takes config from the digest, a blinded secret as unknown", () => {
    assert.equal(snapshot.config["aws:region"], "eu-central-1");
    assert.equal(snapshot.config["helpdesk:dbPassword"], UNKNOWN);
  });

  it("refuses malformed, truncated and wrong-kind files with one line naming the file", () => {
    assertUserError(
      () => loadPreviewSnapshot(preview("truncated.json")),
      /--preview .*truncated\.json: the JSON ends early/,
    );
    assertUserError(() => loadPreviewSnapshot(preview("wrong-kind.json")), /not a JSON object/);
    assertUserError(
      () => loadPreviewSnapshot(preview("missing-new-state.json")),
      /steps\[0\] \(create .*\) has no "newState"/,
    );
    assertUserError(
      () => loadPreviewSnapshot(state("helpdesk-eu.json")),
      /this is `pulumi stack export` output \(use --state\)/,
    );
  });
});
