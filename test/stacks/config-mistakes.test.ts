// Mistakes in a stack's config fail the program run with one line naming the key and what was
// expected — and a region outside the declared zone is refused by the components before any
// resource exists, so a stack cannot be pointed out of its jurisdiction by config alone.
import { strict as assert } from "node:assert";
import { loadProgramSnapshot } from "../../cli/check/program";
import { UserError } from "../../cli/errors";
import { ROOT } from "./helpers";

async function failure(stack: string, config: Record<string, string>): Promise<string> {
  try {
    await loadProgramSnapshot({ dir: ROOT, stack, config });
  } catch (err) {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.equal(err.message.includes("\n"), false, "one line");
    return err.message;
  }
  assert.fail(`stack ${stack} with ${JSON.stringify(config)} ran`);
}

describe("stacks: config mistakes", function () {
  it("names pulumi-sovereignty:system and the systems there are when it is misspelt", async function () {
    const message = await failure("helpdesk-eu", { "pulumi-sovereignty:system": "helpdsk" });
    assert.match(
      message,
      /pulumi-sovereignty:system is "helpdsk": expected one of helpdesk, purchase-orders, backup, violations-demo/,
    );
  });

  it("refuses to move the helpdesk to London (eu-west-2 is not in the EU)", async function () {
    const message = await failure("helpdesk-eu", { "aws:region": "eu-west-2" });
    assert.match(message, /eu-west-2 .*outside the declared zone "eu"/);
  });
});
