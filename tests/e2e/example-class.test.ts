// The example class end to end, as a user runs it: the real process (`node bin/grader.js
// grade examples/class --roster examples/roster.csv`); the result model's every status
// and both outcomes of every exercise; the roster's Persian names in the reports; the class
// summary's lead (who handed in nothing, who may need attention, the misconceptions of every
// exercise, topics and assignments), rendered again in English; and a run killed with SIGKILL
// half-way, then run again, giving the same bytes as a run left alone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoster } from '../../grader/batch/roster.ts';
import type { ClassSummary } from '../../grader/report/index.ts';
import { STATUSES, type StudentResult } from '../../grader/result/types.ts';
import { TOPICS } from '../../grader/spec/types.ts';
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

describe('the class summary of the example class', () => {
  const summaryOf = (folder: string): ClassSummary => JSON.parse(readFileSync(join(folder, 'class-results.json'), 'utf8')) as ClassSummary;
  const nothing = (r: StudentResult): boolean => r.problems.some((p) => p.code === 'no-submission') || r.exercises.every((e) => e.status === 'missing');

  it('keeps who handed in nothing in the list, marked, and out of the mean, and says so', () => {
    const summary = summaryOf(full);
    // Two roster students with no folder, and the answers template handed in unfilled.
    expect(results.filter(nothing).map((r) => r.student.id).sort()).toEqual(['babak.shams', 'dariush.kamali', 'sepideh.alavi']);
    expect(summary.students.filter((s) => s.nothingHandedIn).map((s) => s.id)).toEqual(['babak.shams', 'dariush.kamali', 'sepideh.alavi']);
    expect(summary.totals).toMatchObject({ students: roster.size, nothingHandedIn: 3 });
    const counted = results.filter((r) => !nothing(r));
    expect(summary.totals.meanScore).toBeCloseTo(counted.reduce((sum, r) => sum + r.score, 0) / counted.length, 9);
    expect(summary.exercises.every((e) => e.students === counted.length)).toBe(true);
    expect(run.out).toContain('(3 students who handed in nothing left out).');
    const page = readFileSync(join(full, 'summary.html'), 'utf8');
    expect(page).toContain('<html lang="fa" dir="rtl">');
    expect(page).toContain('۳ دانشجو هیچ چیزی تحویل نداده‌اند');
  });

  it("totals the misconceptions of every exercise, the notes' classic mistakes first", () => {
    const counts = new Map<string, Map<string, number>>();
    for (const exercise of results.flatMap((r) => r.exercises)) {
      const diagnosis = exercise.misconception;
      if (diagnosis === undefined) continue;
      for (const id of new Set((diagnosis.either ?? [diagnosis]).map((m) => m.id))) {
        const where = counts.get(id) ?? new Map<string, number>();
        counts.set(id, where.set(exercise.id, (where.get(exercise.id) ?? 0) + 1));
      }
    }
    const total = (id: string): number => [...counts.get(id)!.values()].reduce((a, b) => a + b, 0);
    const { misconceptions } = summaryOf(full);
    const ranked = [...counts.keys()].map((id) => ({ id, count: total(id) })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    expect(misconceptions.map((m) => [m.id, m.count])).toEqual(ranked.map((m) => [m.id, m.count]));
    // Percentages for probabilities and log10 for ln, each over several exercises.
    expect(misconceptions.slice(0, 2).map((m) => m.id)).toEqual(['percent-instead-of-probability', 'log10-instead-of-ln']);
    for (const m of misconceptions) expect(Object.fromEntries(m.exercises.map((e) => [e.id, e.count]))).toEqual(Object.fromEntries(counts.get(m.id)!));
    expect(misconceptions[0]!.exercises.length).toBeGreaterThan(2);
  });

  it('lists the students who may need attention, with the reasons, lowest score first', () => {
    const { attention } = summaryOf(full);
    expect(attention.map((a) => [a.id, a.reasons.map((r) => r.code)])).toEqual([
      ['reza.karimi', ['summary.attention.low-score']],
      ['amir.hosseinzadeh', ['summary.attention.low-score', 'summary.attention.unanswered']],
      ['kian.bahrami', ['summary.attention.low-score', 'summary.attention.file-problems']],
      ['tara.golestani', ['summary.attention.low-score', 'summary.attention.unanswered']],
      ['parisa.kazemi', ['summary.attention.low-score', 'summary.attention.unanswered']],
    ]);
  });

  it('rolls up every topic of the course and every assignment, each with its weakest exercise', () => {
    const { rollups, exercises } = summaryOf(full);
    expect(rollups.topics.map((t) => t.id).sort()).toEqual([...TOPICS].sort());
    expect(rollups.assignments.map((a) => a.id)).toEqual(['week-1', 'week-2', 'week-3']);
    for (const group of [...rollups.topics, ...rollups.assignments]) {
      const own = exercises.filter((e) => group.exercises.includes(e.id));
      const lowest = Math.min(...own.map((e) => e.meanScore / e.max));
      expect(group.weakest, group.id).toBe(own.find((e) => e.meanScore / e.max === lowest)!.id);
      const earned = own.reduce((sum, e) => sum + e.meanScore * e.students, 0);
      expect(group.share, group.id).toBeCloseTo(earned / own.reduce((sum, e) => sum + e.max * e.students, 0), 9);
    }
  });

  it('renders again from the results in English, with the same data', async () => {
    const again = join(dir, 'again-en');
    const rendered = await finished(spawnGrader(REPO, ['report', join(full, 'results'), '--out', again, '--lang', 'en']));
    expect(rendered.code).toBe(0);
    expect(readFileSync(join(again, 'class-results.json'), 'utf8')).toBe(readFileSync(join(full, 'class-results.json'), 'utf8'));
    const page = readFileSync(join(again, 'summary.html'), 'utf8');
    expect(page).toContain('<html lang="en" dir="ltr">');
    for (const heading of ['Students who may need attention', 'Misconceptions across all exercises', 'Exercises, hardest first', 'Topics and assignments']) expect(page).toContain(heading);
    expect(page).toContain('3 students handed in nothing');
    expect(page).toContain('<a href="#exercise-coin-tails">');
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
