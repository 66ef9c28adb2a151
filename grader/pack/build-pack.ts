// A student pack of one assignment, as data and then as files (pure: the CLI writes them).
// pack.json is what every student may have; each student's numbers are drawn with the
// course's salt exactly as batch grading draws them, and written apart: students/<id>.json in
// a class pack, or inside a per-student pack/<id>/pack.json that holds no one else's.
import { assignmentTitle, courseLanguages, courseName } from '../spec/localized.ts';
import { parseDueDate } from '../spec/due-date.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { courseOrder } from '../grade/order.ts';
import { drawVariant, type VariantValues } from '../variant/index.ts';
import { selfCheckPolicy } from './policy.ts';
import { PACK_FORMAT } from './format.ts';
import type { Pack, StudentVariants } from './schema.ts';
import { studentExercise } from './student-exercise.ts';

export interface PackInput {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  readonly assignment: string;
}

/** Why a pack cannot be made: for the instructor, in English (the course must be fixed first). */
export interface PackProblem {
  readonly code: 'unknown-assignment' | 'bad-date' | 'variant-failed';
  readonly message: string;
}

export type Built<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: PackProblem };

/** pack.json's content: the course's text, the assignment, its policy and its exercises as a student may see them. */
export function buildPack(input: PackInput): Built<Pack> {
  const { course } = input;
  const assignment = course.assignments.find((a) => a.id === input.assignment);
  if (assignment === undefined) return { ok: false, problem: { code: 'unknown-assignment', message: `the course has no assignment '${input.assignment}'` } };
  const due = parseDueDate(assignment.due);
  if (!due.ok) return { ok: false, problem: { code: 'bad-date', message: `assignment '${assignment.id}': due ${due.reason}` } };
  const policy = selfCheckPolicy(course, assignment.id);
  const exercises = courseOrder(course, input.exercises, assignment.id);
  return {
    ok: true,
    value: {
      format: PACK_FORMAT,
      course: courseName(course),
      languages: [...courseLanguages(course)],
      assignment: {
        id: assignment.id,
        title: assignmentTitle(course, assignment.id) ?? { en: assignment.title },
        due: assignment.due,
        dueUtc: new Date(due.epochMs).toISOString(),
        ...(course.time_zone === undefined ? {} : { timeZone: course.time_zone }),
      },
      policy,
      ...otherExercises(input, exercises),
      ...(course.tolerance ? { tolerance: { ...course.tolerance } } : {}),
      ...(course.limits ? { limits: { ...course.limits } } : {}),
      exercises: exercises.map((exercise) => studentExercise(exercise, course, policy.verdicts)),
    },
  };
}

/** The course's exercises outside the assignment, when it has any, in course order. */
function otherExercises(input: PackInput, packed: readonly ExerciseSpec[]): { otherExercises?: string[] } {
  const ids = courseOrder(input.course, input.exercises).map((e) => e.id).filter((id) => !packed.some((e) => e.id === id));
  return ids.length === 0 ? {} : { otherExercises: ids };
}

/** One student's numbers for the assignment's exercises (`{}` for one without parameters), in the assignment's order. */
export function drawStudentVariants(input: PackInput, studentId: string): Built<Record<string, VariantValues>> {
  const variants: Record<string, VariantValues> = {};
  for (const exercise of courseOrder(input.course, input.exercises, input.assignment)) {
    const drawn = drawVariant(exercise, { salt: input.course.salt, studentId });
    if (!drawn.ok) {
      return { ok: false, problem: { code: 'variant-failed', message: `exercise '${exercise.id}', parameter '${drawn.problem.param}' for ${studentId}: ${drawn.problem.message}` } };
    }
    variants[exercise.id] = drawn.values;
  }
  return { ok: true, value: variants };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export interface PackStudent {
  readonly id: string;
  readonly variants: Readonly<Record<string, VariantValues>>;
}

/**
 * The files of a pack, by path relative to its folder, in the order they are written. A class
 * pack: pack.json and students/<id>.json; per student: <id>/pack.json, each with one student.
 */
export function packFiles(pack: Pack, students: readonly PackStudent[], perStudent: boolean): Map<string, string> {
  const files = new Map<string, string>();
  if (perStudent) {
    const { format, ...shared } = pack;
    for (const student of students) files.set(`${student.id}/pack.json`, json({ format, student: student.id, ...shared, variants: student.variants }));
    return files;
  }
  files.set('pack.json', json(pack));
  for (const student of students) {
    const own: StudentVariants = { format: PACK_FORMAT, student: student.id, variants: student.variants };
    files.set(`students/${student.id}.json`, json(own));
  }
  return files;
}
