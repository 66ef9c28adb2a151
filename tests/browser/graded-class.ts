// The example class graded by the real CLI into a temporary folder, for the tests that open
// its pages in Chromium: in the course's first language, Persian, and rendered again from the
// same results in English (`grader report --lang en`).
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
 * `grader report <graded> --lang <lang> --out <dir>/<lang>` by the real CLI: the same results in
 * another language of the course, without grading again; the folder.
 */
export async function renderIn(graded: string, lang: string, dir: string): Promise<string> {
  const out = join(dir, lang);
  const run = await finished(spawnGrader(REPO, ['report', graded, '--lang', lang, '--out', out]));
  if (run.code !== 0) throw new Error(`grader report --lang ${lang} failed (${run.code}): ${run.err}`);
  return out;
}

/** The example class graded (in the course's first language, Persian) and rendered in English: the folder of each. */
export async function gradeInBothLanguages(dir: string, submissions?: string, roster?: string | null): Promise<Record<'fa' | 'en', string>> {
  const fa = await grade(dir, submissions, roster);
  const lang = /<html lang="([^"]+)" dir="rtl">/.exec(readFileSync(join(fa, 'summary.html'), 'utf8'))?.[1];
  if (lang !== 'fa') throw new Error(`the course's first language should be Persian, right to left; the summary is in ${lang ?? 'another direction'}`);
  return { fa, en: await renderIn(fa, 'en', dir) };
}

/** The summary and the reports of `students` of a run, copied into `<dir>/<name>` without its results: pages to break. */
export function copyPages(run: string, dir: string, name: string, students: readonly string[]): string {
  const out = join(dir, name);
  mkdirSync(join(out, 'reports'), { recursive: true });
  for (const page of ['summary.html', ...students.map((id) => `reports/${id}.html`)]) writeFileSync(join(out, page), readFileSync(join(run, page)));
  return out;
}
