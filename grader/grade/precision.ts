// "Rounded too early": a wrong answer that is exactly the target rounded to the precision
// the student typed (0.17 for 1/6) is told so, instead of only "incorrect". The same test
// recognises a misconception's value written with fewer digits than the tolerance needs.
import { message, type Message } from '../messages/message.ts';
import type { TypedNumber } from '../submission/index.ts';

/** x rounded half away from zero to d decimal places; d < 0 rounds to tens, hundreds, … */
export function roundTo(x: number, d: number): number {
  const scale = 10 ** Math.abs(d);
  const magnitude = Math.abs(x);
  const rounded = d >= 0 ? Math.round(magnitude * scale) / scale : Math.round(magnitude / scale) * scale;
  return Math.sign(x) * rounded;
}

/**
 * Whether the student's number is `target` rounded to the decimals they typed. Exact forms
 * (1/6), zero (which has no significant figure) and absurd precisions never are.
 */
export function isRoundingOf(typed: TypedNumber, target: number): boolean {
  const d = typed.decimals;
  if (d === undefined || Math.abs(d) > 15 || typed.value === 0 || !Number.isFinite(target) || !Number.isFinite(typed.value)) return false;
  // Far below one unit of the last typed digit: only float noise, never a different rounding.
  return Math.abs(roundTo(target, d) - typed.value) <= 1e-6 * 10 ** -d;
}

/** Whether the number typed is `target` itself, not a rounding of it (float noise aside). */
export function isExactly(typed: TypedNumber, target: number): boolean {
  if (!Number.isFinite(target)) return Object.is(typed.value, target) || typed.value === target;
  return Math.abs(typed.value - target) <= 1e-9 * Math.max(Math.abs(target), Number.MIN_VALUE);
}

/** A misconception is recognised at the typed precision only from two significant figures up ("0.1" says little). */
export function isConfidentRoundingOf(typed: TypedNumber, target: number): boolean {
  return (typed.sigfigs ?? 0) >= 2 && isRoundingOf(typed, target);
}

/** "2 decimal places", "the nearest 100". */
export function describeRounding(decimals: number): Message {
  if (decimals > 0) return message('rounding.decimals', { decimals });
  return decimals === 0 ? message('rounding.whole') : message('rounding.nearest', { unit: 10 ** -decimals });
}
