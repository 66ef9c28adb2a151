// `npm run browser-check [folder…] [--lang <codes>] [--screenshots <dir>]`: every HTML page of
// one or more grading runs, in every language of the course, opened in headless Chromium at a
// phone's width and a desktop's, and checked: axe-core's WCAG 2.1 A/AA rules, console errors
// and warnings, requests, anything wider than the viewport, and regions that scroll sideways
// (a failure unless a keyboard can reach them and they are named). A run's folder holds its
// pages in one language; the course's other languages (its results record them) are rendered
// from its results with `grader report --lang` into a temporary folder and checked too. Exit 0
// when every page passes, 1 when one does not or Chromium is missing, 2 on bad usage.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { basename, join, resolve } from 'node:path';
import { checkPage, type PageProblem } from './browser/check-page.ts';
import { type Chromium, ChromiumMissing, launchChromium } from './browser/chromium.ts';
import { openPage } from './browser/open-page.ts';
import { renderLanguage, runLanguages } from './browser/other-languages.ts';
import { findRunPages, type RunPages } from './browser/run-pages.ts';
import { VIEWPORTS } from './browser/viewports.ts';

interface Options {
  readonly folders: string[];
  screenshots?: string;
  student?: string;
  at?: string;
  /** Only these languages (`--lang en,fa`); every language of the course when absent. */
  langs?: string[];
}

