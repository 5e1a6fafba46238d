import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runResourcePolicy, UNKNOWN } from "./harness";

const P = "all-transfer-approvals-must-be-valid";
const approvals = [
  {
    id: "br-backup",
    from: "br",
    to: "us-east-1",
    classifications: ["confidential"],
    legalBasis: "LGPD Art. 33 II",
    expires: "2027-06-30",
  },
];
const config = { sovereignty: { approvals, now: "2027-01-15" } };
const bucket = (tags: Record<string, string>) => ({
  type: "aws:s3/bucket:Bucket",
  props: { region: "sa-east-1", tags },
});

describe(P, () => {
  it("passes a declared, current, matching approval", async () => {
    assert.deepEqual(
      await runResourcePolicy(
        P,
        bucket({
          "data-residency": "br",
          "data-classification": "confidential",
          "transfer-approval": "br-backup",
        }),
        config,
      ),
      [],
    );
  });
  it("passes resources without an approval tag", async () => {
    assert.deepEqual(
      await runResourcePolicy(
        P,
        bucket({ "data-residency": "br", "data-classification": "confidential" }),
        config,
      ),
      [],
    );
  });
  it("fails an undeclared approval, listing the declared ones", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({ "data-residency": "br", "data-classification": "confidential", "transfer-approval": "nope" }),
      config,
    );
    assert.match(d[0]!.message, /`nope` is not declared.*declared: br-backup/);
  });
  it("fails an expired approval (judged at sovereignty.now)", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({
        "data-residency": "br",
        "data-classification": "confidential",
        "transfer-approval": "br-backup",
      }),
      { sovereignty: { approvals, now: "2027-07-01" } },
    );
    assert.match(d[0]!.message, /expired on 2027-06-30/);
  });
  it("the expiry day itself is still valid", async () => {
    assert.deepEqual(
      await runResourcePolicy(
        P,
        bucket({
          "data-residency": "br",
          "data-classification": "confidential",
          "transfer-approval": "br-backup",
        }),
        { sovereignty: { approvals, now: "2027-06-30T12:00:00Z" } },
      ),
      [],
    );
  });
  it("fails a zone mismatch", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({
        "data-residency": "eu",
        "data-classification": "confidential",
        "transfer-approval": "br-backup",
      }),
      config,
    );
    assert.match(d[0]!.message, /from zone `br`, not `eu`/);
  });
  it("fails a classification mismatch", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({ "data-residency": "br", "data-classification": "personal", "transfer-approval": "br-backup" }),
      config,
    );
    assert.match(d[0]!.message, /covers confidential data, not personal/);
  });
  it("evasion: the tag key's casing does not hide it", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({ "data-residency": "br", "data-classification": "confidential", "Transfer-Approval ": "nope" }),
      config,
    );
    assert.equal(d.length, 1);
  });
  it("unknown approval tag on personal data: mandatory cannot-verify", async () => {
    const d = await runResourcePolicy(
      P,
      bucket({ "data-residency": "br", "data-classification": "personal", "transfer-approval": UNKNOWN }),
      config,
    );
    assert.equal(d[0]!.level, "mandatory");
    assert.match(d[0]!.message, /cannot verify its transfer approval/);
  });
  it("rejects an approval whose `from` is not a zone", async () => {
    await assert.rejects(
      runResourcePolicy(P, bucket({}), { sovereignty: { approvals: [{ ...approvals[0], from: "mars" }] } }),
      /approvals\[0\]\.from: `mars` is not a zone/,
    );
  });
});
