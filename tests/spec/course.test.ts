import { readFileSync } from 'node:fs';
// The course file: its own checks, and the checks that need its exercises beside it.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse, parseCourseText, parseDueDate } from '../../grader/spec/index.ts';

const course = `name: Introduction to machine learning
salt: autumn-2026
tolerance: { sigfigs: 3 }
assignments:
  - id: week-1
    title: Probability
    due: 2026-10-12T23:59:00+03:30
    late: { percent_per_day: 10, cutoff_days: 5 }
    exercises: [die-face]
`;

const exercise = (id: string) => `id: ${id}
title: One face of a fair die
topic: probability
points: 2
prompt: P(rolling a 3) on a fair {{sides}}-sided die?
params:
  sides: { default: 6, choice: [4, 6, 8] }
answer:
  kind: scalar
  reference: probability(1, sides)
`;

describe('the course file', () => {
  it.each([
    ['a clean course', course, undefined, 0, 0],
    ['a day February does not have', course.replace('2026-10-12', '2026-02-30'), 'bad-date', 7, 10],
    ['a due date without its time zone', course.replace('+03:30', ''), 'bad-date', 7, 10],
    ['no salt', course.replace('salt: autumn-2026\n', ''), 'missing-key', 1, 1],
    ['a misspelt assignment key', course.replace('    due:', '    deadline: soon\n    due:'), 'unknown-key', 7, 5],
    ['an assignment id used twice', `${course}  - id: week-1\n    title: Again\n    due: 2026-10-19T23:59:00+03:30\n    exercises: [die-face-two]\n`, 'duplicate-id', 10, 9],
    ['a late penalty over 100 percent', course.replace('percent_per_day: 10', 'percent_per_day: 150'), 'bad-value', 8, 30],
  ])('%s', (_name, text, code, line, col) => {
    const parsed = parseCourseText(text, 'exercises/course.yaml');
    if (code === undefined) {
      expect(parsed.problems).toEqual([]);
      expect(parsed.course?.salt).toBe('autumn-2026');
    } else {
      expect(parsed.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code, line, col })]));
      expect(parsed.course).toBeUndefined();
    }
  });

  it.each([
    ['2026-10-05T23:59:00+03:30', true],
    ['2026-10-05T23:59Z', true],
    ['2028-02-29T12:00:00+00:00', true],
    ['2026-02-29T12:00:00+00:00', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-10-05T24:00:00Z', false],
    ['2026-10-05', false],
    ['next friday', false],
  ])('reads the due date %s: %s', (text, ok) => {
    expect(parseDueDate(text).ok).toBe(ok);
  });
});

describe('a course with its exercises', () => {
  function courseFolder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'grader-course-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('loads the exercises beside the course, checked under its settings', async () => {
    const dir = courseFolder({ 'course.yaml': course, 'probability/die-face.yaml': exercise('die-face') });
    const loaded = await loadCourse(join(dir, 'course.yaml'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.exercises.map((e) => e.id)).toEqual(['die-face']);
    expect(loaded.course?.name).toBe('Introduction to machine learning');
  });

  it('reports an assignment that lists an exercise nobody wrote, in the course file', async () => {
    const dir = courseFolder({ 'course.yaml': course.replace('[die-face]', '[die-face, die-fac]'), 'probability/die-face.yaml': exercise('die-face') });
    const loaded = await loadCourse(join(dir, 'course.yaml'));
    expect(loaded.problems).toEqual([expect.objectContaining({ code: 'unknown-exercise', file: join(dir, 'course.yaml'), line: 9, col: 27 })]);
  });

  it('reports an id used by two exercise files at the second one', async () => {
    const dir = courseFolder({
      'course.yaml': course,
      'probability/die-face.yaml': exercise('die-face'),
      'probability/zz-copy/die-face.yaml': exercise('die-face'),
    });
    const loaded = await loadCourse(join(dir, 'course.yaml'));
    expect(loaded.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: join(dir, 'probability/zz-copy/die-face.yaml'), line: 1, col: 5 }),
    ]);
  });

  it('reports a function name two code exercises share, at the second in file order', async () => {
    // Without its Persian: this course is taught in English alone.
    const bank = readFileSync('exercises/activations/relu-function.yaml', 'utf8');
    const relu = bank.slice(0, bank.indexOf('translations:'));
    const dir = courseFolder({
      'course.yaml': course,
      'probability/die-face.yaml': exercise('die-face'),
      'activations/relu-function.yaml': relu,
      'activations/relu-again.yaml': relu.replace('id: relu-function', 'id: relu-again'),
    });
    const loaded = await loadCourse(join(dir, 'course.yaml'));
    const line = relu.split('\n').findIndex((l) => /^\s+name: relu$/.test(l)) + 1;
    expect(loaded.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-function', file: join(dir, 'activations/relu-function.yaml'), line, col: 9 }),
    ]);
  });

  it('still checks the exercises when the course file is broken', async () => {
    const dir = courseFolder({ 'course.yaml': 'name: [unclosed\n', 'die-face.yaml': exercise('die-face').replace('probability(1, sides)', 'probability(1, side)') });
    const loaded = await loadCourse(join(dir, 'course.yaml'));
    expect(loaded.problems.map((p) => p.code).sort()).toEqual(['unknown-name', 'yaml-syntax']);
  });
});
