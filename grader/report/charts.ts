// The summary's charts as inline SVG strings, every coordinate computed here: no script, no
// external asset, and the same numbers give the same bytes. Each chart carries its numbers as
// text too (labels, <title> tooltips, an aria-label), so colour is never the only carrier.
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { escapeHtml } from './html.ts';
import type { HistogramBin } from './summary.ts';
import { STATUS_DISPLAY } from './status.ts';

/** One colour per status, distinct for the stacked bars (the icons' tones group them). */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = {
  correct: '#1a7f37',
  partial: '#d4a72c',
  incorrect: '#cf222e',
  missing: '#afb8c1',
  invalid: '#8250df',
  error: '#82071e',
  timeout: '#bc4c00',
  memory: '#6e5494',
};

const n = (x: number): string => String(Math.round(x * 100) / 100);

export function histogramSvg(bins: readonly HistogramBin[]): string {
  const width = 640;
  const height = 240;
  const left = 36;
  const bottom = 36;
  const top = 20;
  const plotHeight = height - bottom - top;
  const slot = (width - left - 8) / Math.max(1, bins.length);
  const highest = Math.max(1, ...bins.map((b) => b.count));
  const label = bins.map((b) => `${binLabel(b)}%: ${b.count}`).join(', ');
  const parts: string[] = [
    `<svg class="chart histogram" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Score distribution (students per score range): ${label}`)}">`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 8}" y2="${top + plotHeight}" stroke="currentColor" stroke-width="1"/>`,
  ];
  bins.forEach((bin, i) => {
    const barHeight = (bin.count / highest) * plotHeight;
    const x = left + i * slot + slot * 0.1;
    const y = top + plotHeight - barHeight;
    const middle = left + i * slot + slot / 2;
    parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(slot * 0.8)}" height="${n(barHeight)}" fill="#0969da"><title>${binLabel(bin)}%: ${bin.count} ${bin.count === 1 ? 'student' : 'students'}</title></rect>`,
      `<text x="${n(middle)}" y="${n(y - 4)}" text-anchor="middle" font-size="12">${bin.count}</text>`,
      `<text x="${n(middle)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${binLabel(bin)}</text>`,
    );
  });
  parts.push(`<text x="${n(width / 2)}" y="${height - 4}" text-anchor="middle" font-size="12">score (% of the maximum)</text>`, '</svg>');
  return parts.join('');
}

/** The share of each status among the students who have the exercise, as one stacked bar. */
export function statusBarSvg(counts: Readonly<Record<Status, number>>): string {
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const width = 300;
  const height = 18;
  const shares = STATUSES.filter((s) => counts[s] > 0).map((s) => `${STATUS_DISPLAY[s].label} ${counts[s]}`);
  const parts = [
    `<svg class="chart status-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(total === 0 ? 'no students' : shares.join(', '))}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#eaeef2"/>`,
  ];
  let x = 0;
  for (const status of STATUSES) {
    if (counts[status] === 0) continue;
    const w = (counts[status] / total) * width;
    const share = Math.round((counts[status] / total) * 100);
    parts.push(
      `<rect x="${n(x)}" y="0" width="${n(w)}" height="${height}" fill="${STATUS_COLOURS[status]}"><title>${escapeHtml(STATUS_DISPLAY[status].label)}: ${counts[status]} (${share}%)</title></rect>`,
    );
    x += w;
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The mean score as a share of the maximum. */
export function meanBarSvg(mean: number, max: number): string {
  const width = 160;
  const height = 12;
  const share = max > 0 ? Math.min(1, Math.max(0, mean / max)) : 0;
  return [
    `<svg class="chart mean-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="mean ${Math.round(share * 100)}% of the maximum">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#eaeef2"/>`,
    `<rect x="0" y="0" width="${n(share * width)}" height="${height}" fill="#0969da"/>`,
    '</svg>',
  ].join('');
}

/** `70–80` holds 70% up to, not including, 80%; the last bin includes 100%. */
function binLabel(bin: HistogramBin): string {
  return `${bin.from}–${bin.to}`;
}
