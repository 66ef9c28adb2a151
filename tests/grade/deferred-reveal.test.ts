// reveal: after-due (and after-published) in grading: decided once per run by its time, so a
// report shows expected values once the exercise's due date has passed, or when the instructor
// releases them with --release; a run on the other side of the due date grades again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exerciseDueMs, resolveReveals, revealKey, revealsAt } from '../../grader/grade/deferred-reveal.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';
import { writeClass, writeCourse } from '../e2e/fixture.ts';
import { gradeInProcess } from '../e2e/run.ts';

const root = mkdtempSync(join(tmpdir(), 'grader-reveal-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DUE = Date.parse('2026-10-12T20:29:00Z');

describe('revealsAt', () => {
  it.each([
    [true, DUE, {}, true],
    [false, DUE, { released: true }, false],
    ['after-due', DUE, {}, false],
    ['after-due', DUE, { after: true }, true],
    ['after-due-date', DUE, { after: true }, true],
    ['after-due', undefined, { after: true }, false],
    ['after-due', DUE, { released: true }, true],
    ['after-published', DUE, { after: true }, false],
    ['after-published', DUE, { released: true }, true],
  ] as const)('%s, due %s, %o: %s', (policy, due, when, shown) => {
    const now = 'after' in when ? DUE + 1 : DUE;
    expect(revealsAt(policy, due, { now, ...('released' in when ? { released: true } : {}) })).toBe(shown);
  });
});

describe('resolveReveals', () => {
  const course: CourseSpec = {
    name: 'C',
    salt: 's',
    reveal: 'after-due',
    assignments: [
      { id: 'a', title: 'A', due: '2026-10-12T23:59:00+03:30', exercises: ['one', 'two'] },
      { id: 'b', title: 'B', due: '2026-10-19T23:59:00+03:30', exercises: ['two', 'three'] },
    ],
  };
  const exercise = (id: string, reveal?: ExerciseSpec['reveal']) => ({ id, title: id, topic: 'probability', points: 1, prompt: id, answer: { kind: 'scalar', reference: '1' }, ...(reveal === undefined ? {} : { reveal }) }) as ExerciseSpec;
  const exercises = [exercise('one'), exercise('two'), exercise('three', false)];

  it('takes the latest due date of the assignments that list an exercise', () => {
    expect(exerciseDueMs(course, 'two')).toBe(Date.parse('2026-10-19T20:29:00Z'));
  });

  it('decides each deferred reveal by the run’s time, and keys the decision', () => {
    const between = resolveReveals(course, exercises, { now: Date.parse('2026-10-15T00:00:00Z') });
    expect(between.exercises.map((e) => e.reveal)).toEqual([true, false, false]);
    expect(between.course.reveal).toBe(false);
    expect(revealKey(between)).toBe('\0reveal:one');
    const after = resolveReveals(course, exercises, { now: Date.parse('2026-11-01T00:00:00Z') });
    expect(revealKey(after)).toBe('\0reveal:one,two');
    expect(revealKey(resolveReveals({ ...course, reveal: true }, exercises, { now: 0 }))).toBe('');
  });
});

describe('grader grade with reveal: after-due', () => {
  function classWith(due: string): string {
    const dir = mkdtempSync(join(root, 'class-'));
    const file = writeCourse(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('reveal: true', 'reveal: after-due').replaceAll(/due: 2026-10-\d\dT23:59:00\+03:30/g, `due: ${due}`));
    writeClass(dir);
    return dir;
  }
  const expectedOf = (dir: string, out: string): unknown => {
    const result = JSON.parse(readFileSync(join(dir, out, 'results/neda.moradi.json'), 'utf8')) as StudentResult;
    return result.exercises.filter((e) => e.status !== 'correct').map((e) => e.expected);
  };
  const grade = (dir: string, ...args: string[]) => gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', '--course', 'exercises/course.yaml', ...args]);

  it('shows expected values once the due date has passed', async () => {
    const dir = classWith('2026-01-05T23:59:00+03:30');
    expect((await grade(dir, '--out', 'out')).code).toBe(0);
    const shown = expectedOf(dir, 'out') as unknown[];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e !== undefined)).toBe(true);
    expect(readFileSync(join(dir, 'out/reports/neda.moradi.md'), 'utf8')).toMatch(/Expected/);
  });

  it('shows none before the due date, and all of them with --release, grading again', async () => {
    const dir = classWith('2099-01-05T23:59 Asia/Tehran');
    expect((await grade(dir, '--out', 'out')).code).toBe(0);
    const hidden = expectedOf(dir, 'out') as unknown[];
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((e) => e === undefined)).toBe(true);
    expect(readFileSync(join(dir, 'out/reports/neda.moradi.md'), 'utf8')).not.toMatch(/Expected/);
    const released = await grade(dir, '--out', 'out', '--release');
    expect(released.code).toBe(0);
    expect((expectedOf(dir, 'out') as unknown[]).every((e) => e !== undefined)).toBe(true);
  });
});
