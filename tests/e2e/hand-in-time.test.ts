// Who decides the hand-in time (issue 12, item 14): the roster is the instructor's data and
// wins over a `submitted_at` file, which students can write; the file counts only where the
// roster has no time, and a time that cannot be read is a problem of the student's report and
// of the run's summary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { en } from '../messages/english.ts';
import { exampleAnswers, writeCourse } from './fixture.ts';
import { gradeInProcess, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-hand-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three days after week 1's due date (2026-10-12T23:59:00+03:30): 30% off week 1. */
const THREE_DAYS_LATE = '2026-10-15T09:00:00+03:30';
const EARLY = '2026-10-10T09:00:00+03:30';

const students: Record<string, { roster: string; file?: string }> = {
  'early.file': { roster: THREE_DAYS_LATE, file: EARLY },
  'garbage.file': { roster: THREE_DAYS_LATE, file: 'yesterday, honestly' },
  'file.only': { roster: '', file: '2026-10-13T10:15:00+03:30' },
  'unreadable.file': { roster: '', file: 'last Tuesday' },
};

const result = (id: string): StudentResult => JSON.parse(readFileSync(join(dir, 'out/results', `${id}.json`), 'utf8')) as StudentResult;

let run: Run;
beforeAll(async () => {
  writeCourse(dir);
  const answers = exampleAnswers('sara.ahmadi');
  for (const [id, { file }] of Object.entries(students)) {
    mkdirSync(join(dir, 'submissions', id), { recursive: true });
    writeFileSync(join(dir, 'submissions', id, 'answers.yaml'), answers);
    if (file !== undefined) writeFileSync(join(dir, 'submissions', id, 'submitted_at'), `${file}\n`);
  }
  const rows = Object.entries(students).map(([id, { roster }]) => `${id},Name of ${id},${roster}`);
  writeFileSync(join(dir, 'roster.csv'), ['id,name,submitted_at', ...rows, ''].join('\n'));
  run = await gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', '--out', 'out']);
});

describe('the hand-in time', () => {
  it('grades every student of the class', () => {
    expect(run.out).toMatch(/^Graded 4 students/m);
  });

  it("that cannot be read is named with its student in the run's summary, and the run exits 1", () => {
    expect(run.err).toContain('1 problem in students\' files (each also in the student\'s report):\n');
    expect(run.err).toContain(
      '  unreadable.file: submitted_at: error submitted-at-unreadable: The hand-in time last Tuesday cannot be read (it is not a date and time with an offset or a time zone',
    );
    expect(run.code).toBe(1);
  });

  it("is the roster's when it has one: an earlier submitted_at file does not cancel the penalty", () => {
    expect(result('early.file').late).toMatchObject([{ assignment: { id: 'week-1' }, submittedAt: THREE_DAYS_LATE, daysLate: 3, penaltyPercent: 30 }, { daysLate: 0 }]);
    expect(result('early.file').problems).toEqual([]);
    const early = result('early.file');
    expect(early.score).toBeCloseTo(early.late![0]!.scoreBeforePenalty * 0.7 + early.late![1]!.scoreBeforePenalty, 9);
  });

  it("is the roster's when the file holds garbage, with no problem: the file is not used", () => {
    expect(result('garbage.file').late).toMatchObject([{ submittedAt: THREE_DAYS_LATE, daysLate: 3, penaltyPercent: 30 }, { daysLate: 0 }]);
    expect(result('garbage.file').problems).toEqual([]);
  });

  it("is the file's where the roster has none", () => {
    expect(result('file.only').late).toMatchObject([{ submittedAt: '2026-10-13T10:15:00+03:30', daysLate: 1, penaltyPercent: 10 }, { daysLate: 0 }]);
  });

  it('that cannot be read is a problem in the report, and the score carries no penalty it could not compute', () => {
    const unreadable = result('unreadable.file');
    expect(unreadable.late).toBeUndefined();
    expect(unreadable.score).toBeGreaterThan(0);
    expect(unreadable.score).toBe(unreadable.exercises.reduce((sum, e) => sum + e.score, 0));
    // Once, though it leaves both assignments without their late policy.
    expect(unreadable.problems).toEqual([{ code: 'submitted-at-unreadable', params: { time: 'last Tuesday', reason: { code: 'time.not-iso' } }, file: 'submitted_at' }]);
    expect(en(unreadable.problems[0])).toMatch(/^The hand-in time last Tuesday cannot be read .*, so the late policy was not applied\.$/);
    expect(readFileSync(join(dir, 'out/reports/unreadable.file.html'), 'utf8')).toContain('last Tuesday');
  });
});
