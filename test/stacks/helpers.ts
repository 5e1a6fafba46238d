// Shared by the stacks tests: run a stack of stacks/ once through the offline program runner
// (each run is a child process, ~2 s), read its resources, and analyse it with the built pack.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadProgramSnapshot, type ProgramSnapshot } from "../../cli/check/program";
import { analyzeSnapshot, type AnalysisResult } from "../../cli/check/engine";
import { UNKNOWN, type SnapshotResource, type WireValue } from "../../cli/check/snapshot";
import type { Violation } from "../../cli/check/report/types";
import {
  defaultCatalog,
  defaultZones,
  locationInZone,
  type Cloud,
  type LocationService,
} from "../../sovereignty";
import { dataHoldingType } from "../../sovereignty/resource";

/** The repository root: the Pulumi project (Pulumi.yaml, `main: stacks/`). */
export const ROOT = path.resolve(__dirname, "..", "..");
/** The built policy pack (`npm run build:policypack`). */
export const PACK_DIR = path.join(ROOT, "dist", "policypack");

export function loadStack(stack: string): Promise<ProgramSnapshot> {
  return loadProgramSnapshot({ dir: ROOT, stack });
}

/** Runs the built pack over a snapshot; a missing build fails with what to run. */
export function analyze(snapshot: ProgramSnapshot): Promise<AnalysisResult> {
  assert.ok(
    fs.existsSync(path.join(PACK_DIR, "index.js")),
    `${PACK_DIR} is not built: run npm run build:policypack`,
  );
  return analyzeSnapshot(snapshot, { packDir: PACK_DIR });
}

export function ofType(snapshot: ProgramSnapshot, type: string): SnapshotResource[] {
  return snapshot.resources.filter((r) => r.type === type);
}

/** The one resource of `type` (named `name`, when given). */
export function one(snapshot: ProgramSnapshot, type: string, name?: string): SnapshotResource {
  const found = ofType(snapshot, type).filter((r) => name === undefined || r.name === name);
  assert.equal(
    found.length,
    1,
    `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.map((r) => r.name).join(", ") || "none"}`,
  );
  return found[0]!;
}

export function byUrn(snapshot: ProgramSnapshot, urn: string): SnapshotResource {
  const found = snapshot.resources.find((r) => r.urn === urn);
  assert.ok(found, `no resource ${urn}`);
  return found;
}

/** A property by dotted path (`sku.name`, `rules.0.copyActions`). */
export function at(value: WireValue | undefined, dotted: string): WireValue | undefined {
  let current: WireValue | undefined = value;
  for (const key of dotted.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = Array.isArray(current)
      ? (current as WireValue[])[Number(key)]
      : (current as Record<string, WireValue>)[key];
  }
  return current;
}

export function isUnknown(value: WireValue | undefined): boolean {
  return value === UNKNOWN;
}

/** A resource's own tags (AWS, Azure) or labels (GCP). */
export function tagsOf(resource: SnapshotResource): Record<string, WireValue> | undefined {
  const tags = resource.properties["tags"] ?? resource.properties["labels"];
  return tags !== null && typeof tags === "object" && !Array.isArray(tags)
    ? (tags as Record<string, WireValue>)
    : undefined;
}

/** Whether `raw` is a known location of `cloud`'s `service` lying entirely in `zone`. */
export function inZone(
  cloud: Cloud,
  service: LocationService,
  raw: WireValue | undefined,
  zone: string,
): boolean {
  if (typeof raw !== "string") return false;
  return locationInZone(defaultCatalog.lookup(cloud, service, raw), defaultZones.require(zone));
}

/** The data-holding resources of a snapshot, per the model's type table (what the pack checks). */
export function dataHolding(snapshot: ProgramSnapshot): SnapshotResource[] {
  return snapshot.resources.filter((r) => r.custom && dataHoldingType(r.type) !== undefined);
}

/**
 * Every data-holding resource carries the stack's residency tags, so the declaration the pack
 * checks is there (and none was forgotten on a child of a component).
 */
export function assertResidencyTags(snapshot: ProgramSnapshot, zone: string, classification: string): void {
  const holding = dataHolding(snapshot);
  assert.ok(holding.length > 0, "no data-holding resource");
  for (const r of holding) {
    const type = dataHoldingType(r.type)!;
    if (type.tagsProperty === undefined) continue;
    const raw = at(r.properties, type.tagsProperty);
    const tags = raw !== null && typeof raw === "object" ? (raw as Record<string, WireValue>) : undefined;
    assert.deepEqual(
      { zone: tags?.["data-residency"], classification: tags?.["data-classification"] },
      { zone, classification },
      `${r.type} ${r.name} lacks the residency tags`,
    );
  }
}

export function mandatory(result: AnalysisResult): Violation[] {
  return result.violations.filter((v) => v.enforcementLevel === "mandatory");
}

/** `policy on resource-name: message` lines, for assertion messages. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => `  ${v.policyName} on ${v.urn.split("::").pop()}: ${v.message.split("\n").pop()}`)
    .join("\n");
}

/**
 * A compliant stack under the built pack: no violation at all. Advisories count too — a
 * "cannot verify" on a stack built from our components is a gap in the pack or a component.
 */
export function itPassesThePack(snapshot: () => ProgramSnapshot): void {
  describe("under the policy pack", function () {
    let result: AnalysisResult;
    before(async function () {
      result = await analyze(snapshot());
    });

    it("has no violation, mandatory or advisory", function () {
      assert.equal(result.violations.length, 0, `violations:\n${describeViolations(result.violations)}`);
    });
  });
}
