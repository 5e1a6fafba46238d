import assert from "node:assert/strict";
import {
  CLASSIFICATION_RULES,
  CLASSIFICATION_TAG,
  CLASSIFICATIONS,
  RESIDENCY_TAG,
  TRANSFER_APPROVAL_TAG,
  UNKNOWN_SENTINELS,
  createZones,
  defaultCatalog,
  defaultZones,
  parseClassification,
  readResidencyTags,
  validateLabelValue,
  type TagProblem,
} from "../../../sovereignty";

const UNKNOWN = [...UNKNOWN_SENTINELS][2];

function withoutMessages(problems: readonly TagProblem[]): object[] {
  return problems.map(({ message: _message, ...rest }) => rest);
}

describe("residency tags", () => {
  it("uses the keys of docs/design.md", () => {
    assert.equal(RESIDENCY_TAG, "data-residency");
    assert.equal(CLASSIFICATION_TAG, "data-classification");
    assert.equal(TRANSFER_APPROVAL_TAG, "transfer-approval");
  });

  it("reads the three tags", () => {
    const r = readResidencyTags(
      [
        {
          "data-residency": "eu",
          "data-classification": "personal",
          "transfer-approval": "tx-2026-001",
          team: "x",
        },
      ],
      defaultZones,
    );
    assert.deepEqual(r, {
      residency: "eu",
      classification: "personal",
      transferApproval: "tx-2026-001",
      problems: [],
      unknownKeys: [],
    });
  });

  it("lets resource tags override provider default tags (same key)", () => {
    const r = readResidencyTags([{ "data-residency": "us" }, { "data-residency": "eu" }], defaultZones);
    assert.equal(r.residency, "eu");
    assert.deepEqual(r.problems, []);
  });

  it("takes provider default tags when the resource has none", () => {
    const r = readResidencyTags([{ "data-classification": "internal" }, undefined, {}], defaultZones);
    assert.equal(r.classification, "internal");
  });

  it("reads keys case-insensitively and trimmed", () => {
    const r = readResidencyTags([{ " Data-Residency ": "br" }], defaultZones);
    assert.equal(r.residency, "br");
  });

  it("reports two spellings with different values as a conflict and yields no value", () => {
    const r = readResidencyTags([{ "data-residency": "eu" }, { "Data-Residency": "us" }], defaultZones);
    assert.equal(r.residency, undefined);
    assert.match(r.problems[0]?.message ?? "", /different values/);
    assert.deepEqual(withoutMessages(r.problems), [
      {
        kind: "conflict",
        key: "data-residency",
        spellings: ["data-residency", "Data-Residency"],
        values: ["eu", "us"],
      },
    ]);
  });

  it("one rule for provider defaults vs resource tags: same key as written → the resource wins; another spelling → conflict", () => {
    // AWS merges defaultTags into tagsAll by exact key; `Data-Residency` next to `data-residency`
    // stays two tags on the cloud, and the reader refuses to pick one.
    assert.equal(
      readResidencyTags([{ "data-residency": "us" }, { "data-residency": "eu" }], defaultZones).residency,
      "eu",
    );
    const r = readResidencyTags([{ "data-residency": "us" }, { " DATA-RESIDENCY": "eu" }], defaultZones);
    assert.equal(r.residency, undefined);
    assert.equal(r.problems[0]?.kind, "conflict");
    // The same value in two spellings across sources is not a conflict.
    assert.equal(
      readResidencyTags([{ "data-residency": "eu" }, { "Data-Residency": "EU" }], defaultZones).residency,
      "eu",
    );
  });

  it("an unknown map makes every key unknown unless a later source sets it", () => {
    const r = readResidencyTags([{ "data-residency": "eu" }, UNKNOWN as never], defaultZones);
    assert.equal(r.residency, undefined);
    assert.deepEqual(r.unknownKeys, ["data-residency", "data-classification", "transfer-approval"]);
    const s = readResidencyTags([UNKNOWN as never, { "data-residency": "eu" }], defaultZones);
    assert.equal(s.residency, "eu");
    assert.deepEqual(s.unknownKeys, ["data-classification", "transfer-approval"]);
  });

  it("accepts two spellings with the same value", () => {
    const r = readResidencyTags([{ "data-residency": "eu", "DATA-RESIDENCY": "eu" }], defaultZones);
    assert.equal(r.residency, "eu");
    assert.deepEqual(r.problems, []);
  });

  it("rejects an unknown zone, naming the expected ids and the nearest", () => {
    const r = readResidencyTags([{ "data-residency": "europe" }], defaultZones);
    assert.equal(r.residency, undefined);
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.kind, "invalid-value");
    assert.ok(p.kind === "invalid-value" && /a zone id: eu, eea/.test(p.expected));
  });

  it("validates the residency value against user zones too", () => {
    const zones = createZones(defaultCatalog, [{ id: "dach", countries: ["DE", "AT", "CH"] }]);
    assert.equal(readResidencyTags([{ "data-residency": "dach" }], zones).residency, "dach");
    assert.equal(readResidencyTags([{ "data-residency": "dach" }], defaultZones).residency, undefined);
  });

  it("rejects an unknown classification", () => {
    const r = readResidencyTags([{ "data-classification": "secret" }], defaultZones);
    assert.equal(r.classification, undefined);
    assert.deepEqual(withoutMessages(r.problems), [
      {
        kind: "invalid-value",
        key: "data-classification",
        value: "secret",
        expected: "one of public, internal, confidential, personal, special",
      },
    ]);
  });

  it("flags values that break the GCP label rules (they bind all three clouds) but still reads them", () => {
    const r = readResidencyTags([{ "data-residency": "EU" }], defaultZones);
    assert.equal(r.residency, "eu");
    assert.equal(r.problems[0]?.kind, "not-a-label");
  });

  it("flags an empty or non-string value", () => {
    assert.equal(
      readResidencyTags([{ "data-residency": "" }], defaultZones).problems[0]?.kind,
      "invalid-value",
    );
    assert.equal(
      readResidencyTags([{ "data-residency": 42 }], defaultZones).problems[0]?.kind,
      "invalid-value",
    );
  });

  it("never treats an unknown value as absent", () => {
    const r = readResidencyTags([{ "data-residency": UNKNOWN }], defaultZones);
    assert.equal(r.residency, undefined);
    assert.deepEqual(r.unknownKeys, ["data-residency"]);
  });

  it("ignores sources that are not tag maps", () => {
    const r = readResidencyTags([undefined, ["x"] as never, "tags" as never], defaultZones);
    assert.deepEqual(r, { problems: [], unknownKeys: [] });
  });
});

