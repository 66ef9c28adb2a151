// The usual alternative, as a GitHub Classroom autograder does it: a folder per student with
// their solution file and a generated vitest test file, and one vitest process per student
// (alternative-run.ts runs it, in two forms). The tests check the same cases the grader runs for that student (visible, hidden
// and the student's own random cases), with the expected values computed by the reference
// implementation beforehand and written into the test as literals, under the same tolerance.
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
