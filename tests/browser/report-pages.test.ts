// The pages of a real grading run (the example class, graded by the CLI) in Chromium, at a
// phone's width and a desktop's, left to right and right to left: no accessibility violation,
// console message, request, page wider than the screen or table a keyboard cannot scroll; test
// and entry tables that fit a 390 px phone; a histogram readable there; and the same colour for
// a status in the reports and in the summary; printed on A4 without a near-empty first page or
// pages lost to breaks. Chromium (or poppler-utils, for printing) missing fails these tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../grader/report/charts.ts';
import { STATUS_DISPLAY } from '../../grader/report/status.ts';
import { STATUSES } from '../../grader/result/types.ts';
import { checkPage, type Chromium, DESKTOP, launchChromium, type OpenedPage, openPage, type PageProblem, PHONE, type Viewport, VIEWPORTS } from '../../scripts/browser/index.ts';
import { grade, rightToLeftCopy, SAMPLE } from './graded-class.ts';
import { pagesOfContent, pdfPageCount, pdfPageText, printA4 } from './pdf.ts';
import { iconColours, linesOf, overlaps, rgb, svgTexts } from './probes.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-report-pages-'));
let chromium: Chromium;
const folders: Record<'ltr' | 'rtl', string> = { ltr: '', rtl: '' };
beforeAll(async () => {
  folders.ltr = await grade(dir);
  folders.rtl = rightToLeftCopy(folders.ltr, dir);
  chromium = await launchChromium(); // no Chromium: this fails, it does not skip
});
afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

const PAGES = ['summary.html', ...Object.keys(SAMPLE).map((id) => `reports/${id}.html`)];
const at = async <T>(direction: 'ltr' | 'rtl', page: string, viewport: Viewport, look: (opened: OpenedPage) => Promise<T>): Promise<T> => {
  const opened = await openPage(chromium.browser, join(folders[direction], page), viewport);
  try {
    return await look(opened);
  } finally {
    await opened.close();
  }
};

describe('the sample of pages', () => {
  it('shows every template and every part of one', () => {
    const html = Object.keys(SAMPLE).map((id) => readFileSync(join(folders.ltr, 'reports', `${id}.html`), 'utf8')).join('\n');
    for (const part of ['<table class="cases stack"', '<table class="elements stack"', '<section class="code-load">', '<section class="problems">', '<div class="misconception">', '<section class="overview">']) {
      expect(html, part).toContain(part);
    }
    expect(readFileSync(join(folders.ltr, 'summary.html'), 'utf8')).toContain('<svg class="chart histogram"');
  });
});

describe.each(['ltr', 'rtl'] as const)('pages laid out %s', (direction) => {
  const views = PAGES.flatMap((page) => VIEWPORTS.map((viewport) => [page, viewport.name, viewport] as const));
  it.each(views)('%s at the %s width has no problem', async (page, _name, viewport) => {
    const problems = await checkPage(chromium.browser, join(folders[direction], page), viewport);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    // Only the summary's score table and its class list may scroll, and only on a phone.
    const scrolling = problems.filter((p: PageProblem) => p.code === 'scrolls-sideways').map((p) => p.message.replace(/ by \d+px/, ''));
    if (page !== 'summary.html' || viewport === DESKTOP) expect(scrolling).toEqual([]);
    else for (const message of scrolling) expect(message).toMatch(/\((focusable, region "(Score distribution|Students)")\)$/);
  });

  it('draws the histogram on a phone with labels of 12 px or more that neither overlap nor stick out', async () => {
    const { svg, texts } = await at(direction, 'summary.html', PHONE, ({ page }) => svgTexts(page, 'svg.histogram'));
    expect(texts.filter((t) => t.text.includes('–')).map((t) => t.text)).toEqual(['0–10%', '10–20%', '20–30%', '30–40%', '40–50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–100%']);
    for (const text of texts) {
      expect(text.px, text.text).toBeGreaterThanOrEqual(12);
      expect(text.box.left, text.text).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(text.box.right, text.text).toBeLessThanOrEqual(svg.right + 0.5);
    }
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.text} / ${b.text}`).toBe(false)));
  });

  it.each(VIEWPORTS.map((v) => [v.name, v] as const))('keeps each score range of the table whole at the %s width', async (_name, viewport) => {
    const headers = await at(direction, 'summary.html', viewport, ({ page }) => linesOf(page, '.histogram-table thead th'));
    expect(headers.map((h) => h.text)).toEqual(['Score', '0–10%', '10–20%', '20–30%', '30–40%', '40–50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–100%']);
    for (const header of headers) expect(header.lines, header.text).toBe(1);
  });

  it("keeps each status of the overview on one line on a phone, the longest one's too", async () => {
    for (const student of ['elham.najafi', 'kian.bahrami'] as const) {
      const cells = await at(direction, `reports/${student}.html`, PHONE, ({ page }) => linesOf(page, '.overview td.status'));
      expect(cells.length).toBeGreaterThan(40);
      for (const cell of cells) expect(cell.lines, `${student}: ${cell.text}`).toBe(1);
      if (student === 'elham.najafi') expect(cells.map((c) => c.text)).toContain('Memory limit exceeded');
    }
  });
});

describe('status colours', () => {
  it('paints a status in the same colour in a report and in the summary', async () => {
    const seen: Record<string, string> = {};
    for (const student of Object.keys(SAMPLE)) {
      Object.assign(seen, await at('ltr', `reports/${student}.html`, DESKTOP, ({ page }) => iconColours(page, '.overview td.status svg.icon')));
    }
    const summary = readFileSync(join(folders.ltr, 'summary.html'), 'utf8');
    const inSummary = new Map([...summary.matchAll(/fill="(#[0-9a-f]{6})"><title>([^:<]+): \d+ \(/g)].map((m) => [m[2]!, m[1]!]));
    const shown = STATUSES.filter((status) => seen[STATUS_DISPLAY[status].label] !== undefined);
    expect(shown).toEqual(expect.arrayContaining(['correct', 'partial', 'incorrect', 'missing', 'invalid', 'memory']));
    for (const status of shown) {
      const label = STATUS_DISPLAY[status].label;
      expect(seen[label], status).toBe(rgb(STATUS_COLOURS[status]));
      expect(inSummary.get(label), status).toBe(STATUS_COLOURS[status]);
    }
  });
});

describe('printing', () => {
  const FIRST_ROWS: Record<string, RegExp> = {
    'reports/zahra.mohammadi.html': /Overview[\s\S]*Exercise\s+Status\s+Points[\s\S]*Predicting a house price[\s\S]*Reading a handwritten digit/,
    'reports/dariush.kamali.html': /Problems with your submission[\s\S]*Overview[\s\S]*Predicting a house price/,
    'summary.html': /Score distribution[\s\S]*90–100%[\s\S]*Exercises[\s\S]*Predicting a\s[\s\S]*Reading a\s/,
  };
  it.each(Object.keys(FIRST_ROWS))('prints %s on A4 with a full first page and no page wasted', async (page) => {
    const pdf = join(dir, `${page.replace(/\W/g, '-')}.pdf`);
    const least = await at('ltr', page, DESKTOP, async ({ page: tab }) => {
      await printA4(tab, pdf);
      return pagesOfContent(tab);
    });
    // The first page carries the start of the content, not a heading alone.
    expect(pdfPageText(pdf, 1)).toMatch(FIRST_ROWS[page]!);
    // Breaks kept out of small blocks cost a little room, never a page in five.
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(Math.floor(least));
    expect(pages).toBeLessThanOrEqual(Math.ceil(least * 1.15));
  });
});
