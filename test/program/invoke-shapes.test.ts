// Invoke answers shaped by the result types the provider SDKs declare, with the stack config's
// region, project and subscription where a field stands for them.
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { InvokeShapes } from "../../cli/check/program/invoke-shapes";
import { answerInvoke } from "../../cli/check/program/invokes";

const shapes = new InvokeShapes([path.resolve(__dirname, "..", "..")]);
const config = {
  "aws:region": "eu-central-1",
  "gcp:project": "helpdesk-eu",
  "azure-native:subscriptionId": "sub-1",
};
const answer = (token: string): Record<string, unknown> => answerInvoke(token, {}, config, shapes);

describe("invokes: results shaped by the SDK's declared result type", () => {
  it("gives every declared field a value of its type (lists of three, nested output types)", () => {
    const subnets = answer("aws:ec2/getSubnets:getSubnets");
    assert.equal((subnets["ids"] as string[]).length, 3);
    assert.equal(subnets["region"], "eu-central-1");
    const vpc = answer("aws:ec2/getVpc:getVpc");
    const associations = vpc["cidrBlockAssociations"] as { cidrBlock: string }[];
    assert.equal(typeof associations[0]?.cidrBlock, "string");
    assert.equal(vpc["cidrBlock"], "10.0.0.0/16");
  });

  it("keeps what must agree with the stack config over the shape (zones, identity, project, subscription)", () => {
    assert.deepEqual(answer("aws:index/getAvailabilityZones:getAvailabilityZones")["names"], [
      "eu-central-1a",
      "eu-central-1b",
      "eu-central-1c",
    ]);
    assert.equal(answer("gcp:organizations/getProject:getProject")["projectId"], "helpdesk-eu");
    const client = answer("azure-native:authorization:getClientConfig");
    assert.equal(client["subscriptionId"], "sub-1");
    assert.equal(typeof client["clientId"], "string");
  });

  it("answers JSON-typed fields with JSON and an unknown package with an empty object", () => {
    assert.equal(
      JSON.parse(answer("aws:iam/getPolicyDocument:getPolicyDocument")["json"] as string).constructor,
      Object,
    );
    assert.deepEqual(answer("nosuchprovider:index:getThing"), {});
  });
});
