// Which exercises a student is graded on, in the course's order: an assignment's own list,
// or every assignment's in turn. An exercise no assignment lists is not assigned (a draft
// in the bank), so it is not graded; a course without assignments grades every exercise.
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';

export function courseOrder(course: CourseSpec, exercises: readonly ExerciseSpec[], assignment?: string): ExerciseSpec[] {
  if (course.assignments.length === 0 && assignment === undefined) return [...exercises];
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const lists = course.assignments.filter((a) => assignment === undefined || a.id === assignment).map((a) => a.exercises);
  return [...new Set(lists.flat())].flatMap((id) => byId.get(id) ?? []);
}
