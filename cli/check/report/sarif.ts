// `--format sarif`: SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html)
// for code scanning. One run per policy pack (the pack is the analysis tool; its reported policies
// are the rules, with severity → `level` and `security-severity`, help text and remediation);
// results in finding order, at the line of the program that made the resource when the input
// carries source positions (programs), else at the checked file's first line, with the resource's
// URN as a logical location; remediations as notifications; the residency inventory in each run's
// property bag, last. A check that could not run is a log with `executionSuccessful: false` and
// the error as a notification, so an upload step shows the error instead of failing on no file.
// Validated in tests with `sarif-multitool validate` (@microsoft/sarif-multitool).

import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import {
  descriptionFor,
  findingsOf,
  ownMessage,
  reportedPolicies,
  resourceLabel,
  tagList,
  type Finding,
  type ReportedPolicy,
} from "./findings";
import { ownVersion } from "../../package";
import type { CheckFailure, CheckReport, EnforcementLevel, InventoryRow, Severity } from "./types";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The tool named when no policy pack took part (nothing to attribute results to). */
const RUNNER = { name: "pulumi-sovereignty", version: ownVersion() } as const;
const CROSSGUARD_DOCS = "https://www.pulumi.com/docs/iac/packages-and-automation/crossguard/";

/**
 * GitHub code scanning ranks security alerts by `security-severity` (critical above 9.0, high
 * 7.0–8.9, medium 4.0–6.9, low below 4.0): one score per Pulumi policy severity.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

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
    for (const pack of report.policyPacks) packs.set(pack.name, { name: pack.name, version: pack.version });
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
  return serialise(runs);
}

/** The log of a check that did not run (exit 2): no results, the error as a notification. */
export function renderSarifFailure(failure: CheckFailure): string {
  const run: Sarif.Run = {
    tool: { driver: { name: RUNNER.name, version: RUNNER.version, informationUri: CROSSGUARD_DOCS } },
    invocations: [
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: endWithPeriod(failure.message) },
            ...(failure.origin
              ? {
                  locations: [
                    { physicalLocation: { artifactLocation: { uri: artifactUri(failure.origin) } } },
                  ],
                }
              : {}),
          },
        ],
      },
    ],
    results: [],
  };
  return serialise([run]);
}

function serialise(runs: Sarif.Run[]): string {
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function packRun(
  pack: { readonly name: string; readonly version: string },
  reports: readonly CheckReport[],
  inventory: readonly SarifInventoryRow[],
): Sarif.Run {
  const policies = reportedPolicies(reports).filter((policy) => policy.policyPackName === pack.name);
  const ruleIndex = new Map(policies.map((policy, index) => [policy.name, index]));
  const description = descriptionFor(reports);
  const results = findingsOf(reports)
    .filter(({ violation }) => violation.policyPackName === pack.name)
    .map((finding) =>
      result(
        finding,
        ruleIndex.get(finding.violation.policyName)!,
        reports.find((r) => r.stack === finding.stack)!,
        description,
      ),
    );
  const remediations = reports.flatMap((report) =>
    report.remediations
      .filter((remediation) => remediation.policyPackName === pack.name)
      .map((remediation) => ({
        stack: report.stack,
        policyPackName: remediation.policyPackName,
        policyName: remediation.policyName,
        urn: remediation.urn,
        ...(remediation.description !== undefined ? { description: remediation.description } : {}),
        tags: remediation.tags ?? {},
      })),
  );
  const invocation: Sarif.Invocation = { executionSuccessful: true };
  // A partial input (`--allow-partial`) is said where an upload shows tool messages; components a
  // provider plugin builds are results of their own (the runner's plugin-component finding).
  const notifications: Sarif.Notification[] = reports.flatMap((report) =>
    report.partial !== undefined
      ? [
          {
            level: "warning" as const,
            message: {
              text: endWithPeriod(`Stack ${report.stack} was checked partially: ${report.partial}`),
            },
          },
        ]
      : [],
  );
  notifications.push(
    ...remediations.map((r) => ({
      level: "note" as const,
      message: {
        text: `Remediated ${resourceLabel(r.urn)} in stack ${r.stack} before analysis: ${
          Object.keys(r.tags).length > 0
            ? `set ${tagList(r.tags)}`
            : (r.description ?? "changed its properties")
        } (${r.policyName}).`,
      },
      descriptor: { id: r.policyName },
    })),
  );
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    tool: {
      driver: {
        name: pack.name,
        version: pack.version,
        informationUri: CROSSGUARD_DOCS,
        rules: policies.map(rule),
      },
    },
    invocations: [invocation],
    results,
    // Last, as in every format: where each classification of data lives, and how much of it.
    properties: {
      stacks: reports.map((report) => ({
        stack: report.stack,
        origin: report.origin,
        resources: report.resources,
        ...(report.pluginComponents ? { pluginComponents: report.pluginComponents } : {}),
        ...(report.partial !== undefined ? { partial: report.partial } : {}),
      })),
      remediations,
      residencyInventory: inventory,
    },
  };
}

function rule(policy: ReportedPolicy): Sarif.ReportingDescriptor {
  const description = policy.description || policy.name;
  const fix = policy.remediationSteps ? `\n\nRemediation: ${endWithPeriod(policy.remediationSteps)}` : "";
  return {
    id: policy.name,
    name: pascalCase(policy.name),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: endWithPeriod(description) },
    help: {
      text: `${endWithPeriod(description)}${fix}`,
      markdown: `${endWithPeriod(description)}${policy.remediationSteps ? `\n\n**Remediation:** ${endWithPeriod(policy.remediationSteps)}` : ""}`,
    },
    ...(policy.url ? { helpUri: policy.url } : {}),
    defaultConfiguration: { level: sarifLevel(policy.enforcementLevel) },
    properties: {
      tags: ["security", "data-residency"],
      enforcementLevel: policy.enforcementLevel,
      ...(policy.severity !== undefined
        ? { severity: policy.severity, "security-severity": SECURITY_SEVERITY[policy.severity] }
        : {}),
      ...(policy.remediationSteps ? { remediation: policy.remediationSteps } : {}),
    },
  };
}

function result(
  { violation, source }: Finding,
  ruleIndex: number,
  report: CheckReport,
  description: (v: Finding["violation"]) => string | undefined,
): Sarif.Result {
  const sarifResult: Sarif.Result = {
    ruleId: violation.policyName,
    ruleIndex,
    level: sarifLevel(violation.enforcementLevel),
    message: { text: endWithPeriod(ownMessage(violation, description(violation))) },
    properties: {
      stack: report.stack,
      origin: report.origin,
      enforcementLevel: violation.enforcementLevel,
      ...(violation.severity !== undefined ? { severity: violation.severity } : {}),
    },
  };
  // Code scanning drops a result without a file. The line of the program that registered the
  // resource when the input knows it (programs); else the checked file (state, preview, or the
  // stack's Pulumi.<stack>.yaml), anchored at its first line as a file-level alert.
  const physicalLocation: Sarif.PhysicalLocation = source
    ? {
        artifactLocation: { uri: artifactUri(source.file) },
        region: {
          startLine: source.line,
          ...(source.column !== undefined && source.column > 0 ? { startColumn: source.column } : {}),
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
