// A stored message (a code and its params) as the sentence of the reader's language, for one
// output: HTML (escaped, math isolated left to right), Markdown (inert, for an LMS comment or
// an email) or plain text (the terminal, Gradescope). The catalogue's sentence is trusted;
// every param is escaped for the output, whatever a result file holds.
import type { Value } from '../../reference/index.ts';
import type { Catalogue } from '../messages/catalogue.ts';
import { MESSAGE_CODES } from '../messages/codes/index.ts';
import type { MessageCode } from '../messages/message.ts';
import { mathValue, proseCount, proseNumber, prosePercent, prosePoints, prosePositions } from '../messages/numbers.ts';
import type { LocalizedText, MessageLike, ParamKind } from '../messages/params.ts';
import { splitLtrRuns } from './bidi.ts';
import { escapeHtml } from './html.ts';
import { momentParts } from './time-words.ts';
import { markdownInline } from './markdown.ts';
import { isolateLtr, isolateLtrRuns } from './markdown-bidi.ts';

export type Sink = 'html' | 'md' | 'text';

export interface MessageRenderer {
  readonly catalogue: Catalogue;
  readonly sink: Sink;
  /** The message's sentence, ready for the sink (escaped for HTML and Markdown). */
  render(message: MessageLike): string;
  /** Course text in the reader's language (English when the course has none in it), ready for the sink. */
  course(text: LocalizedText | string | undefined): string;
}

const DEFINITIONS: Readonly<Record<string, Readonly<Record<string, ParamKind>>>> = MESSAGE_CODES;

interface Fragment {
  readonly fragment: string;
}

export function messageRenderer(catalogue: Catalogue, sink: Sink): MessageRenderer {
  const rtl = catalogue.direction === 'rtl';
  const locale = catalogue.locale;

  /** Catalogue text: escaped; in right-to-left HTML its math runs isolated left to right. */
  const literal = (text: string): string => {
    if (sink === 'text') return text;
    if (sink === 'md') return rtl ? isolateLtrRuns(text, markdownInline) : markdownInline(text);
    if (!rtl) return escapeHtml(text);
    return splitLtrRuns(text).map((part) => (part.ltr ? `<span dir="ltr">${escapeHtml(part.text)}</span>` : escapeHtml(part.text))).join('');
  };
  /** Text shown left to right whatever the language: math, code, the student's own. */
  const leftToRight = (text: string, code: boolean): string => {
    if (sink === 'html') return code ? `<code dir="ltr">${escapeHtml(text)}</code>` : `<span dir="ltr">${escapeHtml(text)}</span>`;
    // Inline Markdown, not a code span: safe in a table cell too (a `|` in a code span would split it).
    const shown = sink === 'md' ? markdownInline(text) : text;
    return rtl && sink === 'md' ? isolateLtr(shown) : shown;
  };
  const prose = (text: string): string => (sink === 'html' ? escapeHtml(text) : sink === 'md' ? markdownInline(text) : text);

  const course = (text: LocalizedText | string | undefined): string => {
    if (text === undefined) return '';
    if (typeof text === 'string') return literal(text);
    const own = typeof text[catalogue.lang] === 'string' ? text[catalogue.lang]! : undefined;
    if (own !== undefined) return literal(own);
    const english = typeof text.en === 'string' ? text.en : '';
    // English inside a page of another language: marked as such, for screen readers and bidi.
    return sink === 'html' && catalogue.lang !== 'en' ? `<span lang="en" dir="ltr">${escapeHtml(english)}</span>` : prose(english);
  };

  const param = (kind: ParamKind, value: unknown): string => {
    switch (kind) {
      case 'count':
        return prose(isNumber(value) ? proseCount(value, locale) : '?');
      case 'number':
        return prose(isNumber(value) ? proseNumber(value, locale) : '?');
      case 'points':
        return prose(isNumber(value) ? prosePoints(value, locale) : '?');
      case 'percent':
        return prose(isNumber(value) ? prosePercent(value, locale) : '?');
      case 'positions':
        return prose(Array.isArray(value) && value.every(isNumber) ? prosePositions(value, locale) : '?');
      case 'value':
        return leftToRight(isValue(value) ? mathValue(value) : '?', false);
      case 'math':
        return leftToRight(typeof value === 'string' ? value : '?', false);
      case 'time':
      {
        const parts = isTime(value) ? momentParts(value.at, value.zone, locale) : undefined;
        return parts === undefined ? prose(isTime(value) ? value.at : '?') : render({ code: 'time.moment', params: { ...parts } });
      }
      case 'word':
        return prose(typeof value === 'string' ? value : '?');
      case 'text':
      case 'name':
        return leftToRight(typeof value === 'string' ? value : '?', true);
      case 'course':
        return isLocalized(value) ? course(value) : prose('?');
      case 'message':
        return isMessage(value) ? render(value) : '?';
      case 'parts':
        return Array.isArray(value) && value.every(isMessage) ? listFormat(locale).format(value.map(render)) : '?';
    }
  };

  function render(message: MessageLike): string {
    const definition = DEFINITIONS[message.code];
    if (definition === undefined || !catalogue.templates.has(message.code as MessageCode)) return prose(`[${message.code}]`);
    const values: Record<string, number | Fragment> = {};
    for (const [name, kind] of Object.entries(definition)) {
      const value = message.params?.[name];
      // A count that is no number is NaN, which the catalogue writes `?` (and a plural reads as `other`).
      // Points are shown with at most two decimals (7.5, 2.67), as everywhere else.
      if (kind === 'count') values[name] = isNumber(value) ? value : NaN;
      else if (kind === 'points') values[name] = isNumber(value) ? Math.round(value * 100) / 100 || 0 : NaN;
      else values[name] = { fragment: param(kind, value) };
    }
    const parts = catalogue.format(message.code as MessageCode).formatToParts<Fragment>(values);
    return parts.map((part) => (typeof part.value === 'string' ? literal(part.value) : (part.value as Fragment).fragment)).join('');
  }

  return { catalogue, sink, render, course };
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isValue = (value: unknown): value is Value =>
  typeof value === 'number' || (Array.isArray(value) && value.every((entry) => typeof entry === 'number' || isValue(entry)));
const isLocalized = (value: unknown): value is LocalizedText => typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string';
const isTime = (value: unknown): value is { at: string; zone: string } =>
  typeof value === 'object' && value !== null && typeof (value as { at?: unknown }).at === 'string' && typeof (value as { zone?: unknown }).zone === 'string';
const listFormats = new Map<string, Intl.ListFormat>();
/** Units one after the other, as the language writes them ("1 day 10 hours"). */
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (format === undefined) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })));
  return format;
}
const isMessage = (value: unknown): value is MessageLike => typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
