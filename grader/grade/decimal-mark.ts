// A slash typed as the decimal mark where it could also be a fraction (۱/۶: 1/6 or 1.6): the
// fraction is graded, as written, and when the decimal would have been right the feedback says
// so, since many Iranian students type / for the decimal mark.
import { withinTolerance } from '../compare/tolerance.ts';
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

/**
 * Code `slash-read-as-fraction`. `subject` is "Your answer", "Entry 2" or "Entries 1 and 3";
 * `first` is the (first) number concerned, whose decimal is the example.
 */
export function slashReadAsFraction(subject: string, first: ParsedNumber, count = 1): string {
  const decimal = decimalText(first);
  const advice = `A slash between two whole numbers is a fraction: write a decimal with a dot or ٫ (${decimal} or ${inPersian(decimal)}).`;
  if (count > 1) return `${subject} are read as fractions; with / as the decimal mark they would be right. ${advice}`;
  const fraction = String(Number(first.value.toPrecision(4)));
  return `${subject} is read as a fraction (${fraction}); with / as the decimal mark it would be ${decimal}, which is right. ${advice}`;
}
