// `--format sarif`: SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html),
// for code-scanning dashboards. One run per policy pack (the pack is the analysis tool; its
// policies are the rules), results at the resource's URN as a logical location, and the
// residency inventory in each run's property bag, last. Validated in tests with
// `sarif-multitool validate` (@microsoft/sarif-multitool).

import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { CheckReport, EnforcementLevel, InventoryRow, Violation } from "./types";
import { ownMessage } from "./message";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The tool named when no policy pack took part (nothing to attribute results to). */
const RUNNER = { name: "pulumi-sovereignty", version: "0.1.0" } as const;
const CROSSGUARD_DOCS = "https://www.pulumi.com/docs/iac/packages-and-automation/crossguard/";

/**
 * SARIF levels for Pulumi enforcement levels: mandatory blocks a deployment (error), advisory
 * warns; a remediate policy that still reports a violation could not fix it, so it blocks too.
 */
export function sarifLevel(level: EnforcementLevel): Sarif.Result.level {
  switch (level) {
    case "mandatory":
    case "remediate":
      return "error";
    case "advisory":
      return "warning";
    case "disabled":
      return "none";
  }
}

/** The residency inventory of every report, one row per stack and place. */
export interface SarifInventoryRow extends InventoryRow {
  readonly stack: string;
}

export function renderSarif(reports: readonly CheckReport[]): string {
  const packs = new Map<string, { name: string; version: string }>();
  for (const report of reports) {
    for (const pack of report.policyPacks) packs.set(pack.name, pack);
    for (const violation of report.violations) {
      if (!packs.has(violation.policyPackName)) {
        packs.set(violation.policyPackName, {
          name: violation.policyPackName,
          version: violation.policyPackVersion,
        });
      }
    }
  }
  const inventory: SarifInventoryRow[] = reports.flatMap((report) =>
    report.inventory.map((row) => ({ stack: report.stack, ...row })),
  );
  const runs = [...packs.values()].map((pack) => packRun(pack, reports, inventory));
  if (runs.length === 0) runs.push(packRun(RUNNER, reports, inventory));
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function packRun(
  pack: { readonly name: string; readonly version: string },
  reports: readonly CheckReport[],
  inventory: readonly SarifInventoryRow[],
): Sarif.Run {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    for (const violation of report.violations) {
      if (violation.policyPackName !== pack.name) continue;
      let index = ruleIndex.get(violation.policyName);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(violation.policyName, index);
        rules.push(rule(violation));
      }
      results.push(result(violation, index, report));
    }
  }
  const remediations = reports.flatMap((report) =>
    report.remediations
      .filter((remediation) => remediation.policyPackName === pack.name)
      .map((remediation) => ({ stack: report.stack, ...remediation })),
  );
  return {
    tool: {
      driver: {
        name: pack.name,
        version: pack.version,
        informationUri: CROSSGUARD_DOCS,
        rules,
      },
    },
    invocations: [{ executionSuccessful: true }],
    results,
    // Last, as in every format: where each classification of data lives, and how much of it.
    properties: {
      stacks: reports.map((report) => ({
        stack: report.stack,
        origin: report.origin,
        resources: report.resources,
      })),
      remediations,
      residencyInventory: inventory,
    },
  };
}

function rule(violation: Violation): Sarif.ReportingDescriptor {
  const description = violation.description ?? violation.policyName;
  return {
    id: violation.policyName,
    name: pascalCase(violation.policyName),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: endWithPeriod(description) },
    help: { text: endWithPeriod(description) },
    defaultConfiguration: { level: sarifLevel(violation.enforcementLevel) },
    properties: {
      enforcementLevel: violation.enforcementLevel,
      ...(violation.severity !== undefined ? { severity: violation.severity } : {}),
    },
  };
}

function result(violation: Violation, ruleIndex: number, report: CheckReport): Sarif.Result {
  const sarifResult: Sarif.Result = {
    ruleId: violation.policyName,
    ruleIndex,
    level: sarifLevel(violation.enforcementLevel),
    message: { text: endWithPeriod(ownMessage(violation)) },
    properties: {
      stack: report.stack,
      origin: report.origin,
      enforcementLevel: violation.enforcementLevel,
      ...(violation.severity !== undefined ? { severity: violation.severity } : {}),
    },
  };
  // Code scanning drops a result without a file: the checked file (state, preview or the stack's
  // Pulumi.<stack>.yaml) is the physical location, the resource the logical one.
  // The finding is about a resource, not a line: it is anchored at the file's first line, as
  // GitHub shows file-level alerts (a region is what SARIF2017 asks for).
  // A program's resource is anchored where the program registered it (RegisterResource's source
  // position), which code scanning shows on the line.
  const position = violation.urn !== "" ? report.sourcePositions?.[violation.urn] : undefined;
  const physicalLocation: Sarif.PhysicalLocation = position
    ? {
        artifactLocation: { uri: artifactUri(position.file) },
        region: {
          startLine: position.line,
          endLine: position.line,
          ...(position.column !== undefined ? { startColumn: position.column } : {}),
        },
      }
    : { artifactLocation: { uri: artifactUri(report.origin) }, region: { startLine: 1, endLine: 1 } };
  if (violation.urn !== "") {
    sarifResult.locations = [
      {
        physicalLocation,
        logicalLocations: [
          { name: urnName(violation.urn), fullyQualifiedName: violation.urn, kind: "resource" },
        ],
      },
    ];
    // Stable across runs, so dashboards track one finding instead of a new one per run.
    sarifResult.partialFingerprints = { "pulumiPolicyUrn/v1": `${violation.policyName}|${violation.urn}` };
  } else {
    sarifResult.locations = [{ physicalLocation }];
    sarifResult.partialFingerprints = {
      "pulumiPolicyUrn/v1": `${violation.policyName}|stack:${report.stack}`,
    };
  }
  return sarifResult;
}

/** A relative path as a URI reference with forward slashes; an absolute one as a file: URL. */
export function artifactUri(origin: string): string {
  if (path.isAbsolute(origin)) return pathToFileURL(origin).href;
  return origin.split(path.sep).join("/").split("/").map(encodeURIComponent).join("/");
}

/** The resource name: the last `::` segment of `urn:pulumi:stack::project::type::name`. */
function urnName(urn: string): string {
  return urn.split("::").at(-1) ?? urn;
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
  return endWithPeriod(sentence);
}

/** SARIF asks for messages that are complete sentences (validator rule SARIF2001). */
function endWithPeriod(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
