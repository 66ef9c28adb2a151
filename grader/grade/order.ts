// Which exercises a student is graded on, in the course's order: an assignment's own
// list, or every assignment's in turn and then any exercise no assignment lists.
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';

export function courseOrder(course: CourseSpec, exercises: readonly ExerciseSpec[], assignment?: string): ExerciseSpec[] {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const lists = course.assignments.filter((a) => assignment === undefined || a.id === assignment).map((a) => a.exercises);
  const ids = new Set(lists.flat());
  if (assignment === undefined) for (const e of exercises) ids.add(e.id);
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}
