// The report every output format renders. Field names follow Pulumi's own policy diagnostics.

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

export interface Violation {
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly policyName: string;
  readonly enforcementLevel: EnforcementLevel;
  /** Empty for a stack-level violation not tied to one resource. */
  readonly urn: string;
  readonly message: string;
  readonly description?: string;
  readonly severity?: "low" | "medium" | "high" | "critical";
}

/** A resource's properties changed by a remediation before it was analysed. */
export interface Remediation {
  readonly policyPackName: string;
  readonly policyName: string;
  readonly urn: string;
  readonly description?: string;
}

/** Which zones, clouds and locations hold which classification of data, and how many resources. */
export interface InventoryRow {
  readonly zone: string;
  readonly cloud: string;
  readonly location: string;
  readonly classification: string;
  readonly count: number;
}

export interface CheckReport {
  /** What was checked: a stack name, a state/preview file or a program directory. */
  readonly origin: string;
  readonly stack: string;
  readonly resources: number;
  readonly violations: readonly Violation[];
  readonly remediations: readonly Remediation[];
  readonly inventory: readonly InventoryRow[];
  readonly policyPacks: readonly { readonly name: string; readonly version: string }[];
  /**
   * Where the program registered each resource (programs only; positions inside node_modules left
   * out), by URN: the file relative to the working directory and a 1-based line.
   */
  readonly sourcePositions?: {
    readonly [urn: string]: { readonly file: string; readonly line: number; readonly column?: number };
  };
  /** Components built by a provider plugin, whose children could not be judged offline. */
  readonly pluginComponents?: number;
  /** Why the input is known to be incomplete, when the user accepted that (`--allow-partial`). */
  readonly partial?: string;
}
