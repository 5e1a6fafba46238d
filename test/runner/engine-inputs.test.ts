// The state and preview readers convert values copy-on-write (only objects on the way to a
// secret, a reference or a redacted value are new): the converted values must be exactly what a
// full conversion gives, in the same key order, and errors must still name where they are.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadPreviewSnapshot } from "../../cli/check/inputs/preview";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";

const REF = "5cf8f73096256a8f31e491e813e4eb8e";
const URN = "urn:pulumi:dev::proj::aws:s3/bucketV2:BucketV2::b";

let dir: string;

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

const stateWith = (inputs: unknown): unknown => ({
  version: 3,
  deployment: { resources: [{ urn: URN, type: "aws:s3/bucketV2:BucketV2", custom: true, inputs }] },
});

describe("check inputs: values converted only where they change", () => {
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-inputs-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("state: secrets and references deep inside lists and objects, other values and key order as given", () => {
    const file = write(
      "state.json",
      stateWith({
        a: 1,
        list: ["x", { keep: true }, { [SIG_KEY]: SECRET_SIG, plaintext: '{"k":[1,2]}' }, null, "y"],
        nested: { first: { deep: [0] }, ref: { [SIG_KEY]: REF, urn: "u", id: "bucket-1" }, last: "z" },
        cipher: { [SIG_KEY]: SECRET_SIG, ciphertext: "AAA" },
        plain: { tags: { "data-residency": "eu" } },
      }),
    );
    const properties = loadStateSnapshot(file).resources[0]!.properties;
    const expected = {
      a: 1,
      list: ["x", { keep: true }, { [SIG_KEY]: SECRET_SIG, value: { k: [1, 2] } }, null, "y"],
      nested: { first: { deep: [0] }, ref: "bucket-1", last: "z" },
      cipher: { [SIG_KEY]: SECRET_SIG, value: UNKNOWN },
      plain: { tags: { "data-residency": "eu" } },
    };
    assert.deepEqual(properties, expected);
    assert.equal(JSON.stringify(properties), JSON.stringify(expected), "key order kept");
  });

  it("state: a malformed secret deep inside is named by its path", () => {
    const file = write("bad.json", stateWith({ a: [1, { x: { [SIG_KEY]: SECRET_SIG } }] }));
    assert.throws(
      () => loadStateSnapshot(file),
      (error: unknown) =>
        error instanceof UserError &&
        error.message.endsWith(
          'resources[0].inputs.a[1].x: a secret must have exactly one of "ciphertext" or "plaintext"',
        ),
    );
  });

  it("preview: redacted secrets deep inside become opaque secrets, the rest as given", () => {
    const file = write("preview.json", {
      steps: [
        {
          op: "create",
          urn: URN,
          newState: {
            urn: URN,
            type: "aws:s3/bucketV2:BucketV2",
            custom: true,
            inputs: { a: [1, { p: "[secret]" }, "q"], b: { c: "d" }, e: "[secret]" },
          },
        },
      ],
    });
    const properties = loadPreviewSnapshot(file).resources[0]!.properties;
    const opaque = { [SIG_KEY]: SECRET_SIG, value: UNKNOWN };
    const expected = { a: [1, { p: opaque }, "q"], b: { c: "d" }, e: opaque };
    assert.deepEqual(properties, expected);
    assert.equal(JSON.stringify(properties), JSON.stringify(expected));
  });
});
