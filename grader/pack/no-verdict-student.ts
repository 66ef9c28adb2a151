// A student's self-check without verdicts, exercise by exercise in the pack's order (see
// no-verdict.ts): what could be read or run, and what keeps the rest from it.
import { courseOrder } from '../grade/order.ts';
import type { LocalizedText } from '../messages/params.ts';
import { messageOf, type StudentFileProblem } from '../problem.ts';
import type { CodeLoadFailure, SubmissionProblem } from '../result/types.ts';
import type { SandboxPool } from '../sandbox/pool.ts';
import type { FunctionAnswer } from '../spec/types.ts';
import type { Answers, SolutionSource } from '../submission/index.ts';
import { readAnswerOnly, runCodeOnly, type CodeRunContext, type NoVerdictExercise } from './no-verdict.ts';
import { packCourse } from './pack-course.ts';
import type { Pack } from './schema.ts';

export interface NoVerdictResult {
  readonly student: { readonly id: string };
  readonly course: LocalizedText;
  readonly assignment: { readonly id: string; readonly title: LocalizedText };
  readonly codeLoadFailure?: CodeLoadFailure;
  readonly exercises: readonly NoVerdictExercise[];
  readonly problems: readonly SubmissionProblem[];
}

export interface NoVerdictInput {
  readonly pack: Pack;
  readonly studentId: string;
  readonly answers?: Answers;
  readonly solutionSource?: SolutionSource;
  readonly solutionProblem?: StudentFileProblem;
  readonly folderProblems?: readonly StudentFileProblem[];
  /** Absent when there is no code to run. */
  readonly pool?: SandboxPool;
}

function asSubmissionProblem(p: StudentFileProblem): SubmissionProblem {
  return { ...messageOf(p), file: p.file, ...(p.line === undefined ? {} : { line: p.line, col: p.col ?? 1 }) };
}

export async function checkWithoutVerdicts(input: NoVerdictInput): Promise<NoVerdictResult> {
  const { pack } = input;
  const { course, exercises } = packCourse(pack, 0);
  const code: CodeRunContext = { ...(input.pool ? { pool: input.pool } : {}), source: input.solutionSource, courseLimits: course.limits, ...(input.solutionProblem ? { sourceProblem: messageOf(input.solutionProblem) } : {}) };
  const checked: NoVerdictExercise[] = [];
  for (const exercise of courseOrder(course, exercises, pack.assignment.id)) {
    if (exercise.answer.kind === 'function') checked.push(await runCodeOnly(exercise as typeof exercise & { answer: FunctionAnswer }, code));
    else checked.push(readAnswerOnly(exercise, input.answers));
  }
  return {
    student: { id: input.studentId },
    course: pack.course,
    assignment: { id: pack.assignment.id, title: pack.assignment.title },
    ...(code.failedLoad ? { codeLoadFailure: code.failedLoad.failure } : {}),
    exercises: checked,
    problems: [...(input.answers?.problems ?? []), ...(input.folderProblems ?? [])].map(asSubmissionProblem),
  };
}
