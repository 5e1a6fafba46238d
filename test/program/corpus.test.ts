// The fixture corpus (test/fixtures/programs/corpus): real-world-shaped programs — resource objects
// as inputs, assets and archives, callback functions, components with children, explicit providers,
// StackReference, invokes feeding inputs, ESM and CommonJS, TypeScript and JavaScript, the
// organisation, a plugin-built component — each runs to a verdict of our pack in a few seconds.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeSnapshot } from "../../cli/check/engine";
import { loadProgramSnapshot } from "../../cli/check/program";

const CORPUS = path.join("test", "fixtures", "programs", "corpus");
const PACK = path.join("dist", "policypack");

/** A type each program must register (what its idiom produces). */
const EXPECTED: { readonly [program: string]: string } = {
  "apply-chains": "aws:dynamodb/table:Table",
  "async-main": "aws:ebs/volume:Volume",
  "azure-keyvault": "azure-native:keyvault:Vault",
  "bucket-events": "aws:s3/bucketNotification:BucketNotification",
  "components-nested": "acme:storage:KeyedBucket",
  "config-structured": "aws:rds/instance:Instance",
  "esm-typescript": "aws:kinesis/stream:Stream",
  "fargate-remote": "awsx:ecs:FargateService",
  "gcp-bucket": "gcp:storage/bucket:Bucket",
  "iam-policy-document": "aws:iam/policy:Policy",
  "lambda-archive": "aws:lambda/function:Function",
  "lambda-callback": "aws:lambda/function:Function",
  organization: "aws:cloudwatch/logGroup:LogGroup",
  "replication-providers": "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  "resource-get": "aws:s3/bucketLoggingV2:BucketLoggingV2",
  "resource-transforms": "aws:sns/topic:Topic",
  "s3-website": "aws:s3/bucketObjectv2:BucketObjectv2",
  "sns-sqs-esm": "aws:sns/topicSubscription:TopicSubscription",
  "stack-reference": "aws:ec2/securityGroup:SecurityGroup",
  "stack-transformation": "aws:sqs/queue:Queue",
  "unbuilt-main": "aws:sqs/queue:Queue",
  "vpc-azs": "aws:ec2/subnet:Subnet",
};

describe("program corpus: every program runs to a verdict", function () {
  this.timeout(120_000);
  before(function () {
    if (!fs.existsSync(path.join(PACK, "PulumiPolicy.yaml"))) {
      throw new Error(`our pack is not built (${PACK}): run npm run build:policypack`);
    }
  });

  it("has at least 20 programs, each listed here", () => {
    const programs = fs.readdirSync(CORPUS).sort();
    assert.ok(programs.length >= 20, `${programs.length} programs`);
    assert.deepEqual(programs, Object.keys(EXPECTED).sort());
  });

  for (const [program, type] of Object.entries(EXPECTED)) {
    it(`${program}: registers ${type} and gets a verdict, in a few seconds`, async () => {
      const started = Date.now();
      const snapshot = await loadProgramSnapshot({ dir: path.join(CORPUS, program), stack: "dev" });
      assert.ok(
        snapshot.resources.some((resource) => resource.type === type),
        snapshot.resources.map((resource) => resource.type).join(", "),
      );
      const result = await analyzeSnapshot(snapshot, { packDir: PACK, now: "2026-06-01T00:00:00.000Z" });
      assert.ok(result.resources >= snapshot.resources.length);
      assert.doesNotMatch(JSON.stringify(result.violations), /5cf8f73096256a8f31e491e813e4eb8e/);
      const seconds = (Date.now() - started) / 1000;
      assert.ok(seconds < 30, `${seconds} s`);
    });
  }
});
