// `npm run browser-check` as a user runs it (node dist/browser-check.js, built by the tests'
// global setup) on the pages of a real grading run: a clean run passes in every language of
// the course (the run's own, Persian, and English rendered from its results), a page that
// scrolls sideways without a name fails it, screenshots are written where asked, and a missing
// browser fails rather than passing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../e2e/fixture.ts';
import { finished, type Run } from '../e2e/run.ts';
import { copyPages, grade, smallClass } from './graded-class.ts';

// One student (tests and entries tables, a recognised mistake) keeps the runs short on a loaded machine.
const STUDENTS = ['zahra.mohammadi'];
const dir = mkdtempSync(join(tmpdir(), 'grader-browser-check-'));
let graded: string;
beforeAll(async () => {
  graded = await grade(dir, smallClass(dir, STUDENTS), null);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const browserCheck = (args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> =>
  finished(spawn(process.execPath, [join(REPO, 'dist/browser-check.js'), ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] }));

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string): [number, number] => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('npm run browser-check', () => {
  it('passes a run in every language of its course, rendering the others from its results, and writes the screenshots asked for', async () => {
    const shots = join(dir, 'shots');
    const temps = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('grader-browser-check-') && !dir.endsWith(name)).sort();
    const before = temps();
    const run = await browserCheck([graded, '--screenshots', shots, '--student', 'zahra.mohammadi', '--at', 'ex-softmax-function']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    // The run is in the course's first language, Persian; English is rendered from its results.
    expect(run.out).toMatch(new RegExp(`browser-check: ${graded} rendered in en \\(grader report --lang en\\) into \\S+\\n`));
    expect(run.out).toContain(
      'browser-check: 4 pages (fa, en) at 390px and 1280px: no accessibility violation, console message, request or page wider than the viewport; 4 labelled regions scroll sideways (listed above).\n',
    );
    // The summary's class list is too wide for a phone: it scrolls, in a region that is named, in each language.
    expect(run.out).toMatch(/summary\.html \(phone\): warning scrolls-sideways: a table scrolls sideways by \d+px at .*section\.students.* \(focusable, region "Students"\)/);
    expect(run.out).toMatch(/summary\.html \(phone\): warning scrolls-sideways: a table scrolls sideways by \d+px at .*section\.students.* \(focusable, region "دانشجویان"\)/);
    // The English pages were rendered into a temporary folder, removed once they passed.
    expect(temps()).toEqual(before);
    for (const lang of ['en', 'fa']) {
      expect(pngSize(join(shots, `report-${lang}-phone.png`))).toEqual([780, 1688]);
      expect(pngSize(join(shots, `report-${lang}-desktop.png`))).toEqual([1280, 900]);
      expect(pngSize(join(shots, `summary-${lang}-phone.png`))).toEqual([780, 1688]);
      expect(pngSize(join(shots, `summary-${lang}-desktop.png`))).toEqual([1280, 900]);
    }
  });

  it('checks only the languages asked for', async () => {
    const run = await browserCheck([graded, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('browser-check: 2 pages (en) at 390px and 1280px: ');
  });

  it('fails, naming the page, the width and the problem, when a table scrolls sideways unnamed', async () => {
    // The pages without their results: a folder rendered by grader report is checked as it is, in its one language.
    const broken = copyPages(graded, dir, 'broken', STUDENTS);
    const report = join(broken, 'reports', 'zahra.mohammadi.html');
    const wide = `<div class="table-wrap"><table><tr><td style="white-space:nowrap">${'a long cell '.repeat(12)}</td></tr></table></div>`;
    writeFileSync(report, readFileSync(report, 'utf8').replace('</main>', `${wide}</main>`));
    const run = await browserCheck([broken]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`${report} (phone): error scrolls-unlabelled: a table scrolls sideways by `);
    expect(run.out).toContain('not focusable, no name: give it tabindex="0", role="region" and a label');
    expect(run.out).toContain(`${report} (desktop): error scrolls-unlabelled: `);
    expect(run.out).toContain(`${report} (phone): error accessibility: scrollable-region-focusable (serious)`);
    expect(run.out).toContain('browser-check: 2 of 4 page views had problems.\n');
  });

  it('fails when there is no browser to check with, and says how to install one', async () => {
    const run = await browserCheck([graded], { ...process.env, CHROMIUM: join(dir, 'no-such-chromium') });
    expect(run.code).toBe(1);
    expect(run.err).toContain('browser-check: no Chromium found: install it (apt-get install -y chromium fonts-noto-core)');
  });

  it('refuses a folder that is not a grading run, with exit 2', async () => {
    const run = await browserCheck([join(dir, 'class')]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('has no summary.html and reports/: grade a class into it first (npm run demo)');
    expect(existsSync(join(dir, 'class', 'summary.html'))).toBe(false);
  });
});
