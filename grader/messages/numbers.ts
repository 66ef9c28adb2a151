// Numbers, one formatter per purpose. Math (a value, a vector, an expected answer) keeps the
// digits as written, left to right, in every language; prose (3 entries, a sum of 2.858, 7.5
// points, 10%) is written in the reader's language, in Persian digits in a Persian report.
// Both round the same way: four significant figures, never fewer than the integer part.
import type { Value } from '../../reference/index.ts';

const SIGNIFICANT = 4;

/** Significant figures to show x with: four, or the integer part's digits when it has more. */
function significantFor(x: number): number {
  const integerDigits = Math.abs(x) < 1 ? 1 : Math.floor(Math.log10(Math.abs(x))) + 1;
  return Math.min(21, Math.max(SIGNIFICANT, integerDigits));
}

/** A number as math: 0.2231, 2.131, 1235, 1.5e-7; `-0` as 0; NaN and ±∞ as such. */
export function mathNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(significantFor(x)));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  // Tiny or huge values keep their exponent, written the way the notes write them.
  return rounded.toExponential(SIGNIFICANT - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/** A value as math: a number, or a vector (or a list of vectors) in brackets. */
export function mathValue(value: Value | string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return mathNumber(value);
  return `[${(value as readonly (number | readonly number[])[]).map((entry) => mathValue(entry)).join(', ')}]`;
}

const formats = new Map<string, Intl.NumberFormat>();

function formatWith(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** A number in a sentence, in the locale's digits: ۰٫۲۲۳۱ in Persian. */
export function proseNumber(x: number, locale: string): string {
  if (!Number.isFinite(x)) return mathNumber(x);
  return formatWith(locale, { maximumSignificantDigits: significantFor(x), useGrouping: false }).format(x === 0 ? 0 : x);
}

/** Points in a sentence or a table: at most two decimals (7.5, 2.67), in the locale's digits. */
export function prosePoints(x: number, locale: string): string {
  if (!Number.isFinite(x)) return mathNumber(x);
  return formatWith(locale, { maximumFractionDigits: 2, useGrouping: false }).format(Math.round(x * 100) / 100 || 0);
}

/** A percentage given as 0 to 100, as the locale writes one: 10%, ۱۰٪. */
export function prosePercent(percent: number, locale: string): string {
  if (!Number.isFinite(percent)) return mathNumber(percent);
  return formatWith(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** Whole numbers in a sentence (3, ۳). */
export function proseCount(n: number, locale: string): string {
  return formatWith(locale, { maximumFractionDigits: 0, useGrouping: false }).format(n);
}

/** Positions joined as the language joins a list: "2 and 3", "۲ و ۳". */
export function prosePositions(positions: readonly number[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(positions.map((p) => proseCount(p, locale)));
}
