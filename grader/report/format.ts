// Numbers as reports show them. Scores and values are computed in full precision; only the
// display rounds, always the same way, so that reruns give the same bytes.
import type { Value } from '../../reference/index.ts';

/** Four significant figures below 1 (0.2231, 0.09938), four decimals above (2.1307), no trailing zeros. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const rounded = Math.abs(x) < 1 ? Number(x.toPrecision(4)) : Math.round(x * 1e4) / 1e4;
  return plain(rounded);
}

/** Points: at most two decimals (7.5, 2.67). */
export function formatPoints(x: number): string {
  if (!Number.isFinite(x)) return formatNumber(x);
  return plain(Math.round(x * 100) / 100);
}

/** A share as a whole percentage: `75%`; `–` when there is nothing to divide by. */
export function formatPercent(part: number, whole: number): string {
  if (!(whole > 0) || !Number.isFinite(part)) return '–';
  return `${Math.round((part / whole) * 100)}%`;
}

export function formatValue(value: Value | string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  return `[${(value as readonly (number | readonly number[])[]).map((entry) => formatValue(entry)).join(', ')}]`;
}

/** Decimal notation without exponents for the magnitudes reports meet, and never `-0`. */
function plain(x: number): string {
  if (Object.is(x, -0) || x === 0) return '0';
  const text = String(x);
  if (!/e/i.test(text)) return text;
  // Tiny or huge values keep their exponent, written the way the notes write them.
  return x.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
}
