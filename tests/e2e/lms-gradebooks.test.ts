// The Canvas and Moodle gradebooks as `grader grade` writes them for the e2e class, read by the
// models of their importers (tests/report/importers): every column goes to an existing
// assignment or grade item, every row to a user the LMS has, and each point counts once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { StudentResult } from '../../grader/result/types.ts';
import { canvasImport } from '../report/importers/canvas.ts';
import { moodleImport } from '../report/importers/moodle.ts';
import { ABSENT, ASSIGNMENTS, GRADED, HOSTILE, writeClass, writeCourse } from './fixture.ts';
import { gradeInProcess, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-e2e-lms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const grade = (...args: string[]): Promise<Run> => gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', ...args]);
const read = (...path: string[]): string => readFileSync(join(dir, ...path), 'utf8');
const result = (out: string, id: string): StudentResult => JSON.parse(read(out, 'results', `${id}.json`)) as StudentResult;
const ROSTER = [...GRADED.filter((id) => id !== 's.passwd'), ABSENT];
/** A generous guard against hangs, never a duration: these tests grade the class. */
const GRADING_GUARD = 120_000;

beforeAll(() => {
  const courseFile = writeCourse(dir);
  // Week 1's Canvas id is in the course file; week 2's is given on the command line.
  const course = parse(readFileSync(courseFile, 'utf8')) as { assignments: { canvas_id?: number }[] };
  course.assignments[0]!.canvas_id = 5001;
  writeFileSync(courseFile, stringify(course));
  writeClass(dir);
});

/** A student's points on each assignment after its late penalty, from their result. */
function assignmentPoints(student: StudentResult, assignment: keyof typeof ASSIGNMENTS): number {
  const before = student.exercises.filter((e) => (ASSIGNMENTS[assignment] as readonly string[]).includes(e.id)).reduce((sum, e) => sum + e.score, 0);
  const penalty = student.late?.find((l) => l.assignment.id === assignment)?.penaltyPercent ?? 0;
  return Math.round(before * (100 - penalty)) / 100;
}

describe('grader grade --format canvas', () => {
  let run: Run;
  beforeAll(async () => {
    run = await grade('--out', 'canvas', '--format', 'canvas', '--canvas-id', 'week-2=5002');
  }, GRADING_GUARD);

  it('is imported into the two existing assignments, by Canvas id, with no total column and every student found', () => {
    expect(run.code).toBe(0);
    const canvas = canvasImport(read('canvas', 'gradebook-canvas.csv'), {
      assignments: [
        { id: 5001, title: 'Week 1 (as titled in Canvas)' },
        { id: 5002, title: 'Week 2 (as titled in Canvas)' },
        { id: 5003, title: 'Losses' },
      ],
      students: [...GRADED, ABSENT].map((id, i) => ({ id: 100 + i, name: `Student ${i}`, sisUserId: id })),
    });
    if (!canvas.ok) throw new Error(canvas.error);
    expect(canvas.dropped).toEqual([]);
    expect(canvas.columns).toEqual([
      { header: 'Probability and activations (5001)', assignment: 5001 },
      { header: 'Losses (5002)', assignment: 5002 },
    ]);
    expect(canvas.pointsPossible).toEqual(['7', '6']);
    expect(canvas.students).toHaveLength(GRADED.length + 1);
    for (const student of canvas.students) {
      expect(student.found).toBeDefined();
      const id = [...GRADED, ABSENT][student.found! - 100]!;
      const graded = result('canvas', id);
      expect(student.scores.map(Number), id).toEqual([assignmentPoints(graded, 'week-1'), assignmentPoints(graded, 'week-2')]);
      // Each point once: the columns add up to the student's total.
      expect(student.scores.reduce((sum, score) => sum + Number(score), 0)).toBeCloseTo(graded.score, 2);
    }
  });

  it('--canvas-columns exercises: one column per exercise, each its own Canvas assignment, still no total', async () => {
    expect((await grade('--out', 'canvas-exercises', '--format', 'canvas', '--canvas-columns', 'exercises')).code).toBe(0);
    const canvas = canvasImport(read('canvas-exercises', 'gradebook-canvas.csv'), { assignments: [], students: [] });
    if (!canvas.ok) throw new Error(canvas.error);
    expect(canvas.columns.map((c) => c.header)).toHaveLength(Object.values(ASSIGNMENTS).flat().length);
    expect(canvas.pointsPossible).toEqual(['1', '2', '4', '3', '3']);
  }, GRADING_GUARD);
});

describe('grader grade --format moodle', () => {
  it('by email: every row is a roster student with an email Moodle finds, and the others are listed as warnings', async () => {
    const run = await grade('--out', 'moodle', '--format', 'moodle', '--moodle-user-field', 'email');
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/gradebook-moodle\.csv: warning moodle-not-on-roster: left out: s\.passwd, not on the roster/);
    expect(run.err).toMatch(/gradebook-moodle\.csv: warning moodle-formula-user-field: left out: x\.hostile, whose Email address begins like a spreadsheet formula/);
    const users = ROSTER.filter((id) => id !== HOSTILE.id).map((id) => ({ email: `${id}@students.example.edu` }));
    const text = read('moodle', 'gradebook-moodle.csv');
    const header = text.split('\r\n')[0]!.split(',');
    const moodle = moodleImport(text, { userColumn: 'Email address', userField: 'email', grades: header.slice(2) }, { users });
    if (!moodle.ok) throw new Error(`${moodle.error} at line ${moodle.line}`);
    expect(moodle.rows.map((r) => r.user).sort()).toEqual(users.map((u) => u.email).sort());
  }, GRADING_GUARD);

  it('by ID number (the default): the roster students, hostile one included, and not the folder that is not on the roster', async () => {
    const run = await grade('--out', 'moodle-id', '--format', 'moodle');
    expect(run.code).toBe(0);
    const text = read('moodle-id', 'gradebook-moodle.csv');
    const header = text.split('\r\n')[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['ID number', 'Email address', 'Full name']);
    const moodle = moodleImport(text, { userColumn: 'ID number', userField: 'idnumber', grades: header.slice(3) }, { users: ROSTER.map((idnumber) => ({ idnumber })) });
    if (!moodle.ok) throw new Error(`${moodle.error} at line ${moodle.line}`);
    expect(moodle.rows.map((r) => r.user).sort()).toEqual([...ROSTER].sort());
  }, GRADING_GUARD);
});

describe('gradebook options that cannot give an importable file stop the run before it writes anything (exit 2)', () => {
  it.each([
    ['--format moodle without --roster', ['--format', 'moodle'], false, '--format moodle needs --roster'],
    ['a --canvas-id for an assignment the course does not grade', ['--format', 'canvas', '--canvas-id', 'week-9=7'], true, "--canvas-id names the assignment 'week-9', which is not graded here (graded: week-1, week-2)"],
    ['a --canvas-id for an assignment left out by --assignment', ['--format', 'canvas', '--assignment', 'week-1', '--canvas-id', 'week-2=7'], true, "(graded: week-1)"],
    ['a --canvas-id that is not a number', ['--format', 'canvas', '--canvas-id', 'week-1=12.5'], true, '--canvas-id takes <assignment id>=<Canvas id>'],
  ])('%s', async (_what, args, roster, message) => {
    const out = `refused-${args.join('-').replace(/[^a-z0-9-]/gi, '')}`;
    const run = await gradeInProcess(dir, ['submissions', ...(roster ? ['--roster', 'roster.csv'] : []), '--out', out, ...args]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(existsSync(join(dir, out))).toBe(false);
  });
});
