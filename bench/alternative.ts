// The usual alternative, as a GitHub Classroom autograder does it: a folder per student with
// their solution file and a generated vitest test file, and one `npx vitest run` process per
// student. The tests check the same cases the grader runs for that student (visible, hidden
// and the student's own random cases), with the expected values computed by the reference
// implementation beforehand and written into the test as literals, under the same tolerance.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { comparatorFor, effectiveTolerance } from '../grader/compare/tolerance.ts';
import { planCases } from '../grader/grade/function-cases.ts';
import type { CourseSpec, ExerciseSpec, FunctionAnswer } from '../grader/spec/types.ts';
import type { Value } from '../reference/index.ts';

export interface AlternativeStudent {
  readonly id: string;
  readonly folder: string;
  /** solution.ts or solution.js */
  readonly solution: string;
}

export interface AlternativeRun {
  readonly students: number;
  /** Processes run side by side. */
  readonly parallel: number;
  readonly wallMs: number;
  /** Wall time over students: what one student costs when `parallel` run at once. */
  readonly msPerStudent: number;
  /** The median time of one student's process, start to exit. */
  readonly medianProcessMs: number;
  /** Processes whose exit code said some test failed (a wrong function is a failed test). */
  readonly failedRuns: number;
}

/** A case as the test file checks it: the arguments, and every accepted value with its tolerance width. */
function caseLiteral(answer: FunctionAnswer, args: readonly Value[], accepted: readonly Value[], course: CourseSpec): string {
  const tolerance = effectiveTolerance(answer.tolerance, course.tolerance);
  const comparator = comparatorFor(tolerance);
  const bounds = (value: Value): unknown =>
    typeof value === 'number' ? { value, ...comparator.bound(value, tolerance) } : (value as readonly Value[]).map(bounds);
  return JSON.stringify({ args, accepted: accepted.map(bounds) }, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
  );
}

const TEST_HELPERS = `
const num = (x) => (typeof x === 'string' ? Number(x) : x);
function close(actual, bound) {
  if (Array.isArray(bound)) return Array.isArray(actual) && actual.length === bound.length && bound.every((b, i) => close(actual[i], b));
  const expected = num(bound.value);
  if (typeof actual !== 'number') return false;
  if (Number.isNaN(expected) || !Number.isFinite(expected)) return Object.is(actual, expected) || actual === expected;
  const difference = Math.abs(actual - expected);
  return bound.inclusive ? difference <= num(bound.width) + 1e-15 : difference < num(bound.width);
}
`;

/** The test file for one student: one \`describe\` per code exercise, one \`it\` per case. */
export function testFileText(student: AlternativeStudent, course: CourseSpec, exercises: readonly ExerciseSpec[]): string {
  const functions = exercises.filter((e) => e.answer.kind === 'function');
  const names = [...new Set(functions.map((e) => (e.answer as FunctionAnswer).name))];
  const blocks = functions.map((exercise) => {
    const answer = exercise.answer as FunctionAnswer;
    const plan = planCases(answer, { salt: course.salt, exerciseId: exercise.id, studentId: student.id });
    const cases = plan.cases.map((c) => caseLiteral(answer, answer.args.map((a) => c.args[a.name]!), [c.expected, ...c.accepted], course));
    return `describe(${JSON.stringify(exercise.id)}, () => {
  const cases = [
    ${cases.join(',\n    ')},
  ];
  it.each(cases.map((c, i) => [i, c]))('case %i', (_i, c) => {
    const args = c.args.map((a) => (Array.isArray(a) ? a.map((x) => (Array.isArray(x) ? x.map(num) : num(x))) : num(a)));
    const actual = solution.${answer.name}(...args);
    expect(c.accepted.some((bound) => close(actual, bound))).toBe(true);
  });
});`;
  });
  return `// Generated for ${student.id}: the cases the grader runs, expected values from the reference.
import { describe, expect, it } from 'vitest';
import * as solution from './${student.solution.replace(/\.(ts|js)$/, '')}';
${TEST_HELPERS}
// ${names.join(', ')}
${blocks.join('\n\n')}
`;
}

/** Writes `<dir>/<id>/` for each student: the solution, the test, package.json and node_modules (a link). */
export async function writeAlternativeFolders(
  students: readonly AlternativeStudent[],
  course: CourseSpec,
  exercises: readonly ExerciseSpec[],
  dir: string,
  nodeModules: string,
): Promise<string[]> {
  const folders: string[] = [];
  for (const student of students) {
    const folder = join(dir, student.id);
    await mkdir(folder, { recursive: true });
    await copyFile(join(student.folder, student.solution), join(folder, student.solution));
    await writeFile(join(folder, 'grade.test.ts'), testFileText(student, course, exercises));
    await writeFile(join(folder, 'package.json'), `${JSON.stringify({ name: `autograde-${student.id}`, private: true, type: 'module' }, null, 2)}\n`);
    // Its cache inside the folder, as on a fresh runner: nothing is shared between students.
    await writeFile(join(folder, 'vitest.config.mjs'), "export default { cacheDir: '.vite', test: { include: ['grade.test.ts'] } };\n");
    await symlink(nodeModules, join(folder, 'node_modules'), 'dir');
    folders.push(folder);
  }
  return folders;
}

function runOne(folder: string, command: readonly string[], timeoutMs: number): Promise<{ ms: number; code: number | null }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command[0]!, command.slice(1), { cwd: folder, stdio: 'ignore', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - start, code });
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - start, code: null });
    });
  });
}

/** Runs `npx vitest run` once per folder, `parallel` at a time. */
export async function runAlternative(folders: readonly string[], parallel: number, command: readonly string[] = ['npx', 'vitest', 'run']): Promise<AlternativeRun> {
  const times: number[] = [];
  let failed = 0;
  let next = 0;
  const start = performance.now();
  const lane = async (): Promise<void> => {
    while (next < folders.length) {
      const folder = folders[next++]!;
      const run = await runOne(folder, command, 120_000);
      times.push(run.ms);
      if (run.code !== 0) failed++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  const wallMs = performance.now() - start;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    students: folders.length,
    parallel,
    wallMs,
    msPerStudent: wallMs / Math.max(1, folders.length),
    medianProcessMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    failedRuns: failed,
  };
}
