// Probability, as the notes define it for a finite set of equally likely outcomes.

/** P(A) = favourable / possible. */
export function probability(favourable: number, possible: number): number {
  return favourable / possible;
}

/** P(not A) = 1 − P(A). */
export function complement(p: number): number {
  return 1 - p;
}

/** Σ P(Aᵢ). */
export function total(distribution: readonly number[]): number {
  return distribution.reduce((sum, p) => sum + p, 0);
}

/** A distribution has every 0 ≤ pᵢ ≤ 1 and Σ pᵢ = 1 (within `tolerance`, for rounding). */
export function isDistribution(distribution: readonly number[], tolerance = 1e-9): boolean {
  return (
    distribution.length > 0 &&
    distribution.every((p) => p >= 0 && p <= 1) &&
    Math.abs(total(distribution) - 1) <= tolerance
  );
}

/** A probability written as a percentage: 100 · p. */
export function percent(p: number): number {
  return 100 * p;
}
