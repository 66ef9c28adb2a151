// The example class graded in its first language, Persian, by the real CLI, and read as a
// Persian reader reads it (issue 14, item 14): every report and the summary in HTML, every
// Markdown report, and `grader check --lang fa`. Each page says it is Persian, right to left;
// no English word is left in what it says, once code, the student's own text, names, file
// names and formulas are taken out; and in the pages math and vectors are isolated left to
// right (dir="ltr" or <code> in HTML, LRI…PDI or a code span in Markdown), so that nothing
// Latin or written in Western digits is left to the right-to-left layout.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRoster } from '../../grader/batch/roster.ts';
import { REPO } from './fixture.ts';
import { englishWords, htmlText, markdownText } from './persian-text.ts';
import { finished, spawnGrader, type Run } from './run.ts';

/**
 * Latin words a Persian page may say, each for its reason. Nothing else: an English word
 * anywhere else in the prose fails the test.
 */
const ALLOWED = new Set([
  // The activation functions' names: the course notes write them in Latin letters too.
  'ReLU',
  'Leaky',
  'ELU',
  'tanh',
  // The logarithms' signs, as the notes write them: ln with base e, log₁₀.
  'ln',
  'log',
  // JavaScript's own words, which the student's code writes and returns: `export function`, `return`, NaN, undefined, Infinity.
  'export',
  'function',
  'return',
  'NaN',
  'undefined',
  'Infinity',
  // A name: the library whose conventions the notes follow.
  'Keras',
]);

/** The course's names from its files: exercise and option ids, shown as written (an example of an answer: `[house-price, spam]`). */
const exerciseFiles = readdirSync(join(REPO, 'exercises'), { recursive: true, encoding: 'utf8' }).filter((file) => /^[^/]+\/[^/]+\.yaml$/.test(file));
const COURSE_NAMES: readonly string[] = exerciseFiles.flatMap((file) => {
  const exercise = parse(readFileSync(join(REPO, 'exercises', file), 'utf8')) as { id?: string; answer?: { options?: { id: string }[] } };
  return [exercise.id ?? '', ...(exercise.answer?.options ?? []).map((option) => option.id)].flatMap((id) => id.match(/[A-Za-z]{2,}/g) ?? []);
});

const dir = mkdtempSync(join(tmpdir(), 'grader-persian-report-'));
const out = join(dir, 'graded');
const roster = [...parseRoster(readFileSync(join(REPO, 'examples/roster.csv'), 'utf8')).entries.values()];
/** The roster's own text (names, sections): the student's, shown as written. */
const withoutRoster = (text: string): string => roster.reduce((t, student) => t.replaceAll(student.name ?? student.id, ' '), text);