describe("validateLabelValue", () => {
  const ok = ["eu", "personal", "tx-2026_001", "", "a".repeat(63)];
  for (const v of ok)
    it(`accepts ${JSON.stringify(v.length > 20 ? `${v.slice(0, 5)}…(${v.length})` : v)}`, () =>
      assert.equal(validateLabelValue(v), undefined));
  const bad: [string, RegExp][] = [
    ["EU", /upper-case/],
    ["eu,us", /comma/],
    ["a".repeat(64), /64 characters/],
    ["eu west", /white space/],
    ["eu.west", /"\."/],
  ];
  for (const [v, reason] of bad)
    it(`rejects ${JSON.stringify(v.slice(0, 10))}`, () => assert.match(validateLabelValue(v) ?? "", reason));
});

describe("classification", () => {
  it("parses the five classifications, any case", () => {
    for (const c of CLASSIFICATIONS) assert.equal(parseClassification(c.toUpperCase()), c);
    assert.equal(parseClassification("secret"), undefined);
  });

  it("follows docs/design.md's table", () => {
    assert.deepEqual(
      CLASSIFICATIONS.map((c) => {
        const r = CLASSIFICATION_RULES[c];
        return [
          c,
          r.staysInZone,
          r.encryptionAtRest,
          r.customerManagedKeyInSameRegion,
          r.publicAccessAllowed,
          r.immutableBackups,
        ];
      }),
      [
        ["public", false, "not-required", false, true, false],
        ["internal", true, "provider-default", false, false, false],
        ["confidential", true, "required", false, false, false],
        ["personal", true, "required", true, false, true],
        ["special", true, "required", true, false, true],
      ],
    );
  });
});
