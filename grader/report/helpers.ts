// The helpers templates may call, per flavour. Each takes raw view data and returns markup
// built by our own escaping code; templates never need `{{{ }}}`. Anything that is not the
// expected type renders as nothing rather than as "[object Object]".
import Handlebars from 'handlebars';
import type { Catalogue } from '../messages/catalogue.ts';
import type { MessageCode } from '../messages/message.ts';
import { proseCount } from '../messages/numbers.ts';
import type { LocalizedText, MessageLike } from '../messages/params.ts';
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { chartWords } from './chart-words.ts';
import { histogramSvg, meanBarSvg, statusBarSvg, type ChartWords } from './charts.ts';
import { promptHtml } from './html.ts';
import { markdownCodeSpan, markdownFence, markdownInline, markdownPrompt } from './markdown.ts';
import { isolateLtr } from './markdown-bidi.ts';
import { remembered } from './remembered.ts';
import { messageRenderer, type MessageRenderer, type Sink } from './render-message.ts';
import { CASE_STATUS_DISPLAY, STATUS_DISPLAY, iconDefs, iconSvg } from './status.ts';
import type { HistogramBin } from './summary.ts';

type Helper = (...args: unknown[]) => unknown;

const safe = (markup: string): Handlebars.SafeString => new Handlebars.SafeString(markup);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

const ICONS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(CASE_STATUS_DISPLAY).map(([key, display]) => [key, iconSvg(display)] as const),
  ...Object.entries(STATUS_DISPLAY).map(([key, display]) => [key, iconSvg(display)] as const),
]);

/** The `key=value` arguments Handlebars passes a helper last. */
const hashOf = (options: unknown): Record<string, unknown> => {
  const hash = (options as { hash?: unknown } | undefined)?.hash;
  return typeof hash === 'object' && hash !== null ? (hash as Record<string, unknown>) : {};
};
const isBins = (value: unknown): value is HistogramBin[] =>
  Array.isArray(value) && value.every((b) => typeof b?.from === 'number' && typeof b?.to === 'number' && typeof b?.count === 'number');
const isCounts = (value: unknown): value is Record<Status, number> =>
  typeof value === 'object' && value !== null && STATUSES.every((s) => typeof (value as Record<string, unknown>)[s] === 'number');

const ICON_DEFS = iconDefs();

/** The catalogue a template renders with: the data `templates.render` passes every template. */
const renderers = new WeakMap<Catalogue, Map<Sink, MessageRenderer>>();
const catalogueOf = (options: unknown): Catalogue | undefined => (options as { data?: { catalogue?: Catalogue } } | undefined)?.data?.catalogue;
function rendererOf(options: unknown, sink: Sink): MessageRenderer | undefined {
  const catalogue = catalogueOf(options);
  if (catalogue === undefined) return undefined;
  let bySink = renderers.get(catalogue);
  if (bySink === undefined) renderers.set(catalogue, (bySink = new Map()));
  let renderer = bySink.get(sink);
  if (renderer === undefined) bySink.set(sink, (renderer = messageRenderer(catalogue, sink)));
  return renderer;
}
const isMessage = (value: unknown): value is MessageLike => typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
const isText = (value: unknown): value is LocalizedText | string =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string');