let grade: Run;
let check: Run;
const pages: Record<string, string> = {};
const markdown: Record<string, string> = {};
beforeAll(async () => {
  grade = await finished(spawnGrader(REPO, ['grade', 'examples/class', '--roster', 'examples/roster.csv', '--out', out]));
  check = await finished(spawnGrader(REPO, ['check', 'examples/class/zahra.mohammadi', '--lang', 'fa']));
  pages['summary.html'] = readFileSync(join(out, 'summary.html'), 'utf8');
  for (const name of readdirSync(join(out, 'reports')).sort()) {
    const text = readFileSync(join(out, 'reports', name), 'utf8');
    if (name.endsWith('.html')) pages[`reports/${name}`] = text;
    else markdown[`reports/${name}`] = text;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each English word of `texts`, with the text it is in. */
const englishIn = (texts: readonly string[], allowed: ReadonlySet<string> = new Set([...ALLOWED, ...COURSE_NAMES])): string[] =>
  texts.flatMap((text) => englishWords(withoutRoster(text), allowed).map((word) => `${word} in "${text.trim().slice(0, 120)}"`));

describe('the example class graded in Persian', () => {
  it('has every page in Persian, right to left', () => {
    expect(grade.code).toBe(0);
    expect(Object.keys(pages)).toHaveLength(1 + roster.length);
    expect(Object.keys(markdown)).toHaveLength(roster.length);
    for (const [page, html] of Object.entries(pages)) expect(html, page).toMatch(/^<!DOCTYPE html>\n<html lang="fa" dir="rtl">/);
  });

  it.each(['summary.html', 'reports/zahra.mohammadi.html', 'reports/kian.bahrami.html', 'reports/dariush.kamali.html', 'reports/elham.najafi.html'])(
    'leaves no English word in %s, its charts, labels and tooltips included',
    (page) => {
      const read = htmlText(pages[page]!);
      expect(read.english, 'course text with no Persian').toEqual([]);
      expect(englishIn([...read.blocks, ...read.attributes])).toEqual([]);
    },
  );

  it('leaves no English word in any report', () => {
    const found = Object.entries(pages).flatMap(([page, html]) => {
      const read = htmlText(html);
      return [...read.english, ...englishIn([...read.blocks, ...read.attributes])].map((word) => `${page}: ${word}`);
    });
    expect(found).toEqual([]);
  });

  it('isolates math, vectors and every other Latin run left to right in the pages', () => {
    const found = Object.entries(pages).flatMap(([page, html]) =>
      htmlText(html)
        .prose.map(withoutRoster)
        .filter((text) => /[A-Za-z0-9[\]]/.test(text))
        .map((text) => `${page}: "${text.trim().slice(0, 120)}"`),
    );
    expect(found).toEqual([]);
    // Nor a middle dot between the parts of a line: beside Persian digits it reads as a zero (۰ از ۴ · ۰).
    expect(Object.entries(pages).flatMap(([page, html]) => htmlText(html).prose.filter((text) => text.includes('·')).map((text) => `${page}: "${text.trim()}"`))).toEqual([]);
    expect(pages['reports/zahra.mohammadi.html']).toContain('نادرست، ۰ از ۴ امتیاز');
    // And there is math to isolate: the vectors of the prompts, the formulas of the feedback.
    const isolated = htmlText(pages['reports/zahra.mohammadi.html']!).isolated;
    expect(isolated).toContain('z = [2.4, 3.2, 3.9]');
    expect(isolated).toContain('σ(x) = 1 / (1 + e^(−x))');
  });

  it('leaves no English word in the Markdown reports, and isolates their math left to right', () => {
    const words: string[] = [];
    const unisolated: string[] = [];
    for (const [report, text] of Object.entries(markdown)) {
      // The student's own text and the engine's messages are code in the page, and isolated runs here: the same words are theirs here too.
      const own = new Set([...ALLOWED, ...COURSE_NAMES, ...htmlText(pages[report.replace(/\.md$/, '.html')]!).code.flatMap((code) => code.match(/[A-Za-z]{2,}/g) ?? [])]);
      const read = markdownText(text);
      words.push(...englishIn(read.blocks, own).map((word) => `${report}: ${word}`));
      unisolated.push(...read.prose.map(withoutRoster).filter((line) => /[A-Za-z0-9[\]]/.test(line.replace(/\\[[\]]/g, ''))).map((line) => `${report}: "${line.slice(0, 120)}"`));
    }
    expect(words).toEqual([]);
    expect(unisolated).toEqual([]);
    expect(Object.entries(markdown).flatMap(([report, text]) => markdownText(text).prose.filter((line) => line.includes('·')).map((line) => `${report}: "${line}"`))).toEqual([]);
    expect(markdownText(markdown['reports/zahra.mohammadi.md']!).isolated).toContain('z = [2.4, 3.2, 3.9]');
  });

  it('leaves no English word in grader check --lang fa', () => {
    expect(check.err).toBe('');
    const own = new Set([...ALLOWED, ...COURSE_NAMES, ...htmlText(pages['reports/zahra.mohammadi.html']!).code.flatMap((code) => code.match(/[A-Za-z]{2,}/g) ?? [])]);
    // The first line is the CLI's own ("Student zahra.mohammadi (the folder's name; …)"): the
    // CLI's words may stay English (issue 14, item 5); what it says of the student's work may not.
    const [first, ...lines] = check.out.split('\n');
    expect(first).toMatch(/^Student zahra\.mohammadi \(/);
    expect(lines.join('\n')).toContain('سافت‌مکس');
    expect(englishIn(lines, own)).toEqual([]);
  });
});
