// Grading one student: every exercise of the course (or of one assignment) in order, each
// for the student's own variant, answers from the answers file and code from the code
// file; answers to ids the course does not have are reported, never ignored. A code file
// that does not load is reported once, for the file, and not run again (code-load.ts).
import { drawVariant, type VariantResult, type VariantValues } from '../variant/index.ts';
import { message } from '../messages/message.ts';
import { fileProblem, messageOf, type StudentFileProblem } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import { orderExercise, orderStudent } from '../result/json.ts';
import { RESULT_FORMAT, type ExerciseResult, type StudentResult, type SubmissionProblem } from '../result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { unreadableReason, unusableAnswer, type Answers, type SolutionSource } from '../submission/index.ts';
import { gradeAnswer, resultBase, reveals, roundScore } from './answer.ts';
import { assignmentTitle, courseLanguages, courseName } from './course-text.ts';
import { resolveLimits } from '../sandbox/index.ts';
import { gradeCodeExercise, notLoadedResult, type GradeFunction } from './code-exercises.ts';
import { failedLoadCovers, type FailedLoad } from './code-load.ts';
import { courseOrder } from './order.ts';
import { didYouMean } from '../spec/schema/did-you-mean.ts';

export interface StudentInput {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  readonly studentId: string;
  readonly name?: string;
  /** Only this assignment's exercises; all of the course's when left out. */
  readonly assignment?: string;
  /** Absent when the student has no answers file. */
  readonly answers?: Answers;
  readonly solutionSource?: SolutionSource;
  /** Why the code file could not be read: the code exercises are then invalid. */
  readonly solutionProblem?: StudentFileProblem;
  /** Problems found loading the student's folder, reported in the result (the solution problem among them). */
  readonly folderProblems?: readonly StudentFileProblem[];
  readonly gradeFunction?: GradeFunction;
  /**
   * Grade every exercise's default variant (the numbers of the course notes) instead of the
   * student's own: for checking an answer key or the exercise bank against the notes.
   */
  readonly defaults?: boolean;
  /** Ids of the course's exercises whose files have errors: answers to them are not "unknown". */
  readonly ungradable?: readonly string[];
  /**
   * The student's numbers, by exercise id, used instead of drawing them (a student pack carries
   * them, and no salt to draw them with); an exercise without an entry has no parameters.
   */
  readonly variants?: Readonly<Record<string, VariantValues>>;
}

function asSubmissionProblem(p: StudentFileProblem): SubmissionProblem {
  return { ...messageOf(p), file: p.file, ...(p.line === undefined ? {} : { line: p.line, col: p.col ?? 1 }) };
}

/** Answers to ids that are not exercises of the course, or that are code exercises. */
function strayAnswers(answers: Answers | undefined, exercises: readonly ExerciseSpec[], ungradable: readonly string[]): StudentFileProblem[] {
  if (!answers) return [];
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const ids = exercises.map((e) => e.id);
  const problems: StudentFileProblem[] = [];
  for (const entry of answers.entries.values()) {
    const exercise = byId.get(entry.id);
    const at = entry.line === undefined ? undefined : { line: entry.line, col: entry.col ?? 1 };
    const id = entry.id;
    if (!exercise && ungradable.includes(id)) {
      problems.push(fileProblem(message('ungradable-exercise', { id }), answers.file, at, 'warning'));
    } else if (!exercise) {
      const guess = didYouMean(id, ids);
      problems.push(fileProblem(guess ? message('unknown-exercise-did-you-mean', { id, guess }) : message('unknown-exercise', { id }), answers.file, at));
    } else if (exercise.answer.kind === 'function') {
      problems.push(fileProblem(message('answer-for-code-exercise', { id }), answers.file, at));
    }
  }
  return problems;
}

/** Why an answer cannot be used, or undefined when it can. */
function answerProblem(answers: Answers | undefined, id: string) {
  if (!answers) return undefined;
  if (!answers.readable) return answers.problems[0] && unreadableReason(answers.problems[0]);
  const fatal = answers.entries.get(id)?.problem;
  return fatal && unusableAnswer(fatal);
}

/** What grading a student's code exercises has found out about their code file so far. */
interface CodeFileState {
  failedLoad?: FailedLoad;
}

function variantOf(exercise: ExerciseSpec, input: StudentInput): VariantResult {
  if (input.variants !== undefined) return { ok: true, values: input.variants[exercise.id] ?? {} };
  return drawVariant(exercise, input.defaults ? { salt: input.course.salt } : { salt: input.course.salt, studentId: input.studentId });
}

async function gradeExercise(exercise: ExerciseSpec, input: StudentInput, code: CodeFileState): Promise<ExerciseResult> {
  const { course, studentId } = input;
  const variant = timed('expected', () => variantOf(exercise, input));
  if (!variant.ok) {
    const failed = message('variant-failed', { param: variant.problem.param, error: variant.problem.message });
    return orderExercise({ ...resultBase(exercise, {}), status: 'error', score: 0, feedback: [failed], hints: [] });
  }
  if (exercise.answer.kind === 'function') {
    const base = timed('compare', () => resultBase(exercise, variant.values));
    const ctx = { course, studentId, variant: variant.values, reveal: reveals(exercise, course), base };
    // The file is loaded once per student: a load that failed is not tried again where it would fail the same way.
    const known = code.failedLoad;
    if (known && failedLoadCovers(known, resolveLimits(course.limits, exercise.answer.limits))) return notLoadedResult(exercise, ctx, known.failure);
    const graded = await gradeCodeExercise(exercise, input.solutionSource, ctx, input.gradeFunction, input.solutionProblem && messageOf(input.solutionProblem));
    if (!graded.failedLoad || known) return graded.result;
    code.failedLoad = graded.failedLoad;
    return notLoadedResult(exercise, ctx, graded.failedLoad.failure);
  }
  const problem = answerProblem(input.answers, exercise.id);
  const raw = input.answers?.entries.get(exercise.id)?.value;
  const options = { ...(input.answers ? { answersFile: input.answers.file } : {}), ...(problem === undefined ? {} : { problem }) };
  return timed('compare', () => gradeAnswer(exercise, raw, variant.values, course, options));
}

export async function gradeStudent(input: StudentInput): Promise<StudentResult> {
  const exercises: ExerciseResult[] = [];
  const code: CodeFileState = {};
  for (const exercise of courseOrder(input.course, input.exercises, input.assignment)) exercises.push(await gradeExercise(exercise, input, code));
  const problems = [...(input.answers?.problems ?? []), ...strayAnswers(input.answers, input.exercises, input.ungradable ?? []), ...(input.folderProblems ?? [])];
  const assignment = input.assignment === undefined ? undefined : input.course.assignments.find((a) => a.id === input.assignment);
  return orderStudent({
    format: RESULT_FORMAT,
    student: { id: input.studentId, ...(input.name === undefined ? {} : { name: input.name }) },
    course: courseName(input.course),
    languages: courseLanguages(input.course),
    ...(assignment ? { assignment: { id: assignment.id, title: assignmentTitle(input.course, assignment) } } : {}),
    ...(code.failedLoad ? { codeLoadFailure: code.failedLoad.failure } : {}),
    exercises,
    problems: problems.map(asSubmissionProblem),
    score: roundScore(exercises.reduce((sum, e) => sum + e.score, 0)),
    max: roundScore(exercises.reduce((sum, e) => sum + e.max, 0)),
  });
}
