// Numbers in feedback sentences: the expected value with one decimal more than the
// tolerance's width (0.1667 for 1/6 under abs 0.001, 0.2231 at 3 significant figures),
// never float noise.
import type { Value } from '../../reference/index.ts';
import { comparatorFor } from '../compare/tolerance.ts';
import type { Tolerance } from '../spec/types.ts';

export function formatExpected(value: number, tolerance: Tolerance): string {
  if (!Number.isFinite(value)) return String(value);
  const { width } = comparatorFor(tolerance).bound(value, tolerance);
  if (!(width > 0)) return String(value);
  const decimals = Math.min(12, Math.max(0, Math.floor(-Math.log10(width)) + 1));
  const shown = Number(value.toFixed(decimals));
  return String(shown === 0 ? 0 : shown);
}

export function formatExpectedValue(value: Value, tolerance: Tolerance): string {
  if (typeof value === 'number') return formatExpected(value, tolerance);
  return `[${(value as readonly Value[]).map((v) => formatExpectedValue(v, tolerance)).join(', ')}]`;
}

/** A parsed student number, for a sentence (it came through the number parser, so it is safe text). */
export function formatReceived(value: number): string {
  return String(value);
}

/** The tolerance as the end of a sentence: "answers are accepted when correct to 3 significant figures". */
export function acceptedWhen(description: string): string {
  return `answers are accepted when ${description}`;
}
