// The pages of a real grading run (the example class, graded by the CLI in its first language,
// Persian, right to left, and rendered again in English by `grader report --lang en`) in
// Chromium, at a phone's width and a desktop's: no accessibility violation, console message,
// request, page wider than the screen or table a keyboard cannot scroll; test and entry tables
// that fit a 390 px phone; a histogram readable there; the same colour for a status in the
// reports and in the summary; printed on A4 without a near-empty first page or pages lost to
// breaks. Chromium (or poppler-utils, for printing) missing fails these tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import type { MessageCode } from '../../grader/messages/message.ts';
import { STATUS_COLOURS } from '../../grader/report/charts.ts';
import { STATUSES } from '../../grader/result/types.ts';
import { checkPage, type Chromium, DESKTOP, launchChromium, type OpenedPage, openPage, type PageProblem, PHONE, type Viewport, VIEWPORTS } from '../../scripts/browser/index.ts';
import { gradeInBothLanguages, SAMPLE } from './graded-class.ts';
import { pagesOfContent, pdfPageCount, pdfPageText, printA4 } from './pdf.ts';
import { iconColours, linesOf, overlaps, rgb, svgTexts } from './probes.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-report-pages-'));
let chromium: Chromium;
let folders: Record<Lang, string>;
beforeAll(async () => {
  folders = await gradeInBothLanguages(dir);
  chromium = await launchChromium(); // no Chromium: this fails, it does not skip
});
afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Lang = 'en' | 'fa';
const LANGS: readonly Lang[] = ['en', 'fa'];
/** A label as the catalogue of `lang` writes it (labels have no params). */
const said = (lang: Lang, code: MessageCode): string => loadCatalogue(lang).catalogue!.templates.get(code)!;
/** The score ranges of the histogram, written out: one piece of text each, in the language's digits. */
const RANGES: Record<Lang, readonly string[]> = {
  en: ['0–10%', '10–20%', '20–30%', '30–40%', '40–50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–100%'],
  fa: ['۰–۱۰٪', '۱۰–۲۰٪', '۲۰–۳۰٪', '۳۰–۴۰٪', '۴۰–۵۰٪', '۵۰–۶۰٪', '۶۰–۷۰٪', '۷۰–۸۰٪', '۸۰–۹۰٪', '۹۰–۱۰۰٪'],
};

const PAGES = ['summary.html', ...Object.keys(SAMPLE).map((id) => `reports/${id}.html`)];
const at = async <T>(lang: Lang, page: string, viewport: Viewport, look: (opened: OpenedPage) => Promise<T>): Promise<T> => {
  const opened = await openPage(chromium.browser, join(folders[lang], page), viewport);
  try {
    return await look(opened);
  } finally {
    await opened.close();
  }
};

describe('the sample of pages', () => {
  it.each(LANGS)('shows every template and every part of one, in %s', (lang) => {
    const html = Object.keys(SAMPLE).map((id) => readFileSync(join(folders[lang], 'reports', `${id}.html`), 'utf8')).join('\n');
    const parts = ['<table class="cases stack"', '<table class="elements stack"', '<section class="work-on"', '<section class="problems"', '<section class="nothing"', '<div class="misconception"', '<section class="overview"'];
    for (const part of parts) expect(html, part).toContain(part);
    const summary = readFileSync(join(folders[lang], 'summary.html'), 'utf8');
    expect(summary).toContain('<svg class="chart histogram"');
    // Each page in its language, laid out in its direction: these are the pages the class reads.
    for (const page of [html, summary]) expect(page).toContain(lang === 'fa' ? '<html lang="fa" dir="rtl">' : '<html lang="en" dir="ltr">');
  });
});

