// The example class graded by the real CLI into a temporary folder, for the tests that open
// its pages in Chromium; and the same pages laid out right to left.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** `grader grade examples/class --roster examples/roster.csv --out <dir>/graded`; the folder. */
export async function gradeExampleClass(dir: string): Promise<string> {
  const out = join(dir, 'graded');
  const run = await finished(spawnGrader(REPO, ['grade', 'examples/class', '--roster', 'examples/roster.csv', '--out', out]));
  if (run.code !== 0) throw new Error(`grading the example class failed (${run.code}): ${run.err}`);
  return out;
}

/**
 * The summary and the sample's reports with their <html> element set to Persian, right to
 * left: how the stylesheet lays out a page in the direction of the course's language. (The
 * words stay English until `grader report --lang fa` renders them in Persian; the layout is
 * what is checked here.)
 */
export function rightToLeftCopy(graded: string, dir: string): string {
  const out = join(dir, 'rtl');
  mkdirSync(join(out, 'reports'), { recursive: true });
  const flip = (from: string, to: string): void => {
    const html = readFileSync(join(graded, from), 'utf8');
    if (!html.includes('<html lang="en">')) throw new Error(`${from} has no <html lang="en">`);
    writeFileSync(join(out, to), html.replace('<html lang="en">', '<html lang="fa" dir="rtl">'));
  };
  flip('summary.html', 'summary.html');
  for (const student of Object.keys(SAMPLE)) flip(`reports/${student}.html`, `reports/${student}.html`);
  return out;
}
