// `npm run browser-check [folder…] [--screenshots <dir>]`: every HTML page of one or more
// grading runs (one per language: `graded/` and `graded-fa/`) opened in headless Chromium at a
// phone's width and a desktop's, and checked: axe-core's WCAG 2.1 A/AA rules, console errors
// and warnings, requests, anything wider than the viewport, and regions that scroll sideways
// (a failure unless a keyboard can reach them and they are named). Exit 0 when every page
// passes, 1 when one does not or Chromium is missing, 2 on bad usage.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { join, resolve } from 'node:path';
import { checkPage, type PageProblem } from './browser/check-page.ts';
import { ChromiumMissing, launchChromium } from './browser/chromium.ts';
import { openPage } from './browser/open-page.ts';
import { findRunPages, type RunPages } from './browser/run-pages.ts';
import { VIEWPORTS } from './browser/viewports.ts';

interface Options {
  readonly folders: string[];
  screenshots?: string;
  student?: string;
  at?: string;
}

const USAGE = 'usage: npm run browser-check -- [out-folder …] [--screenshots <dir> [--student <id>] [--at <element id>]]\n';

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--screenshots') options.screenshots = value();
    else if (arg === '--student') options.student = value();
    else if (arg === '--at') options.at = value();
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.folders.push(arg);
  }
  if ([options.screenshots, options.student, options.at].some((v) => v === '')) return 'an option is missing its value';
  if (options.folders.length === 0) options.folders.push('out/example-class');
  return options;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) return void process.stdout.write(USAGE), 0;
  const options = parseArgs(argv);
  if (typeof options === 'string') return void process.stderr.write(`browser-check: ${options}\n${USAGE}`), 2;
  const runs: RunPages[] = [];
  for (const folder of options.folders) {
    const run = findRunPages(resolve(folder));
    if (typeof run === 'string') return void process.stderr.write(`browser-check: ${run}\n`), 2;
    runs.push(run);
  }
  let chromium;
  try {
    chromium = await launchChromium();
  } catch (error) {
    if (error instanceof ChromiumMissing) return void process.stderr.write(`browser-check: ${error.message}\n`), 1;
    throw error;
  }
  const problems: PageProblem[] = [];
  let views = 0;
  try {
    for (const run of runs) {
      for (const page of [run.summary, ...run.reports.values()]) {
        for (const viewport of VIEWPORTS) {
          views++;
          const found = await checkPage(chromium.browser, page, viewport);
          for (const problem of found) process.stdout.write(`${problem.file} (${problem.viewport}): ${problem.severity} ${problem.code}: ${problem.message}\n`);
          problems.push(...found);
        }
      }
      if (options.screenshots !== undefined) await screenshots(chromium.browser, run, options);
    }
  } finally {
    await chromium.close();
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
