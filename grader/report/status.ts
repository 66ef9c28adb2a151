// How each status is shown. Text and a shape always go together, so nothing depends on
// colour alone (colour-blind readers, black-and-white printouts); the tone only picks a colour.
// A page defines each shape once (iconDefs) and every icon refers to it (iconSvg): a report
// shows sixty icons or more, and each would otherwise repeat its shape.
import type { CaseStatus, Status } from '../result/types.ts';

export type Tone = 'good' | 'part' | 'bad' | 'none' | 'warn';

/**
 * The colour of each tone, for every graphic that shows a status: the icons of the reports
 * (`--good`, … in partials/head.html.hbs hold the same values) and the bars and swatches of the
 * summary. Each stands at 3:1 or more against white (WCAG 1.4.11), and they stay apart for
 * readers who do not tell red from green (a bluish green, an amber, a red, a grey, a violet:
 * tests/report/colours.test.ts measures both). Text next to them stays in the ink colour.
 */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  good: '#008763',
  part: '#b07a00',
  bad: '#d1242f',
  none: '#8c959f',
  warn: '#8250df',
};

export interface StatusDisplay {
  readonly label: string;
  /** A text symbol for Markdown, plain text and CSV-free places. */
  readonly symbol: string;
  readonly tone: Tone;
  /** The inner shapes of a 16×16 SVG icon. */
  readonly shape: string;
  /** The shape's name, for the symbol the page defines once (`icon-check`). */
  readonly shapeId: ShapeId;
}

const check = '<path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>';
const cross = '<path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>';
const half = '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>';
const empty = '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="2.5 2"/>';
const warning = '<path d="M8 1.8L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4" stroke="currentColor" stroke-width="1.8"/><circle cx="8" cy="12" r="1" fill="currentColor"/>';
const bang = '<circle cx="8" cy="8" r="6.5" fill="currentColor"/><path d="M8 4.2v4.6" stroke="#fff" stroke-width="2"/><circle cx="8" cy="11.5" r="1.1" fill="#fff"/>';
const clock = '<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M8 4.5V8l2.6 1.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>';
const chip = '<rect x="3.5" y="3.5" width="9" height="9" rx="1" fill="none" stroke="currentColor" stroke-width="1.8"/><rect x="6" y="6" width="4" height="4" fill="currentColor"/><path d="M6 1.5v2M10 1.5v2M6 12.5v2M10 12.5v2" stroke="currentColor" stroke-width="1.4"/>';

const SHAPES = { check, cross, half, empty, warning, bang, clock, chip } as const;
type ShapeId = keyof typeof SHAPES;
const shaped = (shapeId: ShapeId) => ({ shape: SHAPES[shapeId], shapeId });

export const STATUS_DISPLAY: Readonly<Record<Status, StatusDisplay>> = {
  correct: { label: 'Correct', symbol: '✓', tone: 'good', ...shaped('check') },
  partial: { label: 'Partly correct', symbol: '◐', tone: 'part', ...shaped('half') },
  incorrect: { label: 'Incorrect', symbol: '✗', tone: 'bad', ...shaped('cross') },
  missing: { label: 'Missing', symbol: '○', tone: 'none', ...shaped('empty') },
  invalid: { label: 'Not gradable', symbol: '⚠', tone: 'warn', ...shaped('warning') },
  error: { label: 'Error', symbol: '‼', tone: 'bad', ...shaped('bang') },
  timeout: { label: 'Time limit exceeded', symbol: '◷', tone: 'bad', ...shaped('clock') },
  memory: { label: 'Memory limit exceeded', symbol: '▣', tone: 'bad', ...shaped('chip') },
};

export const CASE_STATUS_DISPLAY: Readonly<Record<CaseStatus, StatusDisplay>> = {
  pass: { label: 'Passed', symbol: '✓', tone: 'good', ...shaped('check') },
  fail: { label: 'Failed', symbol: '✗', tone: 'bad', ...shaped('cross') },
  error: { label: 'Error', symbol: '‼', tone: 'bad', ...shaped('bang') },
  timeout: { label: 'Time limit exceeded', symbol: '◷', tone: 'bad', ...shaped('clock') },
  memory: { label: 'Memory limit exceeded', symbol: '▣', tone: 'bad', ...shaped('chip') },
};

/** An element of a vector answer: right or wrong. */
export const ELEMENT_DISPLAY = { true: CASE_STATUS_DISPLAY.pass, false: CASE_STATUS_DISPLAY.fail } as const;

/** The inline SVG for a display, decorative: the label next to it carries the meaning. It draws the shape iconDefs defines. */
export function iconSvg(display: StatusDisplay): string {
  return `<svg class="icon tone-${display.tone}" width="16" height="16" aria-hidden="true" focusable="false"><use href="#icon-${display.shapeId}"/></svg>`;
}

/** Every shape as a symbol, once per page (hidden, taking no room), for the icons to draw. */
export function iconDefs(): string {
  const symbols = Object.entries(SHAPES).map(([id, shape]) => `<symbol id="icon-${id}" viewBox="0 0 16 16">${shape}</symbol>`);
  return `<svg class="icon-defs" width="0" height="0" aria-hidden="true" focusable="false">${symbols.join('')}</svg>`;
}
