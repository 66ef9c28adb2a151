// The course's languages: each has a message catalogue, and the course gives its name and its
// assignments' titles in each one besides English. Asserted by code and position.
import { describe, expect, it } from 'vitest';
import { parseCourseText } from '../../grader/spec/index.ts';

const CATALOGUES = { catalogues: ['en', 'fa'] };

const course = `name: Introduction to machine learning
salt: autumn-2026
languages: [fa, en]
assignments:
  - id: week-1
    title: Probability
    due: 2026-10-12T23:59:00+03:30
    exercises: [die-face]
  - id: week-2
    title: Losses
    due: 2026-10-19T23:59:00+03:30
    exercises: [bce-one-example]
translations:
  fa:
    name: مقدمه‌ای بر یادگیری ماشین
    assignments:
      week-1: احتمال
      week-2: توابع هزینه
`;

const problemsOf = (text: string, options = CATALOGUES) =>
  parseCourseText(text, 'exercises/course.yaml', options).problems.map(({ code, severity, line, col }) => ({ code, severity, line, col }));

describe("the course's languages", () => {
  it('finds nothing to say of a course with its name and titles in each of its languages', () => {
    const parsed = parseCourseText(course, 'exercises/course.yaml', CATALOGUES);
    expect(parsed.problems).toEqual([]);
    expect(parsed.course?.languages).toEqual(['fa', 'en']);
  });

  it('refuses a language with no message catalogue, at its place in the list', () => {
    const parsed = parseCourseText(course.replace('languages: [fa, en]', 'languages: [fa, en, de]'), 'exercises/course.yaml', CATALOGUES);
    // No German texts are asked for: without a catalogue there is nothing to write them in.
    expect(parsed.problems).toEqual([expect.objectContaining({ code: 'unknown-language', severity: 'error', line: 3, col: 21 })]);
    expect(parsed.problems[0]?.message).toContain('German (de)');
    expect(parsed.course).toBeUndefined();
  });

  it('refuses a language that is not a language code, and the same language twice', () => {
    expect(problemsOf(course.replace('languages: [fa, en]', 'languages: [Farsi, en]'))).toContainEqual({ code: 'bad-value', severity: 'error', line: 3, col: 13 });
    expect(problemsOf(course.replace('languages: [fa, en]', 'languages: [fa, fa]'))).toContainEqual({ code: 'bad-value', severity: 'error', line: 3, col: 12 });
  });

  it('checks the languages against the catalogues only when it is given them', () => {
    expect(problemsOf(course.replace('languages: [fa, en]', 'languages: [de, fa, en]'), {} as typeof CATALOGUES)).toContainEqual({
      code: 'missing-translation',
      severity: 'warning',
      line: 1,
      col: 7,
    });
  });

  it('warns of a name or an assignment title left untranslated, at the English', () => {
    const untranslated = course.replace('    name: مقدمه‌ای بر یادگیری ماشین\n', '').replace('      week-2: توابع هزینه\n', '');
    expect(problemsOf(untranslated)).toEqual([
      { code: 'missing-translation', severity: 'warning', line: 1, col: 7 },
      { code: 'missing-translation', severity: 'warning', line: 10, col: 12 },
    ]);
  });

  it('asks for no translation in a course taught in English alone (the default)', () => {
    const english = course.slice(0, course.indexOf('translations:')).replace('languages: [fa, en]\n', '');
    expect(problemsOf(english)).toEqual([]);
  });

  it('warns of a translation in a language the course is not taught in, and of an assignment it does not have', () => {
    const stray = course.replace('      week-2: توابع هزینه\n', '      week-2: توابع هزینه\n      week-9: هفتهٔ نهم\n').replace('languages: [fa, en]', 'languages: [en, fa]').concat('  de:\n    name: Einführung\n');
    expect(problemsOf(stray)).toEqual([
      { code: 'unknown-translation', severity: 'warning', line: 19, col: 7 },
      { code: 'undeclared-language', severity: 'warning', line: 20, col: 3 },
    ]);
  });
});
