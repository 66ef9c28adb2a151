// "Did you mean …?" for an exercise id that is not in the course.

/** Levenshtein distance, with one row of memory. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest known id within a third of its length in edits, or undefined. */
export function closest(id: string, known: readonly string[]): string | undefined {
  if (id.length > 200) return undefined;
  let best: { id: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(id.toLowerCase(), candidate.toLowerCase());
    if (d <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}
