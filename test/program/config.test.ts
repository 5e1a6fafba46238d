import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadStackConfig, parseConfigOverrides, SECRET_PLACEHOLDER } from "../../cli/check/program/config";
import { readProject } from "../../cli/check/program/project";
import { answerInvoke, FAKE_AWS_ACCOUNT } from "../../cli/check/program/invokes";
import { UserError } from "../../cli/errors";

describe("programs: stack config", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-config-test-"));
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: shop\nruntime: nodejs\nconfig:\n  zone: eu\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("marks a secure value nested in an object secret and hides it", () => {
    fs.writeFileSync(
      path.join(dir, "Pulumi.dev.yaml"),
      "config:\n  shop:db:\n    host: db.internal\n    password:\n      secure: v1:abc\n  aws:config:region: eu-west-1\n",
    );
    const config = loadStackConfig(readProject(dir), { stack: "dev" });
    assert.deepEqual(config.secretKeys, ["shop:db"]);
    assert.deepEqual(JSON.parse(config.values["shop:db"] ?? ""), {
      host: "db.internal",
      password: SECRET_PLACEHOLDER,
    });
    assert.equal(config.values["aws:region"], "eu-west-1", "the old aws:config:region spelling");
    assert.equal(config.values["shop:zone"], "eu", "a plain project-level value");
  });

  it("accepts a stack without a config file when the project has none", () => {
    assert.deepEqual(loadStackConfig(readProject(dir), { stack: "dev" }).values, { "shop:zone": "eu" });
  });

  it("rejects a malformed key and a malformed --config pair", () => {
    assert.throws(
      () => loadStackConfig(readProject(dir), { stack: "dev", overrides: { "a:b:c": "x" } }),
      UserError,
    );
    assert.throws(() => parseConfigOverrides(["aws:region"]), /expected key=value/);
    assert.deepEqual(parseConfigOverrides(["aws:region=eu-north-1", 'tags={"a":"="}']), {
      "aws:region": "eu-north-1",
      tags: '{"a":"="}',
    });
  });
});

describe("programs: invokes", () => {
  const config = { "aws:region": "cn-north-1", "gcp:project": "acme-prod" };

  it("answers where and as whom the program runs from config", () => {
    assert.equal(answerInvoke("aws:index/getRegion:getRegion", {}, config)["name"], "cn-north-1");
    assert.equal(answerInvoke("aws:index/getPartition:getPartition", {}, config)["partition"], "aws-cn");
    const identity = answerInvoke("aws:index/getCallerIdentity:getCallerIdentity", {}, config);
    assert.equal(identity["accountId"], FAKE_AWS_ACCOUNT);
    assert.match(String(identity["arn"]), /^arn:aws-cn:iam::/);
    assert.equal(
      answerInvoke("gcp:organizations/getProject:getProject", {}, config)["projectId"],
      "acme-prod",
    );
    assert.deepEqual(answerInvoke("aws:ec2/getVpc:getVpc", {}, config), {});
  });

  it("fails like the provider would when the AWS region is not configured", () => {
    assert.throws(() => answerInvoke("aws:index/getRegion:getRegion", {}, {}), /set aws:region/);
  });
});