describe.each(LANGS)('pages in %s', (lang) => {
  const views = PAGES.flatMap((page) => VIEWPORTS.map((viewport) => [page, viewport.name, viewport] as const));
  it.each(views)('%s at the %s width has no problem', async (page, _name, viewport) => {
    const problems = await checkPage(chromium.browser, join(folders[lang], page), viewport);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    // Only the summary's score table and its class list may scroll, and only on a phone.
    const scrolling = problems.filter((p: PageProblem) => p.code === 'scrolls-sideways').map((p) => p.message.replace(/ by \d+px/, ''));
    const regions = [said(lang, 'summary.distribution'), said(lang, 'summary.students')].map((name) => `(focusable, region "${name}")`);
    if (page !== 'summary.html' || viewport === DESKTOP) expect(scrolling).toEqual([]);
    else for (const message of scrolling) expect(regions.some((region) => message.endsWith(region)), message).toBe(true);
  });

  it('draws the histogram on a phone with labels of 12 px or more that neither overlap nor stick out', async () => {
    const { svg, texts } = await at(lang, 'summary.html', PHONE, ({ page }) => svgTexts(page, 'svg.histogram'));
    expect(texts.filter((t) => t.text.includes('–')).map((t) => t.text)).toEqual(RANGES[lang]);
    for (const text of texts) {
      expect(text.px, text.text).toBeGreaterThanOrEqual(12);
      expect(text.box.left, text.text).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(text.box.right, text.text).toBeLessThanOrEqual(svg.right + 0.5);
    }
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.text} / ${b.text}`).toBe(false)));
  });

  it.each(VIEWPORTS.map((v) => [v.name, v] as const))('keeps each score range of the table whole at the %s width', async (_name, viewport) => {
    const headers = await at(lang, 'summary.html', viewport, ({ page }) => linesOf(page, '.histogram-table thead th'));
    expect(headers.map((h) => h.text)).toEqual([said(lang, 'summary.score'), ...RANGES[lang]]);
    for (const header of headers) expect(header.lines, header.text).toBe(1);
  });

  it("keeps each status of the overview on one line on a phone, the longest one's too", async () => {
    for (const student of ['elham.najafi', 'kian.bahrami'] as const) {
      const cells = await at(lang, `reports/${student}.html`, PHONE, ({ page }) => linesOf(page, '.overview td.status'));
      expect(cells.length).toBeGreaterThan(40);
      for (const cell of cells) expect(cell.lines, `${student}: ${cell.text}`).toBe(1);
      if (student === 'elham.najafi') expect(cells.map((c) => c.text)).toContain(said(lang, 'status.memory'));
    }
  });

  it('paints a status in the same colour in a report and in the summary', async () => {
    const seen: Record<string, string> = {};
    for (const student of Object.keys(SAMPLE)) {
      Object.assign(seen, await at(lang, `reports/${student}.html`, DESKTOP, ({ page }) => iconColours(page, '.overview td.status svg.icon')));
    }
    const summary = readFileSync(join(folders[lang], 'summary.html'), 'utf8');
    const inSummary = new Map([...summary.matchAll(/fill="(#[0-9a-f]{6})"><title>([^:<]+): [\d۰-۹]+ \(/g)].map((m) => [m[2]!, m[1]!]));
    const label = (status: (typeof STATUSES)[number]): string => said(lang, `status.${status}`);
    const shown = STATUSES.filter((status) => seen[label(status)] !== undefined);
    expect(shown).toEqual(expect.arrayContaining(['correct', 'partial', 'incorrect', 'missing', 'invalid', 'memory']));
    for (const status of shown) {
      expect(seen[label(status)], status).toBe(rgb(STATUS_COLOURS[status]));
      expect(inSummary.get(label(status)), status).toBe(STATUS_COLOURS[status]);
    }
  });
});

describe('printing', () => {
  // What the first page must carry, past the headings: the start of the content. pdftotext
  // gives Persian text with bidi marks and with some letters joined as printed; the marks are
  // removed, and the words chosen are ones it gives back as written.
  const FIRST_ROWS: Record<Lang, Record<string, RegExp>> = {
    en: {
      'reports/zahra.mohammadi.html': /Work on these first[\s\S]*Softmax of three logits[\s\S]*Overview[\s\S]*Exercise\s+Status\s+Points[\s\S]*Predicting a house price[\s\S]*Reading a handwritten digit/,
      'reports/dariush.kamali.html': /Nothing handed in[\s\S]*answers\.yaml/,
      'summary.html': /Students who may need attention[\s\S]*reza\.karimi[\s\S]*parisa\.kazemi[\s\S]*Misconceptions across all exercises/,
    },
    fa: {
      'reports/zahra.mohammadi.html': /اول روی این‌ها کار کنید[\s\S]*نمای کلی[\s\S]*پیش‌بینی قیمت خانه[\s\S]*خواندن یک رقم دست‌نویس/,
      'reports/dariush.kamali.html': /چیزی تحویل داده نشده است[\s\S]*answers\.yaml/,
      'summary.html': /دانشجویانی که شاید به توجه نیاز داشته باشند[\s\S]*reza\.karimi[\s\S]*parisa\.kazemi[\s\S]*بدفهمی‌ها در/,
    },
  };
  const cases = LANGS.flatMap((lang) => Object.keys(FIRST_ROWS[lang]).map((page) => [page, lang] as const));
  it.each(cases)('prints %s (%s) on A4 with a full first page and no page wasted', async (page, lang) => {
    const pdf = join(dir, `${lang}-${page.replace(/\W/g, '-')}.pdf`);
    const least = await at(lang, page, DESKTOP, async ({ page: tab }) => {
      await printA4(tab, pdf);
      return pagesOfContent(tab);
    });
    // The first page carries the start of the content, not a heading alone.
    expect(pdfPageText(pdf, 1).replace(/[\u202a-\u202e]/g, '')).toMatch(FIRST_ROWS[lang][page]!);
    // Breaks kept out of small blocks cost a little room, never a page in five.
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(Math.floor(least));
    expect(pages).toBeLessThanOrEqual(Math.ceil(least * 1.15));
  });
});
