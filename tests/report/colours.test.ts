// The colours of statuses and charts, measured: every mark at 3:1 or more against the white
// page (WCAG 1.4.11, non-text contrast), tones that stay apart for readers who do not tell red
// from green (simulated with Machado et al.'s model, compared with CIEDE2000), and one colour
// per status in the reports' icons and in the summary's bars.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../grader/result/types.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { chartWords } from '../../grader/report/chart-words.ts';
import { STATUS_COLOURS, histogramSvg, meanBarSvg, statusBarSvg } from '../../grader/report/charts.ts';
import { STATUS_DISPLAY, TONE_COLOURS, type Tone } from '../../grader/report/status.ts';

const REPO = join(import.meta.dirname, '../..');
const difference = differenceCiede2000();
const parsed = (hex: string): Color => {
  const colour = parse(hex);
  if (colour === undefined) throw new Error(`not a colour: ${hex}`);
  return colour;
};
const deuteranopia = (hex: string): Color => filterDeficiencyDeuter(1)(parsed(hex));
const protanopia = (hex: string): Color => filterDeficiencyProt(1)(parsed(hex));
const VISIONS: Readonly<Record<string, (colour: string) => Color | string>> = {
  'typical vision': (colour) => colour,
  'deuteranopia (no green cones)': (colour) => deuteranopia(colour),
  'protanopia (no red cones)': (colour) => protanopia(colour),
};
/** Colours a reader tells apart at a glance, side by side in a bar or a legend. */
const APART = 15;

const tones = Object.keys(TONE_COLOURS) as Tone[];
const pairs = tones.flatMap((a, i) => tones.slice(i + 1).map((b) => [a, b] as const));

describe('status colours', () => {
  it.each(tones)('%s stands at 3:1 or more against white', (tone) => {
    expect(wcagContrast(TONE_COLOURS[tone], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  describe.each(Object.entries(VISIONS))('under %s', (_vision, see) => {
    it.each(pairs)('%s and %s stay apart', (a, b) => {
      expect(difference(see(TONE_COLOURS[a]), see(TONE_COLOURS[b]))).toBeGreaterThanOrEqual(APART);
    });
  });

  it('the old palette would have failed: its green and red look alike without green cones', () => {
    expect(difference(deuteranopia('#1a7f37'), deuteranopia('#cf222e'))).toBeLessThan(APART);
  });

  it("gives each status its tone's colour in the summary's bars", () => {
    for (const status of STATUSES) expect(STATUS_COLOURS[status], status).toBe(TONE_COLOURS[STATUS_DISPLAY[status].tone]);
  });

  it("uses the same colours in the reports' stylesheet", () => {
    const css = readFileSync(join(REPO, 'reports/templates/partials/head.html.hbs'), 'utf8');
    const declared = Object.fromEntries([...css.matchAll(/--(good|part|bad|none|warn): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
    expect(declared).toEqual(TONE_COLOURS);
  });
});

const ENGLISH = chartWords(loadCatalogue('en').catalogue!);
const PERSIAN = chartWords(loadCatalogue('fa').catalogue!);

describe('charts', () => {
  const counts = Object.fromEntries(STATUSES.map((s, i) => [s, i + 1])) as Record<(typeof STATUSES)[number], number>;
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: (i * 7) % 5 }));
  const none = Object.fromEntries(STATUSES.map((s) => [s, 0])) as typeof counts;
  const charts = {
    histogram: histogramSvg(bins, ENGLISH),
    'status bar': statusBarSvg(counts, ENGLISH),
    'empty status bar': statusBarSvg(none, ENGLISH),
    'mean bar': meanBarSvg(2.5, 4, ENGLISH),
    'Persian histogram': histogramSvg(bins, PERSIAN),
    'Persian status bar': statusBarSvg(counts, PERSIAN),
    'Persian mean bar': meanBarSvg(2.5, 4, PERSIAN),
  };

  it.each(Object.entries(charts))('draws every mark of the %s at 3:1 or more against white', (_name, svg) => {
    const colours = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{3,6})"/g)].map((m) => m[1]!);
    expect(colours.length).toBeGreaterThan(0);
    // White is the page, or the gap between two segments of a bar.
    for (const colour of colours.filter((c) => c !== '#fff')) expect(wcagContrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    // Text takes the ink colour of the page.
    for (const text of svg.matchAll(/<text [^>]*>/g)) expect(text[0]).toContain('fill="currentColor"');
  });

  it('separates neighbouring segments of a status bar with a white gap', () => {
    const svg = statusBarSvg({ ...none, incorrect: 1, error: 1, timeout: 2 }, ENGLISH);
    expect(svg).toContain('<path d="M75 0V18M150 0V18" stroke="#fff" stroke-width="2" vector-effect="non-scaling-stroke"/>');
  });

  it('outlines the whole length of a mean bar, so that its empty part shows', () => {
    expect(meanBarSvg(1, 4, ENGLISH)).toMatch(/<rect x="0" y="0" width="40" height="12" fill="#0969da"\/><rect x="0" y="0" width="160" height="12" fill="none" stroke="#8c959f"/);
  });

  it('labels each score range as one piece of text, with the percent sign', () => {
    const svg = histogramSvg(bins, ENGLISH);
    const labels = [...svg.matchAll(/<text x="62" [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['0–10%', '10–20%', '20–30%', '30–40%', '40–50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–100%']);
    expect(svg).toContain('aria-label="Score distribution (students per score range): 0–10%: 0, 10–20%: 2, ');
  });

  it('writes a Persian chart in Persian words and digits, and draws it from the right', () => {
    const svg = histogramSvg(bins, PERSIAN);
    expect(svg).toContain('direction="rtl"');
    // The labels sit right of the axis (x = 360 − 62), ending at it; the bars grow leftwards from it (x = 360 − 68).
    const labels = [...svg.matchAll(/<text x="298" [^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['۰–۱۰٪', '۱۰–۲۰٪', '۲۰–۳۰٪', '۳۰–۴۰٪', '۴۰–۵۰٪', '۵۰–۶۰٪', '۶۰–۷۰٪', '۷۰–۸۰٪', '۸۰–۹۰٪', '۹۰–۱۰۰٪']);
    expect(svg).toContain('<line x1="292" y1="4" x2="292"');
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(bars.length).toBeGreaterThan(0);
    for (const right of bars) expect(right).toBeCloseTo(292, 5);
    expect(svg).toContain('<title>۱۰–۲۰٪: ۲ دانشجو</title>');
    expect(svg).toContain('>تعداد دانشجو در هر بازهٔ نمره (درصد از نمرهٔ کامل)</text>');
    expect(svg).toContain('aria-label="توزیع نمره‌ها (تعداد دانشجو در هر بازهٔ نمره): ۰–۱۰٪: ۰،');
    // Not a Latin letter or digit left in it, but the SVG's own markup.
    expect(svg.replace(/<[^>]*>/g, '')).not.toMatch(/[A-Za-z0-9]/);
    expect(statusBarSvg(none, PERSIAN)).toContain('aria-label="هیچ دانشجویی"');
    expect(meanBarSvg(1, 4, PERSIAN)).toMatch(/aria-label="میانگین ۲۵٪ نمرهٔ کامل"><rect x="120" y="0" width="40" height="12" fill="#0969da"\/>/);
  });
});
