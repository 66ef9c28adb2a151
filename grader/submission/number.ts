// A number as people write it: 0.167, .167, 1/6, 16.7%, 1.67e-1, 1.67×10^-1, -0,
// ۰٫۱۶۷ or ٠٫١٦٧. Besides the value it keeps the precision the student typed, so that
// a wrong answer can be recognised as the right one rounded too early. Iranian students
// often type / as the decimal mark (۰/۱۶۷): a slash after a lone 0 is read that way, and
// where a slash could be either (۱/۶: 1/6 or 1.6) the fraction is kept and the decimal noted.
import { message, type Message } from '../messages/message.ts';
import { describeReceived, formatError, type FormatError } from './received.ts';
import { normaliseTyped } from './typed-text.ts';

/** A value with the decimals and significant figures the student typed (absent for exact forms). */
export interface TypedNumber {
  readonly value: number;
  /** Decimal places of `value` as typed: 0.17 → 2, 16.7% → 3, 1.2e3 → −2. */
  readonly decimals?: number;
  readonly sigfigs?: number;
}

export interface ParsedNumber extends TypedNumber {
  readonly ok: true;
  readonly form: 'decimal' | 'scientific' | 'percent' | 'fraction' | 'slash-decimal' | 'special';
  /** For 16.7%: the number before the sign (16.7), which is the answer where a percentage is asked. */
  readonly percentage?: TypedNumber;
  /** For a fraction such as 1/6: the decimal it is with / as the decimal mark (1.6), for feedback only. */
  readonly slashDecimal?: TypedNumber;
}

export type NumberResult = ParsedNumber | FormatError;

const MAX_LENGTH = 100;

const DECIMAL = String.raw`([+-]?)(\d*)(?:\.(\d*))?`;
const DECIMAL_NUMBER = new RegExp(String.raw`^${DECIMAL}(?:e([+-]?\d{1,4}))?$`, 'i');
const TIMES_TEN = /\s*[×x*]\s*10\s*\^\s*\(?\s*([+-]?\d{1,4})\s*\)?$/i;
const PERCENT = new RegExp(String.raw`^${DECIMAL}\s*%$`);
const FRACTION = new RegExp(String.raw`^${DECIMAL}\s*/\s*${DECIMAL}$`);
const INFINITY = /^([+-]?)(?:inf|infinity|∞|\.inf)$/i;
const NOT_A_NUMBER = /^[+-]?(?:nan|\.nan)$/i;

interface Digits {
  readonly sign: string;
  readonly whole: string;
  readonly fraction: string;
}

const hasDigits = (d: Digits): boolean => d.whole.length + d.fraction.length > 0;
const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);

/** The exact double nearest to the typed decimal, shifted by 10^shift (no 16.7 / 100 noise). */
function valueOf(d: Digits, shift: number): number {
  return noNegativeZero(Number(`${d.sign}${d.whole || '0'}.${d.fraction || '0'}e${shift}`));
}

function typed(d: Digits, shift: number): TypedNumber {
  const significant = `${d.whole}${d.fraction}`.replace(/^0+/, '');
  return { value: valueOf(d, shift), decimals: d.fraction.length - shift, sigfigs: Math.max(1, significant.length) };
}

function digits(match: RegExpMatchArray, at: number): Digits {
  return { sign: match[at] ?? '', whole: match[at + 1] ?? '', fraction: match[at + 2] ?? '' };
}

/**
 * The decimal a fraction is with / read as the decimal mark (۱/۶ → 1.6), when it can be one:
 * two whole numbers with nothing between them and the slash, the second unsigned.
 */
function slashAsDecimalMark(normal: string, fraction: RegExpMatchArray): TypedNumber | undefined {
  const [, sign = '', whole = '', point, denominatorSign = '', denominatorWhole = '', denominatorPoint] = fraction;
  if (/\s/.test(normal) || point !== undefined || denominatorPoint !== undefined || denominatorSign !== '') return undefined;
  if (whole === '' || denominatorWhole === '') return undefined;
  return typed({ sign, whole, fraction: denominatorWhole }, 0);
}

function parseText(text: string): NumberResult {
  const received = describeReceived(text);
  const fail = (expected: Message = message('expected.number')) => formatError(expected, received, '0.167');
  if (text.length > MAX_LENGTH) return fail();
  const normal = normaliseTyped(text).replace(TIMES_TEN, 'e$1');
  if (normal === '') return fail();
  if (INFINITY.test(normal)) return { ok: true, form: 'special', value: normal.startsWith('-') ? -Infinity : Infinity };
  if (NOT_A_NUMBER.test(normal)) return { ok: true, form: 'special', value: Number.NaN };

  const decimal = normal.match(DECIMAL_NUMBER);
  if (decimal && hasDigits(digits(decimal, 1))) {
    const exponent = Number(decimal[4] ?? 0);
    return { ok: true, form: decimal[4] === undefined ? 'decimal' : 'scientific', ...typed(digits(decimal, 1), exponent) };
  }
  const percent = normal.match(PERCENT);
  if (percent && hasDigits(digits(percent, 1))) {
    const d = digits(percent, 1);
    return { ok: true, form: 'percent', ...typed(d, -2), percentage: typed(d, 0) };
  }
  const fraction = normal.match(FRACTION);
  if (fraction && hasDigits(digits(fraction, 1)) && hasDigits(digits(fraction, 4))) {
    const asDecimal = slashAsDecimalMark(normal, fraction);
    // 0/167 as a fraction is 0, which nobody writes so: it is 0.167 typed with a Persian decimal mark.
    if (asDecimal && digits(fraction, 1).whole === '0') return { ok: true, form: 'slash-decimal', ...asDecimal };
    const denominator = valueOf(digits(fraction, 4), 0);
    if (denominator === 0) return fail(message('expected.number-denominator'));
    const value = noNegativeZero(valueOf(digits(fraction, 1), 0) / denominator);
    return { ok: true, form: 'fraction', value, ...(asDecimal ? { slashDecimal: asDecimal } : {}) };
  }
  if (/^[+-]?\d+,\d+$/.test(normal)) return fail(message('expected.number-decimal-comma'));
  return fail();
}

/**
 * Reads one number. Takes text (as typed in the answers file) or a number (from code);
 * anything else is a format error saying what was expected.
 */
export function parseNumber(raw: unknown): NumberResult {
  if (typeof raw === 'string') return parseText(raw);
  if (typeof raw === 'number') return parseText(String(raw));
  return formatError(message('expected.number'), describeReceived(raw), '0.167');
}
