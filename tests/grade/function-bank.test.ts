// The course's own exercise bank, graded through student grading with the sandbox's grader:
// the reference implementation as a student's solution file gets full marks on every code
// exercise, and the mistakes the bank names are diagnosed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionGrader, gradeStudent } from '../../grader/grade/index.ts';
import { SandboxPool, type SandboxTiming } from '../../grader/sandbox/index.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';

let pool: SandboxPool;
let course: CourseSpec;
let codeExercises: ExerciseSpec[];
const timings: SandboxTiming[] = [];

beforeAll(async () => {
  pool = new SandboxPool({ size: 2 });
  const loaded = await loadCourse(fileURLToPath(new URL('../../exercises/course.yaml', import.meta.url)));
  course = loaded.course!;
  codeExercises = loaded.exercises.filter((e) => e.answer.kind === 'function');
});
afterAll(() => pool.close());

const REFERENCE_SOLUTION = readFileSync(new URL('./fixtures/solutions/reference-solution.ts', import.meta.url), 'utf8');

function gradeCode(text: string, file = 'solution.ts', studentId = 's001') {
  return gradeStudent({
    course,
    exercises: codeExercises,
    studentId,
    solutionSource: { file, text },
    gradeFunction: createFunctionGrader(pool, (timing) => timings.push(timing)),
  });
}

describe('the code exercises of the course bank', () => {
  it('exist', () => {
    expect(codeExercises.length).toBeGreaterThan(0);
  });

  it.each(['s001', 's002', 's003'])('give the reference implementation full marks (student %s)', async (studentId) => {
    const result = await gradeCode(REFERENCE_SOLUTION, 'solution.ts', studentId);
    const byId = (rows: [string, string, number][]) => rows.sort(([a], [b]) => a.localeCompare(b));
    expect(byId(result.exercises.map((e) => [e.id, e.status, e.score]))).toEqual(byId(codeExercises.map((e) => [e.id, 'correct', e.points])));
    expect(result.score).toBe(result.max);
  });

  it('report what each run cost', () => {
    expect(timings.length).toBeGreaterThanOrEqual(3 * codeExercises.length);
    for (const timing of timings) expect(timing.cpuMs).toBeGreaterThan(0);
  });

  it.each([
    ['ReLU itself', 'export const reluDerivative = (x) => Math.max(0, x);', 'function-instead-of-derivative'],
    ["Leaky ReLU's slope", 'export const reluDerivative = (x) => (x > 0 ? 1 : 0.01);', 'leaky-slope-for-negatives'],
  ])('diagnose %s given for ReLU′', async (_name, text, misconception) => {
    const result = await gradeCode(text, 'solution.js');
    const graded = result.exercises.find((e) => e.id === 'relu-derivative');
    expect(graded?.misconception?.id).toBe(misconception);
    expect(graded?.status).toBe('partial');
  });
});
