// Bounds of the property-based tests, in one place so the README counts come from them.
export const PROPERTY_RUNS = {
  /** Random property bags × random supported token, each through every resource policy. */
  resourceBags: 1000,
  /** Random stacks (3–6 resources of supported tokens, cross references) through the stack policy. */
  stacks: 200,
  /** Unrelated properties added to every evasion case: the verdicts do not change. */
  unrelatedPerCase: 8,
  /** Random JSON / skeleton-shaped files per loader (state, preview). */
  randomFiles: 300,
  /** Truncations of each state / preview fixture. */
  truncations: 25,
} as const;
