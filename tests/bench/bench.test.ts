// The bench's pieces (npm run bench itself takes minutes; bench-cli.test.ts runs a small one): its
// course is a valid course of the bank's exercises, its students are the same every time and
// fail in the planned ways, and the alternative's test files check exactly the grader's cases.
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFileText, writeAlternativeFolders } from '../../bench/alternative.ts';
import { writeBenchClass, type BenchClass } from '../../bench/class.ts';
import { ANSWER_EXERCISES, CODE_EXERCISES, writeBenchCourse } from '../../bench/course.ts';
import { benchStudent, benchStudentId } from '../../bench/students.ts';
import { planCases } from '../../grader/grade/function-cases.ts';
import { loadCourse, type LoadedCourse } from '../../grader/spec/index.ts';
import type { FunctionAnswer } from '../../grader/spec/types.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'grader-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let loaded: LoadedCourse;
let written: BenchClass;
beforeAll(async () => {
  loaded = await loadCourse(await writeBenchCourse(join(root, 'exercises'), join(dir, 'course')));
  written = await writeBenchClass(loaded.course!, loaded.exercises, 300, join(dir, 'class'));
});

describe('the bench course', () => {
  it('is 15 answer exercises and 5 code exercises of the bank, without a problem', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.exercises.map((e) => e.id).sort()).toEqual([...ANSWER_EXERCISES, ...CODE_EXERCISES].sort());
    expect(loaded.exercises.filter((e) => e.answer.kind === 'function').map((e) => e.id).sort()).toEqual([...CODE_EXERCISES].sort());
    expect(loaded.course?.limits?.time_ms).toBe(250);
  });
});

describe('the bench class', () => {
  it('gives the same student for the same number', () => {
    expect(benchStudent(41)).toEqual(benchStudent(41));
    expect(benchStudent(41).id).toBe(benchStudentId(41));
    expect(benchStudentId(0)).toBe('s2026-00001');
    expect(benchStudent(41)).not.toEqual(benchStudent(42));
  });

  it('has a folder for most students, code for most of them, and a few loops', () => {
    const folders = readdirSync(written.submissions);
    expect(folders.length).toBeGreaterThan(270);
    expect(folders.length).toBeLessThan(300);
    expect(written.withCode.length).toBeGreaterThan(200);
    const roster = readFileSync(written.roster, 'utf8').trim().split('\n');
    expect(roster).toHaveLength(301);
    // About one student in two hundred loops: the course's time limit, not the whole run, pays for it.
    expect(written.loopers.length).toBeLessThan(10);
    for (const id of written.loopers) expect(readdirSync(join(written.submissions, id)).some((name) => name.startsWith('solution.'))).toBe(true);
  });

  it('tells each student with code by what their code does, as planned', () => {
    const kinds = new Map(written.withCode.map((student) => [student.id, student.kind]));
    for (const id of written.loopers) expect(kinds.get(id)).toBe('loops');
    expect(written.withCode.filter((student) => student.kind === 'loads').length).toBeGreaterThan(200);
    // 2% of the code does not parse: a class of 300 has some.
    const unparsable = written.withCode.filter((student) => student.kind === 'syntax-error');
    expect(unparsable.length).toBeGreaterThan(0);
    for (const student of unparsable) expect(benchStudent(Number(student.id.slice(-5)) - 1).code).toMatchObject({ syntaxError: true });
  });

  it('lists every student of the roster for the floor, with the folder of those who have one', () => {
    expect(written.targets).toHaveLength(300);
    expect(written.targets.filter((target) => target.folder !== undefined)).toHaveLength(readdirSync(written.submissions).length);
  });
});

describe('the alternative (one vitest process per student)', () => {
  it('checks exactly the cases the grader runs for that student, each with its expected value', () => {
    const student = written.withCode[0]!;
    const text = testFileText(student, loaded.course!, loaded.exercises);
    for (const exercise of loaded.exercises.filter((e) => e.answer.kind === 'function')) {
      const answer = exercise.answer as FunctionAnswer;
      const plan = planCases(answer, { salt: loaded.course!.salt, exerciseId: exercise.id, studentId: student.id });
      const block = text.slice(text.indexOf(`describe(${JSON.stringify(exercise.id)}`));
      const cases = block.slice(0, block.indexOf('it.each')).match(/\{"args":/g) ?? [];
      expect(cases).toHaveLength(plan.cases.length);
      for (const planned of plan.cases) {
        const args = JSON.stringify(answer.args.map((arg) => planned.args[arg.name]));
        expect(block).toContain(`{"args":${args},"accepted":`);
      }
      expect(block).toContain(`solution.${answer.name}(...args)`);
    }
  });

  it('writes a folder per student with the solution, the test, a package.json and the project dependencies', async () => {
    const students = written.withCode.slice(0, 2);
    const folders = await writeAlternativeFolders(students, loaded.course!, loaded.exercises, join(dir, 'alternative'), join(root, 'node_modules'));
    expect(folders).toHaveLength(2);
    for (const [i, folder] of folders.entries()) {
      expect(readdirSync(folder).sort()).toEqual(['grade.test.ts', 'node_modules', 'package.json', students[i]!.solution, 'vitest.config.mjs'].sort());
      expect(readFileSync(join(folder, students[i]!.solution), 'utf8')).toBe(readFileSync(join(students[i]!.folder, students[i]!.solution), 'utf8'));
      expect(lstatSync(join(folder, 'node_modules')).isSymbolicLink()).toBe(true);
    }
  });
});