/** `{{msg feedback}}`, `{{t "report.overview"}}` and `{{text title}}`, for one output. */
function messageHelpers(sink: Sink): Readonly<Record<string, Helper>> {
  return {
    /** `{{msg message}}`: a stored message (a code and its params) in the report's language. */
    msg: (value, options) => safe(isMessage(value) ? (rendererOf(options, sink)?.render(value) ?? '') : ''),
    /** `{{t "report.overview"}}`: a label of the catalogue, by its code (labels have no params). */
    t: (code, options) => safe(typeof code === 'string' ? (rendererOf(options, sink)?.render({ code: code as MessageCode }) ?? '') : ''),
    /** `{{label "report.tests"}}`: a label as plain text, for an attribute (`aria-label="{{label …}}"`), which `{{ }}` escapes. */
    label: (code, options) => (typeof code === 'string' ? (rendererOf(options, 'text')?.render({ code: code as MessageCode }) ?? '') : ''),
    /** `{{textList labels}}`: several course texts (a choice's picked options), joined as the report's language joins a list. */
    textList: (values, options) => {
      const renderer = rendererOf(options, sink);
      if (!Array.isArray(values) || renderer === undefined) return safe('');
      const shown = values.filter(isText).map((value) => renderer.course(value));
      return safe(new Intl.ListFormat(renderer.catalogue.locale, { type: 'unit', style: 'short' }).format(shown));
    },
    /** `{{digits position}}`: a whole number (a test's or an entry's number) in the report's digits: 3, ۳. */
    digits: (value, options) => {
      const catalogue = catalogueOf(options);
      return typeof value === 'number' && catalogue !== undefined ? proseCount(value, catalogue.locale) : text(value);
    },
    /** `{{text title}}`: the course's text (a title, a hint) in the report's language, else English. */
    text: (value, options) => safe(isText(value) ? (rendererOf(options, sink)?.course(value) ?? '') : ''),
  };
}
function chart(options: unknown, draw: (words: ChartWords) => string): Handlebars.SafeString {
  const catalogue = catalogueOf(options);
  return safe(catalogue === undefined ? '' : draw(chartWords(catalogue)));
}

const promptLtr = remembered((prompt) => promptHtml(prompt, 'ltr'));
const promptRtl = remembered((prompt) => promptHtml(prompt, 'rtl'));
const inline = remembered(markdownInline);
const mdPromptLtr = remembered((prompt) => markdownPrompt(prompt, 'ltr'));
const mdPromptRtl = remembered((prompt) => markdownPrompt(prompt, 'rtl'));

const html: Readonly<Record<string, Helper>> = {
  ...messageHelpers('html'),
  /** `{{icon status.key}}`: the status's inline SVG icon (decorative; the label says it). It draws a shape of `{{iconDefs}}`. */
  icon: (key) => safe(ICONS.get(text(key)) ?? ''),
  /** `{{iconDefs}}`: the icons' shapes, once, at the start of the page's body. */
  iconDefs: () => safe(ICON_DEFS),
  /**
   * `{{prompt exercise.prompt}}`: the prompt as escaped paragraphs with inline code and bold;
   * `{{prompt promptFa dir="rtl"}}` also keeps the math in right-to-left text left to right.
   */
  prompt: (value, options) => safe((hashOf(options).dir === 'rtl' ? promptRtl : promptLtr)(text(value))),
  /** `{{histogram bins}}`, `{{statusBar counts}}`, `{{meanBar mean max}}`: the summary's charts, with the words and digits of the report's language. */
  histogram: (bins, options) => chart(options, (words) => (isBins(bins) ? histogramSvg(bins, words) : '')),
  statusBar: (counts, options) => chart(options, (words) => (isCounts(counts) ? statusBarSvg(counts, words) : '')),
  meanBar: (mean, max, options) => chart(options, (words) => (typeof mean === 'number' && typeof max === 'number' ? meanBarSvg(mean, max, words) : '')),
};

const md: Readonly<Record<string, Helper>> = {
  ...messageHelpers('md'),
  /** `{{md value}}`: untrusted text as inert inline Markdown (also inside table cells). */
  md: (value) => safe(inline(text(value))),
  /** `{{mdCode value}}`: one line as a code span. */
  mdCode: (value) => safe(markdownCodeSpan(text(value))),
  /** `{{mdFence value}}`: a fenced block no line of the value can close. */
  mdFence: (value) => safe(markdownFence(text(value))),
  /** `{{mdPrompt value dir=promptDir}}`: the instructor's Markdown prompt, raw HTML turned into text; right to left, its math isolated left to right. */
  mdPrompt: (value, options) => safe((hashOf(options).dir === 'rtl' ? mdPromptRtl : mdPromptLtr)(text(value))),
  /** `{{mdMath value}}`: a value, a vector or the student's answer in a table cell: inert, and isolated left to right in a right-to-left report. */
  mdMath: (value, options) => safe(rendererOf(options, 'md')?.catalogue.direction === 'rtl' ? isolateLtr(inline(text(value))) : inline(text(value))),
};

export const HELPERS: Readonly<Record<'html' | 'md', Readonly<Record<string, Helper>>>> = { html, md };
