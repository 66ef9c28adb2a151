// The helpers templates may call, per flavour. Each takes raw view data and returns markup
// built by our own escaping code; templates never need `{{{ }}}`. Anything that is not the
// expected type renders as nothing rather than as "[object Object]".
import Handlebars from 'handlebars';
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { histogramSvg, meanBarSvg, statusBarSvg } from './charts.ts';
import { promptHtml } from './html.ts';
import { markdownCodeSpan, markdownFence, markdownInline, markdownPrompt } from './markdown.ts';
import { remembered } from './remembered.ts';
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
const promptLtr = remembered((prompt) => promptHtml(prompt, 'ltr'));
const promptRtl = remembered((prompt) => promptHtml(prompt, 'rtl'));
const inline = remembered(markdownInline);
const mdPromptOf = remembered(markdownPrompt);

const html: Readonly<Record<string, Helper>> = {
  /** `{{icon status.key}}`: the status's inline SVG icon (decorative; the label says it). It draws a shape of `{{iconDefs}}`. */
  icon: (key) => safe(ICONS.get(text(key)) ?? ''),
  /** `{{iconDefs}}`: the icons' shapes, once, at the start of the page's body. */
  iconDefs: () => safe(ICON_DEFS),
  /**
   * `{{prompt exercise.prompt}}`: the prompt as escaped paragraphs with inline code and bold;
   * `{{prompt promptFa dir="rtl"}}` also keeps the math in right-to-left text left to right.
   */
  prompt: (value, options) => safe((hashOf(options).dir === 'rtl' ? promptRtl : promptLtr)(text(value))),
  histogram: (bins) => safe(isBins(bins) ? histogramSvg(bins) : ''),
  statusBar: (counts) => safe(isCounts(counts) ? statusBarSvg(counts) : ''),
  meanBar: (mean, max) => safe(typeof mean === 'number' && typeof max === 'number' ? meanBarSvg(mean, max) : ''),
};

const md: Readonly<Record<string, Helper>> = {
  /** `{{md value}}`: untrusted text as inert inline Markdown (also inside table cells). */
  md: (value) => safe(inline(text(value))),
  /** `{{mdCode value}}`: one line as a code span. */
  mdCode: (value) => safe(markdownCodeSpan(text(value))),
  /** `{{mdFence value}}`: a fenced block no line of the value can close. */
  mdFence: (value) => safe(markdownFence(text(value))),
  /** `{{mdPrompt value}}`: the instructor's Markdown prompt, raw HTML turned into text. */
  mdPrompt: (value) => safe(mdPromptOf(text(value))),
};

export const HELPERS: Readonly<Record<'html' | 'md', Readonly<Record<string, Helper>>>> = { html, md };
