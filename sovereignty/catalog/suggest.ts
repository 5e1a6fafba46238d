/** Levenshtein distance; small inputs only (location and zone names). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

export interface SuggestCandidate {
  /** What is shown to the user. */
  readonly name: string;
  /** Normalised spellings this candidate answers to (canonical key, display name key, aliases). */
  readonly keys: readonly string[];
}

/**
 * The nearest candidate names to `key` (already normalised): close by edit distance, or sharing a
 * prefix/substring. At most `limit`, nearest first, ties alphabetical.
 */
export function nearest(key: string, candidates: readonly SuggestCandidate[], limit = 3): string[] {
  if (key.length === 0) return [];
  const threshold = Math.max(2, Math.floor(key.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    let best = Number.POSITIVE_INFINITY;
    for (const k of candidate.keys) {
      let score = editDistance(key, k);
      const related =
        (key.length >= 3 && (k.startsWith(key) || k.includes(key))) || (k.length >= 2 && key.startsWith(k));
      if (score > threshold && related) score = threshold;
      best = Math.min(best, score);
    }
    if (best <= threshold) scored.push({ name: candidate.name, score: best });
  }
  scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
  const names: string[] = [];
  for (const { name } of scored) {
    if (!names.includes(name)) names.push(name);
    if (names.length >= limit) break;
  }
  return names;
}
