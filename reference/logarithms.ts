// Logarithms and the bounds derived from them.

/** log_b(x) = ln x / ln b (base e when omitted). */
export function log(x: number, base = Math.E): number {
  if (base === Math.E) return Math.log(x);
  if (base === 10) return Math.log10(x);
  if (base === 2) return Math.log2(x);
  return Math.log(x) / Math.log(base);
}

/** ln x. */
export function ln(x: number): number {
  return Math.log(x);
}

/** log₁₀ x. */
export function log10(x: number): number {
  return Math.log10(x);
}

/** The gradient through n sigmoid layers shrinks by at most (max σ′)ⁿ = 0.25ⁿ. */
export function vanishingGradientBound(layers: number): number {
  return 0.25 ** layers;
}
