// Prompts are Markdown with `{{name}}` placeholders for parameters; each student's
// prompt is rendered with their variant's values.
import type { Value } from '../../reference/index.ts';

export interface Placeholder {
  /** The text between the braces, trimmed. */
  readonly name: string;
  /** Offsets of the whole `{{ … }}` in the template. */
  readonly start: number;
  readonly end: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every `{{ … }}` of the template, in order; `isPlaceholderName` says which are well formed. */
export function placeholdersIn(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => ({
    name: match[1]!.trim(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function isPlaceholderName(name: string): boolean {
  return NAME.test(name);
}

/** A number as people write it: at most 6 significant digits, no float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Number(x.toPrecision(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const localeFormats = new Map<string, Intl.NumberFormat>();

/** A number in a sentence of `locale`, rounded as formatNumber rounds: ۰٫۱۶۶۶۶۷ in fa-IR. */
export function formatNumberIn(x: number, locale: string): string {
  if (!Number.isFinite(x)) return String(x);
  let format = localeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    localeFormats.set(locale, format);
  }
  return format.format(Number(x.toPrecision(6)) || 0);
}

/** `[2, 1, 0.1]`, `[[1, 0, 0], [0, 1, 0]]`, `0.167`. */
export function formatValue(value: Value): string {
  if (typeof value === 'number') return formatNumber(value);
  return `[${(value as readonly Value[]).map(formatValue).join(', ')}]`;
}

export interface PromptOptions {
  /**
   * The locale of the prompt's language (`fa-IR` for a Persian prompt): a number is then written
   * in its digits, as the prose around it is. A vector stays as written: it is math, shown left
   * to right in every language.
   */
  readonly locale?: string;
}

/** The prompt with each `{{name}}` replaced by its value; unknown names are left as written. */
export function renderPrompt(template: string, values: ReadonlyMap<string, Value>, options: PromptOptions = {}): string {
  const { locale } = options;
  return template.replace(PLACEHOLDER, (whole, inner: string) => {
    const value = values.get(inner.trim());
    if (value === undefined) return whole;
    return typeof value === 'number' && locale !== undefined ? formatNumberIn(value, locale) : formatValue(value);
  });
}
