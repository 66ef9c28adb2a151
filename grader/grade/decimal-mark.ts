// A slash typed as the decimal mark where it could also be a fraction (۱/۶: 1/6 or 1.6): the
// fraction is graded, as written, and when the decimal would have been right the feedback says
// so, since many Iranian students type / for the decimal mark.
import { withinTolerance } from '../compare/tolerance.ts';
import { message, type Message } from '../messages/message.ts';
import type { Tolerance } from '../spec/types.ts';
import type { ParsedNumber } from '../submission/index.ts';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Whether the number, a fraction, would be within tolerance of `target` read as a decimal. */
export function rightAsDecimal(parsed: ParsedNumber, target: number, tolerance: Tolerance): boolean {
  return parsed.slashDecimal !== undefined && withinTolerance(parsed.slashDecimal.value, target, tolerance);
}

function decimalText(parsed: ParsedNumber): string {
  const decimal = parsed.slashDecimal!;
  return decimal.value.toFixed(Math.max(0, decimal.decimals ?? 0));
}

const inPersian = (text: string): string => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!).replace('.', '٫');

/** The answer (or the entries at `positions`, 1-based) read as fractions would be right as decimals; the first is the example. */
export function slashReadAsFraction(first: ParsedNumber, positions?: readonly number[]): Message {
  const decimal = decimalText(first);
  if (positions === undefined) return message('slash-read-as-fraction', { fraction: first.value, decimal, persian: inPersian(decimal) });
  return message('slash-entries-read-as-fractions', { entries: positions, count: positions.length, decimal, persian: inPersian(decimal) });
}
