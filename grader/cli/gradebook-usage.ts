// Gradebook options that cannot give a file the LMS imports, refused before anything is graded
// or written: a Moodle gradebook without a roster (Moodle aborts the whole import at a row whose
// user it cannot find, and only the roster says who the students are), a Canvas id for an
// assignment that is not graded.
import type { GradebookFormat } from '../report/gradebook-formats.ts';
import type { GradebookOptions } from '../report/gradebook-layouts/layout.ts';
import type { CourseSpec } from '../spec/types.ts';

export interface GradedClass {
  readonly course: CourseSpec;
  readonly roster: boolean;
  readonly assignment?: string;
}

const moodleNeedsRoster = (): string =>
  "--format moodle needs --roster: Moodle aborts the whole import at a row whose user it cannot find, so only the roster's students are written";

const unknownCanvasAssignment = (id: string, graded: readonly string[]): string =>
  `--canvas-id names the assignment '${id}', which is not graded here (graded: ${graded.join(', ')})`;

/** What is wrong with the gradebook options for this class, or undefined. */
export function gradebookUsage(format: GradebookFormat, options: GradebookOptions, graded: GradedClass): string | undefined {
  if (format === 'moodle' && !graded.roster) return moodleNeedsRoster();
  const listed = graded.course.assignments.filter((a) => graded.assignment === undefined || a.id === graded.assignment).map((a) => a.id);
  // A course without assignments has one gradebook assignment for everything, `total`.
  const ids = listed.length === 0 ? ['total'] : listed;
  for (const id of options.canvasIds?.keys() ?? []) if (!ids.includes(id)) return unknownCanvasAssignment(id, ids);
  return undefined;
}
