// The example class graded by the real CLI into a temporary folder, for the tests that open
// its pages in Chromium; and the same pages laid out right to left.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../e2e/fixture.ts';
import { finished, spawnGrader } from '../e2e/run.ts';

/** Students whose reports show every part of the templates between them. */
export const SAMPLE = {
  'zahra.mohammadi': 'tests and entries tables, recognised mistakes, a partly correct answer',
  'kian.bahrami': 'a code file that did not load, answers that cannot be read',
  'dariush.kamali': 'no submission at all',
  'elham.najafi': 'the longest status, memory limit exceeded',
} as const;
export type SampleStudent = keyof typeof SAMPLE;

/** `grader grade <class> [--roster <roster>] --out <dir>/graded` by the real CLI (no roster: `null`); the folder. */
export async function grade(dir: string, submissions = 'examples/class', roster: string | null = 'examples/roster.csv'): Promise<string> {
  const out = join(dir, 'graded');
  const args = ['grade', submissions, ...(roster === null ? [] : ['--roster', roster]), '--out', out];
  const run = await finished(spawnGrader(REPO, args));
  if (run.code !== 0) throw new Error(`grading ${submissions} failed (${run.code}): ${run.err}`);
  return out;
}

/** A class of a few students of the example class, copied into `<dir>/class`. */
export function smallClass(dir: string, students: readonly string[]): string {
  const folder = join(dir, 'class');
  for (const student of students) cpSync(join(REPO, 'examples/class', student), join(folder, student), { recursive: true });
  return folder;
}

/**
 * The summary and the reports of `students` with their <html> element set to Persian, right
 * to left: how the stylesheet lays out a page in the direction of the course's language. (The
 * words stay English until `grader report --lang fa` renders them in Persian; the layout is
 * what is checked here.)
 */
export function rightToLeftCopy(graded: string, dir: string, students: readonly string[] = Object.keys(SAMPLE)): string {
  const out = join(dir, 'rtl');
  mkdirSync(join(out, 'reports'), { recursive: true });
  const flip = (page: string): void => {
    const html = readFileSync(join(graded, page), 'utf8');
    if (!html.includes('<html lang="en">')) throw new Error(`${page} has no <html lang="en">`);
    writeFileSync(join(out, page), html.replace('<html lang="en">', '<html lang="fa" dir="rtl">'));
  };
  flip('summary.html');
  for (const student of students) flip(`reports/${student}.html`);
  return out;
}
