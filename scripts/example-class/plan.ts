// The whole example class as data: every student's files and the status each exercise is
// meant to get. Planning refuses a class in which an exercise has no right or no wrong
// answer, or a status of the result model never occurs: those are what the class is for.
import { STATUSES, type Status } from '../../grader/result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';
import { missingAnswer, planAnswers, renderAnswersFile, type PlannedAnswer } from './answers.ts';
import { planCode, type PlannedCode, type PlannedCodeStatus } from './code.ts';
import { STUDENTS, type Student } from './students.ts';

export interface PlannedStudent {
  readonly student: Student;
  /** File name → text; absent for a student on the roster who handed nothing in. */
  readonly files?: ReadonlyMap<string, string>;
  readonly answers: readonly PlannedAnswer[];
  readonly code: readonly PlannedCode[];
}

export interface ClassPlan {
  readonly students: readonly PlannedStudent[];
}

/** The course's exercises in course order, each with its assignment. */
export function courseExercises(course: CourseSpec, exercises: readonly ExerciseSpec[]): { exercise: ExerciseSpec; assignment: string }[] {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return course.assignments.flatMap((a) =>
    a.exercises.map((id) => {
      const exercise = byId.get(id);
      if (!exercise) throw new Error(`assignment ${a.id} lists '${id}', which is not in the bank`);
      return { exercise, assignment: a.id };
    }),
  );
}

function header(student: Student): string {
  return `${student.name} (${student.id})`;
}

export function planStudent(student: Student, course: CourseSpec, exercises: readonly ExerciseSpec[]): PlannedStudent {
  const ordered = courseExercises(course, exercises);
  const answerExercises = ordered.filter(({ exercise }) => exercise.answer.kind !== 'function');
  const codeExercises = ordered.filter(({ exercise }) => exercise.answer.kind === 'function').map(({ exercise }) => exercise);
  if (student.noFolder) {
    const code = planCode(codeExercises, student.id, header(student), { kind: 'none' });
    return { student, answers: answerExercises.map(({ exercise }) => missingAnswer(exercise.id)), code: code.exercises };
  }
  const answers = student.answers
    ? planAnswers(answerExercises, course, student.id, student.answers)
    : answerExercises.map(({ exercise }) => missingAnswer(exercise.id));
  const code = planCode(codeExercises, student.id, header(student), student.code);
  const files = new Map<string, string>();
  if (student.answers) files.set('answers.yaml', renderAnswersFile(`Answers of ${header(student)}`, answers));
  if (code.file) files.set(code.file.name, code.file.text);
  if (student.submitted?.in === 'file') files.set('submitted_at', `${student.submitted.at}\n`);
  if (files.size === 0) throw new Error(`${student.id} would hand in an empty folder, which git does not keep`);
  return { student, files, answers, code: code.exercises };
}

/** Every status planned for each exercise. */
export function statusesByExercise(plan: ClassPlan): Map<string, PlannedCodeStatus[]> {
  const byExercise = new Map<string, PlannedCodeStatus[]>();
  for (const s of plan.students) {
    for (const p of [...s.answers, ...s.code]) byExercise.set(p.id, [...(byExercise.get(p.id) ?? []), p.status]);
  }
  return byExercise;
}

const GRADED_WRONG: readonly PlannedCodeStatus[] = ['incorrect', 'partial', 'wrong'];

/** What the class lacks: exercises without a right or a wrong answer, statuses that never occur. */
export function coverageProblems(plan: ClassPlan): string[] {
  const problems: string[] = [];
  const seen = new Set<PlannedCodeStatus>();
  for (const [id, statuses] of statusesByExercise(plan)) {
    statuses.forEach((status) => seen.add(status));
    if (!statuses.includes('correct')) problems.push(`no student gets ${id} right`);
    if (!statuses.some((status) => GRADED_WRONG.includes(status))) problems.push(`no student gets ${id} wrong`);
  }
  const missing = STATUSES.filter((status: Status) => !seen.has(status));
  if (missing.length > 0) problems.push(`these statuses never occur: ${missing.join(', ')}`);
  return problems;
}

export function planClass(course: CourseSpec, exercises: readonly ExerciseSpec[]): ClassPlan {
  const plan = { students: STUDENTS.map((student) => planStudent(student, course, exercises)) };
  const problems = coverageProblems(plan);
  if (problems.length > 0) throw new Error(`the example class is incomplete:\n${problems.join('\n')}`);
  return plan;
}
