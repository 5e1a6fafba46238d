// The report every output format renders. Field names follow Pulumi's own policy diagnostics.
import type { WireObject } from "../snapshot";

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export type Severity = "low" | "medium" | "high" | "critical";

export interface Violation {
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly policyName: string;
  readonly enforcementLevel: EnforcementLevel;
  /** Empty for a stack-level violation not tied to one resource. */
  readonly urn: string;
  /** As the pack sent it: @pulumi/policy puts the policy's description first (see ./message). */
  readonly message: string;
  readonly description?: string;
  readonly severity?: Severity;
}

/** A resource's properties changed by a remediation before it was analysed. */
export interface Remediation {
  readonly policyPackName: string;
  readonly policyName: string;
  readonly urn: string;
  readonly description?: string;
  /** Tags (GCP: labels) the remediation added or changed, key → new value. */
  readonly tags?: Readonly<Record<string, string>>;
  /** The remediated properties, as the engine received them (not rendered). */
  readonly properties?: WireObject;
}

/** What a pack says about one of its policies (GetAnalyzerInfo's PolicyInfo). */
export interface PolicyMetadata {
  readonly name: string;
  readonly description: string;
  readonly severity?: Severity;
  readonly remediationSteps?: string;
  readonly url?: string;
}

export interface PolicyPackInfo {
  readonly name: string;
  readonly version: string;
  /** Its policies, when the pack described them. */
  readonly policies?: readonly PolicyMetadata[];
}

/** Which zones, clouds and locations hold which classification of data, and how many resources. */
export interface InventoryRow {
  readonly zone: string;
  readonly cloud: string;
  readonly location: string;
  readonly classification: string;
  readonly count: number;
}

/** Where the program registered a resource, relative to the working directory (programs only). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

export interface CheckReport {
  /** What was checked: a stack name, a state/preview file or a program directory. */
  readonly origin: string;
  readonly stack: string;
  readonly resources: number;
  readonly violations: readonly Violation[];
  readonly remediations: readonly Remediation[];
  readonly inventory: readonly InventoryRow[];
  readonly policyPacks: readonly PolicyPackInfo[];
  /** Source positions by URN, where the input carries them (programs). */
  readonly sources?: Readonly<Record<string, SourceLocation>>;
  /** Components built by a provider plugin, whose children could not be judged offline. */
  readonly pluginComponents?: number;
  /** Why the input is known to be incomplete, when the user accepted that (`--allow-partial`). */
  readonly partial?: string;
}

/** A check that could not produce a report: the program or the pack failed (exit 2). */
export interface CheckFailure {
  readonly message: string;
  /** What was being checked when it failed (a stack, a file), when known. */
  readonly origin?: string;
}
