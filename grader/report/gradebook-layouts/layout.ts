// What a gradebook layout is: header lines, then a row per student (or none, when the LMS
// could not take that student's row), and notes on what in the file the LMS would not take as
// meant. gradebook.ts lists the layouts; adding an LMS means adding a file here.
import type { CsvCell } from '../csv.ts';
import type { ClassSummary, ExerciseSummary, StudentRow } from '../summary.ts';

import type { CanvasColumns, MoodleUserField } from '../gradebook-formats.ts';

export type { CanvasColumns, MoodleUserField } from '../gradebook-formats.ts';

export interface GradebookOptions {
  /** Canvas ids by assignment id; they take precedence over the course file's `canvas_id`. */
  readonly canvasIds?: ReadonlyMap<string, number>;
  /** Canvas: one column per assignment (the default), or one per exercise. */
  readonly canvasColumns?: CanvasColumns;
  /** Moodle: the user field its importer identifies rows by (default idnumber). */
  readonly moodleUserField?: MoodleUserField;
}

/** Something about the file the instructor must know: a warning with the gradebook's name. */
export interface GradebookNote {
  /** Stable and kebab-case, like every problem code. */
  readonly code: string;
  readonly message: string;
}

export interface GradebookLayout {
  header(summary: ClassSummary, options: GradebookOptions): readonly (readonly CsvCell[])[];
  /** Undefined when the LMS could not take the student's row (a note says so). */
  row(student: StudentRow, summary: ClassSummary, options: GradebookOptions): readonly CsvCell[] | undefined;
  notes?(summary: ClassSummary, options: GradebookOptions): readonly GradebookNote[];
}

/** Titles as column names (the course's English titles: an LMS has one title per assignment), with the id added where two share a title. */
export function columnTitles(columns: readonly { readonly id: string; readonly title: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.title, (counts.get(c.title) ?? 0) + 1);
  return columns.map((c) => (counts.get(c.title)! > 1 ? `${c.title} [${c.id}]` : c.title));
}

export const exerciseTitles = (exercises: readonly ExerciseSummary[]): string[] => columnTitles(exercises.map((e) => ({ id: e.id, title: e.title.en })));

/** The total column of a one-assignment layout: the graded assignment's title, else "Total". */
export const totalColumn = (summary: ClassSummary): string => summary.assignment?.title.en ?? 'Total';

const LISTED = 10;

/** Student ids for a message: the first ten, then how many more. */
export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, LISTED).join(', ');
  return ids.length > LISTED ? `${shown} and ${ids.length - LISTED} more` : shown;
}
