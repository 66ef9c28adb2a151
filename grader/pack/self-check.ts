// Grading a student from a pack: the same gradeStudent as batch grading, with the student's
// numbers from the pack instead of drawn ones, on the exercises as the pack has them (visible
// cases only). A code exercise then says how many hidden tests wait for hand-in: a count, the
// one thing the pack knows of them.
import { gradeStudent, type StudentInput } from '../grade/student.ts';
import { message } from '../messages/message.ts';
import { orderExercise, orderStudent } from '../result/json.ts';
import type { StudentResult } from '../result/types.ts';
import type { Answers } from '../submission/index.ts';
import type { VariantValues } from '../variant/index.ts';
import { packCourse } from './pack-course.ts';
import type { Pack } from './schema.ts';

export type PackCheckInput = Omit<StudentInput, 'course' | 'exercises' | 'variants' | 'defaults' | 'ungradable' | 'assignment'> & {
  readonly pack: Pack;
  readonly variants: Readonly<Record<string, VariantValues>>;
  /** The student's time, which decides `after-due` (ms since the epoch). */
  readonly now: number;
};

export async function gradeFromPack(input: PackCheckInput): Promise<StudentResult> {
  const { pack, now, ...student } = input;
  const { course, exercises } = packCourse(pack, now);
  const answers = student.answers && withoutOtherAssignments(student.answers, pack.otherExercises ?? []);
  const result = await gradeStudent({ ...student, ...(answers ? { answers } : {}), course, exercises, assignment: pack.assignment.id });
  const hidden = new Map(pack.exercises.map((e) => [e.id, e.hidden ?? 0]));
  return orderStudent({
    ...result,
    exercises: result.exercises.map((exercise) => {
      const count = hidden.get(exercise.id) ?? 0;
      return count === 0 ? exercise : orderExercise({ ...exercise, feedback: [...exercise.feedback, message('self-check.hidden-later', { count })] });
    }),
  });
}

/** Answers to the course's other assignments are for their own packs: neither graded here nor called unknown. */
function withoutOtherAssignments(answers: Answers, others: readonly string[]): Answers {
  if (others.length === 0) return answers;
  return { ...answers, entries: new Map([...answers.entries].filter(([id]) => !others.includes(id))) };
}
