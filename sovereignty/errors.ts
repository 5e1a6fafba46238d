/**
 * A mistake in what a user gave the model: an unknown zone or location, a malformed zone or
 * location spec. The message names the input, says what was expected and, where it helps,
 * the nearest known names. The CLI and the policy pack turn it into one clear line.
 */
export class SovereigntyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SovereigntyInputError";
  }
}

/** ` (nearest: a, b, c)` or the empty string: appended to error messages. */
export function nearestHint(names: readonly string[]): string {
  return names.length > 0 ? ` (nearest: ${names.join(", ")})` : "";
}
