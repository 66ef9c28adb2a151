// The example class end to end, as a user runs it: the real process (`node bin/grader.js
// grade examples/class --roster examples/roster.csv`); the result model's every status
// and both outcomes of every exercise; the roster's Persian names in the reports; and a run
// killed with SIGKILL half-way, then run again, giving the same bytes as a run left alone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoster } from '../../grader/batch/roster.ts';
import { STATUSES, type StudentResult } from '../../grader/result/types.ts';
import { REPO } from './fixture.ts';
import { finished, readTree, spawnGrader, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-example-class-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster = parseRoster(readFileSync(join(REPO, 'examples/roster.csv'), 'utf8')).entries;
const args = (out: string): string[] => ['grade', 'examples/class', '--roster', 'examples/roster.csv', '--out', out];
const full = join(dir, 'full');

let run: Run;
let results: StudentResult[];
beforeAll(async () => {
  run = await finished(spawnGrader(REPO, args(full)));
  results = readdirSync(join(full, 'results')).map((file) => JSON.parse(readFileSync(join(full, 'results', file), 'utf8')) as StudentResult);
});

describe('grading the example class', () => {
  it('grades every student of the roster, and exits 0', () => {
    expect(run.code).toBe(0);
    expect(results.map((r) => r.student.id).sort()).toEqual([...roster.keys()].sort());
    expect(run.out).toContain(`Graded ${roster.size} students of Introduction to machine learning in `);
  });

  it('gives every status of the result model', () => {
    const seen = new Set(results.flatMap((r) => r.exercises.map((e) => e.status)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });

  it('has, for every exercise, a student who got it right and one who did not', () => {
    const ids = results[0]!.exercises.map((e) => e.id);
    expect(ids).toHaveLength(41);
    for (const id of ids) {
      const statuses = results.map((r) => r.exercises.find((e) => e.id === id)!.status);
      expect(statuses, id).toContain('correct');
      expect(statuses.some((s) => s !== 'correct'), id).toBe(true);
    }
  });

  it("shows the roster's Persian names in the students' reports and in the summary", () => {
    const persian = [...roster.values()].filter((entry) => /[\u0600-\u06ff]/.test(entry.name ?? ''));
    expect(persian.length).toBeGreaterThan(15);
    const summary = readFileSync(join(full, 'summary.html'), 'utf8');
    for (const { id, name } of persian) {
      expect(readFileSync(join(full, 'reports', `${id}.html`), 'utf8'), id).toContain(`<h1 dir="auto">${name}</h1>`);
      expect(readFileSync(join(full, 'reports', `${id}.md`), 'utf8'), id).toContain(`# ${name}\n`);
      expect(summary).toContain(name!);
    }
  });
});

describe('a run killed half-way', () => {
  it('is finished by running it again, with the same bytes as a run left alone', async () => {
    const out = join(dir, 'interrupted');
    const child = spawnGrader(REPO, args(out));
    const exit = finished(child);
    const keys = join(out, '.grader', 'keys');
    // A key is written last, once a student's files are all on disk (dot files are writes in flight).
    const finishedStudents = (): number => (existsSync(keys) ? readdirSync(keys).filter((name) => !name.startsWith('.')).length : 0);
    // Kill it (SIGKILL: no cleanup) once a few students are done.
    while (finishedStudents() < 5) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    const killed = await exit;
    expect(killed.code, 'the run ended before it could be killed').toBe(128);
    const doneBeforeKill = finishedStudents();
    expect(doneBeforeKill).toBeLessThan(roster.size);
    expect(existsSync(join(out, 'summary.html'))).toBe(false);

    const rerun = await finished(spawnGrader(REPO, args(out)));
    expect(rerun.code).toBe(0);
    const reused = /(\d+) graded now, (\d+) unchanged since the last run/.exec(rerun.out);
    expect(Number(reused?.[2])).toBeGreaterThanOrEqual(doneBeforeKill);
    expect(readTree(out)).toEqual(readTree(full));
  });
});

describe('the real process', () => {
  it.each([
    ['without --out', ['grade', 'examples/class'], "required option '--out <dir>' not specified"],
    ['on a path that is not a folder', ['grade', 'examples/roster.csv', '--out', join(dir, 'x')], 'is not a folder'],
    ['on an unknown assignment', ['grade', 'examples/class', '--out', join(dir, 'x'), '--assignment', 'week-9'], "the course has no assignment 'week-9'"],
  ])('exits 2 %s', async (_what, argv, message) => {
    const exit = await finished(spawnGrader(REPO, argv));
    expect(exit.code).toBe(2);
    expect(exit.err).toContain(message);
  });
});
