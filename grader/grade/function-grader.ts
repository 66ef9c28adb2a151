// The sandbox's grader for code exercises, in the shape student grading injects
// (GradeFunction): one pool of sandbox workers shared by every student and exercise.
import type { SandboxPool, SandboxTiming } from '../sandbox/index.ts';
import type { GradeFunction } from './code-exercises.ts';
import { gradeFunctionExercise } from './function-exercise.ts';

/** Called after each code exercise with what the sandbox cost (for benchmarks; not part of results). */
export type TimingListener = (timing: SandboxTiming, exerciseId: string, studentId: string) => void;

export function createFunctionGrader(pool: SandboxPool, onTiming?: TimingListener): GradeFunction {
  return async (exercise, source, ctx) => {
    const graded = await gradeFunctionExercise(exercise, source && { filename: source.file, content: source.text }, {
      course: ctx.course,
      studentId: ctx.studentId,
      pool,
      base: ctx.base,
      reveal: ctx.reveal,
    });
    if (graded.timing) onTiming?.(graded.timing, exercise.id, ctx.studentId);
    return { result: graded.result, ...(graded.failedLoad ? { failedLoad: graded.failedLoad } : {}) };
  };
}
