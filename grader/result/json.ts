// The result model as bytes: every object rebuilt with its keys in the order the types
// declare them (whoever built it), undefined fields dropped, 2-space JSON and a newline.
// Same inputs, same bytes.
import type { CaseResult, CodeLoadFailure, Diagnosis, ElementResult, ExerciseResult, LateResult, StudentResult, SubmissionProblem } from './types.ts';

type Keys<T> = readonly (keyof T & string)[];

function ordered<T extends object>(value: T, keys: Keys<T>): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

const DIAGNOSIS: Keys<Diagnosis> = ['id', 'title', 'feedback', 'either'];
const MISTAKE: Keys<NonNullable<Diagnosis['either']>[number]> = ['id', 'title', 'feedback'];
const ELEMENT: Keys<ElementResult> = ['index', 'received', 'expected', 'correct'];
const CASE: Keys<CaseResult> = ['visibility', 'status', 'args', 'expected', 'received', 'difference', 'message'];
const EXERCISE: Keys<ExerciseResult> = [
  'id', 'title', 'topic', 'kind', 'status', 'score', 'max', 'prompt', 'variant', 'answer', 'expected', 'options', 'picked',
  'tolerance', 'feedback', 'misconception', 'roundedTooEarly', 'elements', 'cases', 'hidden', 'console', 'consoleCutKb', 'hints',
];
const PROBLEM: Keys<SubmissionProblem> = ['code', 'params', 'file', 'line', 'col'];
const LATE: Keys<LateResult> = ['assignment', 'submittedAt', 'due', 'daysLate', 'penaltyPercent', 'scoreBeforePenalty', 'timeZone', 'dueFrom', 'lateDue'];
const CODE_LOAD: Keys<CodeLoadFailure> = ['code', 'status', 'file', 'line', 'col', 'message', 'console'];
const STUDENT: Keys<StudentResult> = ['format', 'student', 'course', 'languages', 'assignment', 'codeLoadFailure', 'exercises', 'problems', 'score', 'max', 'late'];

/**
 * Results this module built: already in order, and never changed afterwards (the model is
 * read-only), so ordering one again returns it as it is. A student's exercises are ordered
 * when graded and again when the student's result is put together.
 */
const inOrder = new WeakSet<object>();
const remember = <T extends object>(value: T): T => (inOrder.add(value), value);

export function orderExercise(result: ExerciseResult): ExerciseResult {
  if (inOrder.has(result)) return result;
  return remember(orderedExercise(result));
}

function orderedExercise(result: ExerciseResult): ExerciseResult {
  return ordered(
    {
      ...result,
      misconception: result.misconception && ordered({ ...result.misconception, either: result.misconception.either?.map((m) => ordered(m, MISTAKE)) }, DIAGNOSIS),
      elements: result.elements?.map((e) => ordered(e, ELEMENT)),
      cases: result.cases?.map((c) => ordered(c, CASE)),
      hidden: result.hidden && { failed: result.hidden.failed, total: result.hidden.total },
    },
    EXERCISE,
  );
}

export function orderStudent(result: StudentResult): StudentResult {
  if (inOrder.has(result)) return result;
  return remember(orderedStudent(result));
}

function orderedStudent(result: StudentResult): StudentResult {
  const { id, name, email, section, onRoster } = result.student;
  return ordered(
    {
      ...result,
      student: ordered({ id, name, email, section, onRoster }, ['id', 'name', 'email', 'section', 'onRoster']),
      assignment: result.assignment && { id: result.assignment.id, title: result.assignment.title },
      codeLoadFailure: result.codeLoadFailure && ordered(result.codeLoadFailure, CODE_LOAD),
      exercises: result.exercises.map(orderExercise),
      problems: result.problems.map((p) => ordered(p, PROBLEM)),
      late: result.late?.map((l) => ordered({ ...l, assignment: { id: l.assignment.id, title: l.assignment.title } }, LATE)),
    },
    STUDENT,
  );
}

/** The student's result as deterministic JSON (2-space indent, trailing newline). */
export function toJson(result: StudentResult | ExerciseResult): string {
  const canonical = 'exercises' in result ? orderStudent(result) : orderExercise(result);
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
