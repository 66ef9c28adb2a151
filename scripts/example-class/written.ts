// Answers as students write them in answers.yaml: numbers with the digits and precision of
// their habit (ASCII or Persian, 0.1667 or 1/6), vectors as a list or a line of text, options
// by id or label. Everything returns YAML text for one answer.
import type { OptionLabel } from '../../grader/spec/localized.ts';
import type { WritingStyle } from './profiles.ts';

/** One answer's YAML: after `id: ` on the same line, or as indented lines below it. */
export type Written = { readonly inline: string } | { readonly lines: readonly string[] };

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!).replace(/\./g, '٫');
}

/** x with `sigfigs` significant figures, as a plain decimal (no exponent), trailing zeros dropped. */
export function decimalText(x: number, sigfigs: number): string {
  if (x === 0) return '0';
  const decimals = Math.max(0, sigfigs - 1 - Math.floor(Math.log10(Math.abs(x))));
  const text = x.toFixed(Math.min(decimals, 40));
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** x to exactly `decimals` places, trailing zeros kept (0.10 says two decimals were meant). */
export function fixedText(x: number, decimals: number): string {
  return x.toFixed(decimals);
}

/** k/n for x = k/n with n ≤ 20 when x has no short decimal form (1/6, not 1/2); undefined otherwise. */
export function fractionText(x: number): string | undefined {
  if (Number(x.toFixed(3)) === x) return undefined;
  for (let n = 2; n <= 20; n++) {
    const k = Math.round(x * n);
    if (Math.abs(k / n - x) < 1e-12) return `${k}/${n}`;
  }
  return undefined;
}

/** The number in the student's digits. */
export function styled(text: string, style: WritingStyle): string {
  return style.digits === 'persian' ? toPersianDigits(text) : text;
}

const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const RESERVED = /^(?:true|false|null|~|yes|no|on|off)$/i;

/** A YAML scalar: plain where YAML reads it back as the same text, double-quoted otherwise. */
export function yamlScalar(text: string): string {
  const first = text[0] ?? '';
  const leadingDash = first === '-' && /^-[0-9.]/.test(text);
  const plain =
    text !== '' &&
    text.trim() === text &&
    (!INDICATORS.has(first) || leadingDash) &&
    !/: |:$| #|[\n\t]/.test(text) &&
    !RESERVED.test(text);
  return plain ? text : JSON.stringify(text);
}

export function writeNumberText(text: string): Written {
  return { inline: yamlScalar(text) };
}

export function writeVector(entries: readonly string[], style: WritingStyle): Written {
  const shown = entries.map((entry) => styled(entry, style));
  if (style.vectors === 'block') return { lines: shown.map((entry) => `- ${yamlScalar(entry)}`) };
  if (style.vectors === 'text') return { inline: JSON.stringify(shown.join(style.digits === 'persian' ? '، ' : ' ')) };
  return { inline: `[${shown.map(yamlScalar).join(', ')}]` };
}

function optionText(option: OptionLabel, style: WritingStyle): string {
  if (style.choices === 'label-fa' && option.label.fa !== undefined) return option.label.fa;
  if (style.choices === 'label') return option.label.en;
  return option.id;
}

export function writeChoice(picked: readonly OptionLabel[], multiple: boolean, style: WritingStyle): Written {
  const texts = picked.map((option) => optionText(option, style));
  if (!multiple) return { inline: yamlScalar(texts[0] ?? '') };
  // Labels hold commas, so a list of them goes one per line; ids fit on one.
  if (texts.some((text) => /[,\s]/.test(text))) return { lines: texts.map((text) => `- ${yamlScalar(text)}`) };
  return { inline: `[${texts.map(yamlScalar).join(', ')}]` };
}

/** The answers file: a comment naming the student, then one answer per exercise in course order. */
export function answersFileText(header: string, answers: readonly { readonly id: string; readonly written: Written | 'blank' }[]): string {
  const lines = [`# ${header}`];
  for (const { id, written } of answers) {
    if (written === 'blank') lines.push(`${id}:`);
    else if ('inline' in written) lines.push(`${id}: ${written.inline}`);
    else lines.push(`${id}:`, ...written.lines.map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
