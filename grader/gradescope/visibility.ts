// The course's reveal policy as Gradescope's test visibility. Gradescope can hold a test back
// until the assignment's due date (its late due date, when late work is allowed) or until the
// instructor publishes the grades, which no report file can do: an exercise with a deferred
// reveal is graded with its expected values, in a test Gradescope shows only at that time.
import type { GradescopeVisibility } from '../report/index.ts';
import type { CourseSpec, ExerciseSpec, RevealPolicy } from '../spec/types.ts';

/** Each policy's visibility: `false` needs no hiding, since its tests never hold expected values. */
const VISIBILITY_OF_POLICY: Readonly<Record<`${RevealPolicy}`, GradescopeVisibility>> = {
  true: 'visible',
  false: 'visible',
  'after-due': 'after_due_date',
  'after-due-date': 'after_due_date',
  'after-published': 'after_published',
};

export function revealPolicy(exercise: ExerciseSpec, course: CourseSpec): RevealPolicy {
  return exercise.reveal ?? course.reveal ?? true;
}

/** The visibility of each exercise's test, by exercise id. */
export function testVisibility(course: CourseSpec, exercises: readonly ExerciseSpec[]): ReadonlyMap<string, GradescopeVisibility> {
  return new Map(exercises.map((exercise) => [exercise.id, VISIBILITY_OF_POLICY[`${revealPolicy(exercise, course)}`]]));
}

/**
 * The exercises as Gradescope grades them: a deferred reveal becomes a reveal, because the
 * test that holds the expected values is shown only when the policy allows.
 */
export function revealedForGradescope(course: CourseSpec, exercises: readonly ExerciseSpec[]): { course: CourseSpec; exercises: ExerciseSpec[] } {
  const deferred = (policy: RevealPolicy | undefined): boolean => policy !== undefined && typeof policy !== 'boolean';
  return {
    course: deferred(course.reveal) ? { ...course, reveal: true } : course,
    exercises: exercises.map((exercise) => (deferred(revealPolicy(exercise, course)) ? { ...exercise, reveal: true } : exercise)),
  };
}
