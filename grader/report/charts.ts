// The summary's charts as inline SVG strings, every coordinate computed here: no script, no
// external asset, and the same numbers give the same bytes. Each chart carries its numbers as
// text too (labels, <title> tooltips, an aria-label), so colour is never the only carrier.
// Every mark stands at 3:1 or more against the white page (WCAG 1.4.11); white is only ever
// the page itself or the gap between two segments of a bar.
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { escapeHtml } from './html.ts';
import type { HistogramBin } from './summary.ts';
import { STATUS_DISPLAY, TONE_COLOURS } from './status.ts';

/** A status's colour is its tone's, in the summary's bars as in the reports' icons. */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = Object.fromEntries(
  STATUSES.map((status) => [status, TONE_COLOURS[STATUS_DISPLAY[status].tone]]),
) as Record<Status, string>;

/** The bars that are not statuses (score ranges, means): 4.9:1 against white. */
export const BAR_COLOUR = '#0969da';
/** The outline of a bar's whole length, so that its empty part can be seen: 3:1 against white. */
export const OUTLINE_COLOUR = TONE_COLOURS.none;

/**
 * The words and numbers of the charts, in the reader's language (chart-words.ts makes them
 * from a catalogue), and the direction the language is read in: right to left, a chart is
 * drawn mirrored, its bars growing from the right as the tables beside it are read.
 */
export interface ChartWords {
  readonly direction: 'ltr' | 'rtl';
  /** `70–80%`: one piece of text, never broken between its two numbers. */
  readonly bin: (bin: HistogramBin) => string;
  /** A count in the language's digits (`11`, `۱۱`). */
  readonly count: (count: number) => string;
  /** A bar's tooltip: `70–80%: 11 students`. */
  readonly binStudents: (bin: HistogramBin) => string;
  /** The histogram's name for screen readers, with its numbers (`70–80%: 11`, …). */
  readonly distribution: (bins: readonly HistogramBin[]) => string;
  /** The caption under the histogram's bars. */
  readonly axis: string;
  readonly noStudents: string;
  readonly mean: (percent: number) => string;
  /** A status bar's name for screen readers: `Correct 31, Incorrect 8`. */
  readonly shares: (shares: readonly { readonly status: Status; readonly count: number }[]) => string;
  /** A segment's tooltip: `Correct: 31 (72%)`. */
  readonly share: (status: Status, count: number, percent: number) => string;
}

const n = (x: number): string => String(Math.round(x * 100) / 100);

// The histogram lies on its side: one row per score range, its label on the left, the count
// after the bar. Rows keep their height whatever the page's width, so on a 390 px phone the
// 13-unit labels are drawn at about 13 px and never crowd each other (upright columns would
// have to share 360 units between ten labels).
const HISTOGRAM = { width: 360, labelEnd: 62, barStart: 68, countRoom: 30, row: 24, bar: 16, top: 4, caption: 26, font: 13 } as const;

/** x of a mark `w` wide that starts at `x` of a chart `width` wide, mirrored for a right-to-left reader. */
const along = (words: ChartWords, width: number) => (x: number, w = 0): number => (words.direction === 'rtl' ? width - x - w : x);

export function histogramSvg(bins: readonly HistogramBin[], words: ChartWords): string {
  const { width, labelEnd, barStart, countRoom, row, bar, top, caption, font } = HISTOGRAM;
  const x = along(words, width);
  const height = top + bins.length * row + caption;
  const longest = width - barStart - countRoom;
  const highest = Math.max(1, ...bins.map((b) => b.count));
  // `direction` makes a text's anchor its end in the reading direction, so the same anchors
  // serve both directions once the x coordinates are mirrored.
  const parts: string[] = [
    `<svg class="chart histogram" viewBox="0 0 ${width} ${height}" direction="${words.direction}" font-size="${font}" role="img" aria-label="${escapeHtml(words.distribution(bins))}">`,
    `<line x1="${x(barStart)}" y1="${top}" x2="${x(barStart)}" y2="${top + bins.length * row}" stroke="currentColor" stroke-width="1"/>`,
  ];
  bins.forEach((bin, i) => {
    const y = top + i * row;
    const middle = y + row / 2 + font * 0.35;
    const length = (bin.count / highest) * longest;
    parts.push(`<text x="${x(labelEnd)}" y="${n(middle)}" text-anchor="end" fill="currentColor">${escapeHtml(words.bin(bin))}</text>`);
    if (bin.count > 0) {
      parts.push(
        `<rect x="${n(x(barStart, length))}" y="${n(y + (row - bar) / 2)}" width="${n(length)}" height="${bar}" fill="${BAR_COLOUR}"><title>${escapeHtml(words.binStudents(bin))}</title></rect>`,
      );
    }
    parts.push(`<text x="${n(x(barStart + length + 4))}" y="${n(middle)}" fill="currentColor">${escapeHtml(words.count(bin.count))}</text>`);
  });
  parts.push(`<text x="${n(width / 2)}" y="${height - 8}" text-anchor="middle" fill="currentColor">${escapeHtml(words.axis)}</text>`, '</svg>');
  return parts.join('');
}

/** The share of each status among the students who have the exercise, as one stacked bar. */
export function statusBarSvg(counts: Readonly<Record<Status, number>>, words: ChartWords): string {
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const width = 300;
  const height = 18;
  const x = along(words, width);
  const shown = STATUSES.filter((s) => counts[s] > 0).map((status) => ({ status, count: counts[status] }));
  const parts = [
    `<svg class="chart status-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(total === 0 ? words.noStudents : words.shares(shown))}">`,
  ];
  if (total === 0) parts.push(outline(width, height));
  let at = 0;
  const gaps: number[] = [];
  for (const { status, count } of shown) {
    const w = (count / total) * width;
    const share = Math.round((count / total) * 100);
    parts.push(`<rect x="${n(x(at, w))}" y="0" width="${n(w)}" height="${height}" fill="${STATUS_COLOURS[status]}"><title>${escapeHtml(words.share(status, count, share))}</title></rect>`);
    if (at > 0) gaps.push(x(at));
    at += w;
  }
  // Two statuses of one tone (incorrect and error) share a colour: a white gap keeps their
  // segments apart, as it does for any two neighbours.
  if (gaps.length > 0) parts.push(`<path d="${gaps.map((g) => `M${n(g)} 0V${height}`).join('')}" stroke="#fff" stroke-width="2" vector-effect="non-scaling-stroke"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** The mean score as a share of the maximum, inside an outline of the maximum. */
export function meanBarSvg(mean: number, max: number, words: ChartWords): string {
  const width = 160;
  const height = 12;
  const share = max > 0 ? Math.min(1, Math.max(0, mean / max)) : 0;
  return [
    `<svg class="chart mean-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(words.mean(Math.round(share * 100)))}">`,
    `<rect x="${n(along(words, width)(0, share * width))}" y="0" width="${n(share * width)}" height="${height}" fill="${BAR_COLOUR}"/>`,
    outline(width, height),
    '</svg>',
  ].join('');
}

/** A frame around a bar's whole extent, drawn 1 px wide inside it whatever the bar is stretched to. */
function outline(width: number, height: number): string {
  return `<rect x="0" y="0" width="${width}" height="${height}" fill="none" stroke="${OUTLINE_COLOUR}" stroke-width="2" vector-effect="non-scaling-stroke"/>`;
}
