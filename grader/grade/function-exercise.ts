// Grading a function exercise: the student's file runs in the sandbox, their function is
// called on every case, each result is compared with the reference under the exercise's
// tolerance, and a wrong function is checked against the exercise's misconceptions. A file
// that does not load says so, for the student's other code exercises too (code-load.ts).
import { describeTolerance, effectiveTolerance } from '../compare/tolerance.ts';
import { resolveMisconceptions } from '../diagnose/index.ts';
import type { ExerciseResult } from '../result/types.ts';
import { timed } from '../stage-timings.ts';
import { decodeSource, resolveLimits, type SandboxPool, type SandboxTiming } from '../sandbox/index.ts';
import type { CourseSpec, ExerciseSpec, FunctionAnswer } from '../spec/types.ts';
import { message, type Message } from '../messages/message.ts';
import { resultBase, type ResultBase } from './answer.ts';
import { exerciseHints } from './course-text.ts';
import { sizeMessage } from './function-feedback.ts';
import { loadFailureOf, type FailedLoad } from './code-load.ts';
import { functionSource } from './function-source.ts';
import { argumentList, planCases } from './function-cases.ts';
import { resultFromOutcome } from './function-result.ts';

export interface StudentFile {
  /** As the student named it (`solution.ts`); `.ts` files are read as TypeScript. */
  readonly filename: string;
  /** The file's bytes (decoded here as strict UTF-8) or its text. */
  readonly content: string | Uint8Array;
}

export interface FunctionGradingContext {
  readonly course: Pick<CourseSpec, 'salt' | 'tolerance' | 'limits' | 'reveal'>;
  readonly studentId: string;
  readonly pool: SandboxPool;
  /** The result's shared fields (resultBase: the prompt rendered for the variant); made from the exercise when absent. */
  readonly base?: ResultBase;
  /** Whether expected values are shown; the exercise's, else the course's setting, when absent. */
  readonly reveal?: boolean;
}

export interface FunctionGrade {
  readonly result: ExerciseResult;
  /** What the sandbox cost; kept out of the result, which must be the same on every run. */
  readonly timing?: SandboxTiming;
  /** The file did not load: the same failure for the student's other code exercises (code-load.ts). */
  readonly failedLoad?: FailedLoad;
}


export async function gradeFunctionExercise(
  exercise: ExerciseSpec,
  file: StudentFile | undefined,
  context: FunctionGradingContext,
): Promise<FunctionGrade> {
  const answer = exercise.answer;
  if (answer.kind !== 'function') throw new Error(`gradeFunctionExercise: '${exercise.id}' is a ${answer.kind} exercise`);
  const tolerance = effectiveTolerance(answer.tolerance, context.course.tolerance);
  const base = { ...(context.base ?? resultBase(exercise, {})), tolerance: describeTolerance(tolerance), hints: exerciseHints(exercise) };
  const ungraded = (status: 'missing' | 'invalid', feedback: Message, source?: string): FunctionGrade => ({
    result: { ...base, status, score: 0, feedback: [feedback], ...(source === undefined ? {} : { answer: functionSource(source, answer.name) }) },
  });

  if (!file) return ungraded('missing', message('code-missing', { name: answer.name }));
  const decoded = typeof file.content === 'string' ? { ok: true as const, text: file.content } : decodeSource(file.content);
  if (!decoded.ok) return ungraded('invalid', decodeProblem(decoded, file.filename));

  const plan = timed('expected', () => planCases(answer, { salt: context.course.salt, exerciseId: exercise.id, studentId: context.studentId }));
  if (plan.cases.length === 0) return ungraded('invalid', message('no-reference-cases'), decoded.text);
  const limits = resolveLimits(context.course.limits, answer.limits);
  const outcome = await context.pool.run({
    source: decoded.text,
    filename: file.filename,
    calls: plan.cases.map((planned) => ({ exportName: answer.name, args: argumentList(answer, planned.args) })),
    limits,
  });
  const result = timed('compare', () =>
    resultFromOutcome({
      base: { ...base, answer: functionSource(decoded.text, answer.name) },
      outcome,
      plan,
      answer: answer as FunctionAnswer,
      misconceptions: resolveMisconceptions(exercise).misconceptions,
      tolerance,
      reveal: context.reveal ?? (exercise.reveal ?? context.course.reveal ?? true) === true,
      limits,
      filename: file.filename,
      source: decoded.text,
    }),
  );
  const failure = loadFailureOf(outcome, file.filename, limits);
  const failedLoad = failure && { failure: { ...failure, ...(result.console === undefined ? {} : { console: result.console }) }, limits };
  // Hints are for students who still need them, as for answers.
  return { result: result.status === 'correct' ? { ...result, hints: [] } : result, timing: outcome.timing, ...(failedLoad ? { failedLoad } : {}) };
}

/** Why the file's bytes are not a source file, as a message. */
function decodeProblem(decoded: Extract<ReturnType<typeof decodeSource>, { ok: false }>, file: string): Message {
  if (decoded.code === 'too-large') return message('code-too-large', { file, size: sizeMessage(decoded.bytes), limit: sizeMessage(decoded.limitBytes) });
  return message('code-not-utf8', { file, byte: decoded.byte, offset: decoded.offset });
}
