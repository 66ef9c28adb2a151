// What `grader grade` says of students' problems (issue 12, item 18): each with its student,
// the first ten and a count, those that leave a grade in doubt first; the same whether the
// students were graded now, in worker threads, or reused from the last run; and the exit code.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCourse } from './fixture.ts';
import { gradeInProcess, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-run-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const folder = (id: string, files: Record<string, string>): void => {
  mkdirSync(join(dir, 'submissions', id), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'submissions', id, name), text);
};

/** The lines that list students' problems, without the header. */
const listed = (run: Run): string[] => {
  const lines = run.err.split('\n');
  const start = lines.findIndex((line) => line.includes("in students' files"));
  return start === -1 ? [] : lines.slice(start + 1).filter((line) => line.startsWith('  '));
};

let first: Run;
beforeAll(async () => {
  writeCourse(dir);
  // Twelve students with an answers file that is not YAML: theirs to fix.
  for (let i = 1; i <= 12; i++) folder(`s${String(i).padStart(2, '0')}`, { 'answers.yaml': 'die-face: [0.1, 0.2\nhouse-price-task: Regression\n' });
  // A hand-in time that cannot be read: the late policy was not applied.
  folder('z.late', { 'answers.yaml': 'house-price-task: Regression\n', submitted_at: 'after the deadline\n' });
  // Skipped folders: a link and a name that is not an id.
  symlinkSync(join(dir, 'submissions', 's01'), join(dir, 'submissions', 'linked'));
  folder('not an id', { 'answers.yaml': 'die-face: 0.5\n' });
  first = await gradeInProcess(dir, ['submissions', '--out', 'out', '--workers', '0']);
});

describe("students' problems in the run's summary", () => {
  it('lists each with its student, the one in doubt first, ten of them and a count', () => {
    expect(first.err).toContain("13 problems in students' files (each also in the student's report):\n");
    const lines = listed(first);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^ {2}z\.late: submitted_at: error submitted-at-unreadable: The hand-in time after the deadline cannot be read \(it is not a date and time/);
    expect(lines[1]).toBe('  s01: answers.yaml:1:11: answers-yaml-unclosed-bracket: The answers file is not valid YAML or JSON: the [ here is never closed by a ].');
    expect(lines.slice(1, 10).map((line) => line.trim().split(':')[0])).toEqual(['s01', 's02', 's03', 's04', 's05', 's06', 's07', 's08', 's09']);
    expect(lines[10]).toBe("  … and 3 more, in the students' reports");
    expect(first.out).toContain("13 students had problems with their files (listed below, and in their reports).");
  });

  it('still names the skipped folders, as warnings', () => {
    expect(first.err).toMatch(/submissions\/linked: warning student-symlink: /);
    expect(first.err).toMatch(/submissions\/not an id: warning student-id: /);
  });

  it('exits 1 for the hand-in time in doubt, and 0 when only students’ own mistakes and skipped folders are left', async () => {
    expect(first.code).toBe(1);
    rmSync(join(dir, 'submissions', 'z.late'), { recursive: true });
    const run = await gradeInProcess(dir, ['submissions', '--out', 'without-late', '--workers', '0']);
    expect(run.code).toBe(0);
    expect(run.err).toContain("12 problems in students' files");
    folder('z.late', { 'answers.yaml': 'house-price-task: Regression\n', submitted_at: 'after the deadline\n' });
  });

  it('says the same when the students are reused from the last run, or graded in a worker thread', async () => {
    const again = await gradeInProcess(dir, ['submissions', '--out', 'out', '--workers', '0']);
    expect(again.out).toContain('0 graded now, 13 unchanged since the last run.');
    const inWorker = await gradeInProcess(dir, ['submissions', '--out', 'in-worker', '--workers', '1']);
    for (const run of [again, inWorker]) {
      expect(listed(run)).toEqual(listed(first));
      expect(run.code).toBe(1);
    }
  });
});

describe('a code file that does not load, in the run summary', () => {
  it('is listed once with its student and place, and the student counted among those with problems', async () => {
    const own = mkdtempSync(join(tmpdir(), 'grader-run-summary-load-'));
    try {
      writeCourse(own);
      mkdirSync(join(own, 'submissions', 'k.broken'), { recursive: true });
      writeFileSync(join(own, 'submissions', 'k.broken', 'answers.yaml'), 'house-price-task: Regression\n');
      writeFileSync(join(own, 'submissions', 'k.broken', 'solution.ts'), 'export function reluDerivative(x: number): number {\n  return x > 0 ? 1 : 0;\n');
      const run = await gradeInProcess(own, ['submissions', '--out', 'out', '--workers', '0', '--lang', 'en']);
      expect(run.out).toContain('1 student had problems with their files (listed below, and in their reports).');
      expect(run.err).toContain("1 problem in students' files (each also in the student's report):\n");
      expect(run.err).toMatch(/^ {2}k\.broken: solution\.ts:3:1: code-syntax-error: Syntax error at line 3, column 1 of solution\.ts/m);
      // A student's own mistake: the run did its work.
      expect(run.code).toBe(0);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
