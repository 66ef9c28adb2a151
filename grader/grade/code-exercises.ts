// Function (code) exercises are graded from the student's code file by the sandbox's
// grader, which is injected: student grading only dispatches to it. Without one, a code
// exercise says plainly that it was not graded; it never gets a made-up result.
import { message, type Message } from '../messages/message.ts';
import { toError } from '../problem.ts';
import { orderExercise } from '../result/json.ts';
import type { CodeLoadFailure, ExerciseResult, Status } from '../result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import type { SolutionSource } from '../submission/index.ts';
import type { VariantValues } from '../variant/index.ts';
import type { ResultBase } from './answer.ts';
import { notLoadedMessage, type FailedLoad } from './code-load.ts';
import { exerciseHints } from './course-text.ts';

export interface FunctionGradeContext {
  readonly course: CourseSpec;
  readonly studentId: string;
  /** The student's parameter values (seeded random cases use the same key). */
  readonly variant: VariantValues;
  /** Whether expected values may be shown (hidden cases never are). */
  readonly reveal: boolean;
  /** The fields of the result the exercise decides (id, title, …, the prompt rendered for the variant): spread them in. */
  readonly base: ResultBase;
}

/** A code exercise's result, and the load failure of the code file when it did not load. */
export interface CodeGrade {
  readonly result: ExerciseResult;
  readonly failedLoad?: FailedLoad;
}

/** Grades one function exercise from the student's code; `source` is undefined when they have no code file. */
export type GradeFunction = (exercise: ExerciseSpec, source: SolutionSource | undefined, ctx: FunctionGradeContext) => Promise<CodeGrade>;

function withoutGrading(exercise: ExerciseSpec, ctx: FunctionGradeContext, status: Status, why: Message): ExerciseResult {
  return orderExercise({ ...ctx.base, status, score: 0, feedback: [why], hints: exerciseHints(exercise) });
}

/**
 * Whatever the code grader returns, a hidden case keeps only its status, and nothing
 * expected is shown when the exercise does not reveal it: students see exactly what the
 * course allows, whichever grader produced the result.
 */
export function conceal(result: ExerciseResult, reveal: boolean): ExerciseResult {
  const cases = result.cases?.map((c) => {
    if (c.visibility === 'hidden') return { visibility: c.visibility, status: c.status };
    if (reveal || c.expected === undefined) return c;
    const { expected: _hidden, ...rest } = c;
    return rest;
  });
  const { expected, ...rest } = result;
  return { ...rest, ...(reveal && expected !== undefined ? { expected } : {}), ...(cases ? { cases } : {}) };
}

export async function gradeCodeExercise(
  exercise: ExerciseSpec,
  source: SolutionSource | undefined,
  ctx: FunctionGradeContext,
  gradeFunction: GradeFunction | undefined,
  sourceProblem: Message | undefined,
): Promise<CodeGrade> {
  const ungraded = (status: 'missing' | 'invalid' | 'error', why: Message): CodeGrade => ({ result: withoutGrading(exercise, ctx, status, why) });
  if (sourceProblem !== undefined) return ungraded('invalid', message('code-file-unreadable', { reason: sourceProblem }));
  if (!gradeFunction) {
    if (!source) return ungraded('missing', message('code-file-missing'));
    return ungraded('error', message('code-no-sandbox'));
  }
  try {
    const graded = await gradeFunction(exercise, source, ctx);
    return { ...graded, result: orderExercise(conceal(graded.result, ctx.reveal)) };
  } catch (thrown: unknown) {
    return ungraded('error', message('code-grader-failed', { error: toError(thrown).message }));
  }
}

/**
 * A code exercise of a student whose code file did not load: the failure is said once, at the
 * top of their result, and the exercise gets its status without running the file (again).
 */
export function notLoadedResult(exercise: ExerciseSpec, ctx: FunctionGradeContext, failure: CodeLoadFailure): ExerciseResult {
  return withoutGrading(exercise, ctx, failure.status, notLoadedMessage(failure));
}