const USAGE = `usage: npm run browser-check -- [out-folder …] [--lang <codes>] [--screenshots <dir> [--student <id>] [--at <element id>]]

  out-folder       a grading run's folder (grader grade --out), or pages rendered by grader report;
                   default out/example-class. The pages of a run with results/ are also rendered
                   in each other language of the course (grader report --lang, into a temporary
                   folder, kept when a page fails) and checked too
  --lang <codes>   only these languages, comma-separated (en,fa); default every language
  --screenshots    write report-<lang>-{phone,desktop}.png of one student and
                   summary-<lang>-{phone,desktop}.png, for every language checked
  --student <id>   the student of the report's screenshots (default the first)
  --at <id>        scroll the report's screenshots to this element (ex-<exercise id>)
`;

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--screenshots') options.screenshots = value();
    else if (arg === '--student') options.student = value();
    else if (arg === '--at') options.at = value();
    else if (arg === '--lang') options.langs = (value() ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.folders.push(arg);
  }
  if ([options.screenshots, options.student, options.at].some((v) => v === '') || options.langs?.length === 0) return 'an option is missing its value';
  if (options.folders.length === 0) options.folders.push('out/example-class');
  return options;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) return void process.stdout.write(USAGE), 0;
  const options = parseArgs(argv);
  if (typeof options === 'string') return void process.stderr.write(`browser-check: ${options}\n${USAGE}`), 2;
  const given: RunPages[] = [];
  for (const folder of options.folders) {
    const run = findRunPages(resolve(folder));
    if (typeof run === 'string') return void process.stderr.write(`browser-check: ${run}\n`), 2;
    given.push(run);
  }
  let chromium: Chromium;
  try {
    chromium = await launchChromium();
  } catch (error) {
    if (error instanceof ChromiumMissing) return void process.stderr.write(`browser-check: ${error.message}\n`), 1;
    throw error;
  }
  const temp = mkdtempSync(join(tmpdir(), 'grader-browser-check-'));
  // The pages rendered here are kept when one fails, for a look at it.
  let keep = false;
  try {
    const runs = await everyLanguage(given, options, temp);
    if (typeof runs === 'string') return void process.stderr.write(`browser-check: ${runs}\n`), 1;
    const code = await check(chromium.browser, runs, options);
    keep = code !== 0 && runs.some((run) => run.folder.startsWith(temp));
    if (keep) process.stdout.write(`browser-check: the pages rendered in other languages are kept in ${temp}\n`);
    return code;
  } finally {
    await chromium.close();
    if (!keep) rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The runs given, in the languages asked for, and each run with results rendered in every other
 * language of its course that no folder given is in; or a sentence saying what failed.
 */
async function everyLanguage(given: readonly RunPages[], options: Options, temp: string): Promise<RunPages[] | string> {
  const wanted = (lang: string): boolean => options.langs === undefined || options.langs.includes(lang);
  const runs = given.filter((run) => wanted(run.lang));
  for (const run of given) {
    for (const lang of runLanguages(run.folder)) {
      if (!wanted(lang) || runs.some((r) => r.lang === lang)) continue;
      const out = join(temp, `${basename(run.folder)}-${lang}`);
      const failed = await renderLanguage(run.folder, lang, out);
      if (failed !== undefined) return failed;
      const rendered = findRunPages(out);
      if (typeof rendered === 'string') return rendered;
      process.stdout.write(`browser-check: ${run.folder} rendered in ${lang} (grader report --lang ${lang}) into ${out}\n`);
      runs.push(rendered);
    }
  }
  if (runs.length === 0) return `no pages in ${options.langs?.join(', ')}: the folders are in ${given.map((run) => run.lang).join(', ')}, and their courses have no such language`;
  return runs;
}

/** Every page of `runs` at every viewport; the exit code. */
async function check(browser: Browser, runs: readonly RunPages[], options: Options): Promise<number> {
  const problems: PageProblem[] = [];
  let views = 0;
  for (const run of runs) {
    for (const page of [run.summary, ...run.reports.values()]) {
      for (const viewport of VIEWPORTS) {
        views++;
        const found = await checkPage(browser, page, viewport);
        for (const problem of found) process.stdout.write(`${problem.file} (${problem.viewport}): ${problem.severity} ${problem.code}: ${problem.message}\n`);
        problems.push(...found);
      }
    }
    if (options.screenshots !== undefined) await screenshots(browser, run, options);
  }
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.viewport}`)).size;
  const scrolling = problems.filter((p) => p.code === 'scrolls-sideways').length;
  const pages = runs.reduce((n, run) => n + 1 + run.reports.size, 0);
  const languages = runs.map((run) => run.lang).join(', ');
  process.stdout.write(
    failed === 0
      ? `browser-check: ${pages} pages (${languages}) at ${VIEWPORTS.map((v) => `${v.width}px`).join(' and ')}: no accessibility violation, console message, request or page wider than the viewport${scrolling === 0 ? '' : `; ${scrolling} labelled regions scroll sideways (listed above)`}.\n`
      : `browser-check: ${failed} of ${views} page views had problems.\n`,
  );
  return failed === 0 ? 0 : 1;
}

/** report-<lang>-<viewport>.png of one student (scrolled to `--at`), summary-<lang>-<viewport>.png. */
async function screenshots(browser: Browser, run: RunPages, options: Options): Promise<void> {
  const dir = resolve(options.screenshots!);
  mkdirSync(dir, { recursive: true });
  const student = options.student ?? [...run.reports.keys()][0];
  const report = student === undefined ? undefined : run.reports.get(student);
  if (report === undefined) throw new Error(`no report for ${student ?? 'any student'} in ${run.folder}`);
  for (const [name, page, at] of [['report', report, options.at], ['summary', run.summary, undefined]] as const) {
    for (const viewport of VIEWPORTS) {
      const file = join(dir, `${name}-${run.lang}-${viewport.name}.png`);
      const opened = await openPage(browser, page, viewport);
      try {
        if (at !== undefined) await opened.page.evaluate((id) => (globalThis as unknown as { document: { getElementById(i: string): { scrollIntoView(): void } | null } }).document.getElementById(id)?.scrollIntoView(), at);
        await opened.page.screenshot({ path: file as `${string}.png` });
      } finally {
        await opened.close();
      }
      process.stdout.write(`Wrote ${file}\n`);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`browser-check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
