// The floor's micro-benchmarks: rounds of different students spread over the class, loops
// and memory exhaustion left out, and each piece of grading one student done
// alone, with what it leaves behind: the student's result and reports, written as a run does.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchClass, type BenchClass } from '../../bench/class.ts';
import { writeBenchCourse } from '../../bench/course.ts';
import { FLOOR_PIECES } from '../../bench/floor-pieces.ts';
import { floorRounds, measureFloor, WARM_UP_ROUNDS, type FloorReport } from '../../bench/floor.ts';
import { outputPaths } from '../../grader/io/layout.ts';
import { loadCourse, type LoadedCourse } from '../../grader/spec/index.ts';
import type { StudentResult } from '../../grader/result/types.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'grader-bench-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('floorRounds', () => {
  const students = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, name: `S ${i}` }));

  it('gives 6 rounds of different students, each spread over the whole class, without those left out', () => {
    const skip = new Set(['s0', 's4', 's500']);
    const rounds = floorRounds(students, skip, 100);
    expect(rounds.map((round) => round.length)).toEqual([100, 100, 100, 100, 100, 100]);
    const ids = rounds.flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(600);
    for (const id of skip) expect(ids).not.toContain(id);
    for (const round of rounds) {
      expect(Number(round[0]!.id.slice(1))).toBeLessThan(15);
      expect(Number(round[round.length - 1]!.id.slice(1))).toBeGreaterThan(980);
    }
  });

  it('takes fewer students a round when the class is small', () => {
    expect(floorRounds(students.slice(0, 14), new Set(), 100).map((round) => round.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(floorRounds(students.slice(0, 5), new Set(), 100).flat()).toEqual([]);
  });
});

describe('measureFloor', () => {
  let loaded: LoadedCourse;
  let written: BenchClass;
  let courseFile: string;
  let report: FloorReport;
  beforeAll(async () => {
    courseFile = await writeBenchCourse(join(root, 'exercises'), join(dir, 'course'));
    loaded = await loadCourse(courseFile);
    written = await writeBenchClass(loaded.course!, loaded.exercises, 40, join(dir, 'class'));
    report = await measureFloor({ course: courseFile, rounds: floorRounds(written.targets, new Set(written.loopers), 3), warmUp: WARM_UP_ROUNDS, out: join(dir, 'out') });
  }, 120_000);

  it('gives each piece’s CPU per student in each measured round, and their lowest', () => {
    expect(report).toMatchObject({ studentsPerRound: 3, warmUp: WARM_UP_ROUNDS });
    expect(Object.keys(report.floor).sort()).toEqual([...FLOOR_PIECES].sort());
    for (const piece of FLOOR_PIECES) {
      expect(report.byRound[piece]).toHaveLength(3);
      expect(report.floor[piece]).toBe(Math.min(...report.byRound[piece]));
      for (const ms of report.byRound[piece]) expect(ms).toBeGreaterThanOrEqual(0);
    }
    // Grading and rendering a student are never free.
    expect(report.floor.compare).toBeGreaterThan(0);
    expect(report.floor.render).toBeGreaterThan(0);
    if (process.platform === 'linux') expect(report.childrenCounted).toBe(true);
  });

  it('writes every measured student’s result, reports and key, graded from their own files', () => {
    for (const target of floorRounds(written.targets, new Set(written.loopers), 3).slice(WARM_UP_ROUNDS).flat()) {
      const result = JSON.parse(readFileSync(outputPaths.result(join(dir, 'out'), target.id), 'utf8')) as StudentResult;
      expect(result.student).toMatchObject({ id: target.id, name: target.name });
      expect(result.exercises).toHaveLength(20);
      for (const extension of ['html', 'md'] as const) expect(readFileSync(outputPaths.studentReport(join(dir, 'out'), target.id, extension), 'utf8')).toContain(target.id);
      expect(readFileSync(outputPaths.studentKey(join(dir, 'out'), target.id), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
      const code = result.exercises.filter((e) => e.id.endsWith('-function'));
      // A student with code got the sandbox's verdicts through the replayed outcomes, not "missing".
      if (target.folder && existsSync(join(target.folder, 'solution.ts'))) expect(code.some((e) => e.status !== 'missing')).toBe(true);
    }
  });
});
