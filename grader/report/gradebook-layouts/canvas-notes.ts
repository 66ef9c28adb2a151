// What Canvas' importer would not take as we mean it, said before the instructor uploads the
// file: a header it drops, a title it reads as an assignment id, a Canvas id given for an
// assignment the gradebook does not have.
import type { ClassSummary } from '../summary.ts';
import type { GradebookNote, GradebookOptions } from './layout.ts';

export interface CanvasColumn {
  readonly id: string;
  readonly header: string;
  readonly max: number;
  /** The header ends in the assignment's Canvas id. */
  readonly withId: boolean;
}

/** The headers of Canvas' own total columns: any header containing one is dropped on import. */
export const CANVAS_IGNORED_HEADERS = [
  'Current Score', 'Current Points', 'Current Grade',
  'Final Score', 'Final Points', 'Final Grade',
  'Override Score', 'Override Grade', 'Override Status',
] as const;

/** How Canvas reads an assignment id out of a header. */
export const CANVAS_TITLE_AND_ID = /^(.*)\s\((\d+)\)$/;

const ignoredColumn = (header: string, phrase: string): GradebookNote => ({
  code: 'canvas-ignored-column',
  message: `the column "${header}" contains "${phrase}", which Canvas' importer takes for one of its own total columns and drops: rename the assignment or exercise`,
});

const titleLikeId = (header: string, id: string): GradebookNote => ({
  code: 'canvas-title-like-id',
  message: `the column "${header}" ends like "Title (${id})", so Canvas reads ${id} as the id of the assignment to import into: give the assignment's canvas_id in the course file (or --canvas-id), or rename it`,
});

const unknownCanvasId = (assignment: string, known: readonly string[]): GradebookNote => ({
  code: 'canvas-id-unknown-assignment',
  message: `--canvas-id names the assignment "${assignment}", which is not a column of this gradebook (its assignments: ${known.join(', ') || 'none'})`,
});

export function canvasNotes(columns: readonly CanvasColumn[], summary: ClassSummary, options: GradebookOptions): GradebookNote[] {
  const notes: GradebookNote[] = [];
  for (const column of columns) {
    const phrase = CANVAS_IGNORED_HEADERS.find((p) => column.header.includes(p));
    if (phrase !== undefined) notes.push(ignoredColumn(column.header, phrase));
    const id = column.withId ? undefined : CANVAS_TITLE_AND_ID.exec(column.header)?.[2];
    if (id !== undefined) notes.push(titleLikeId(column.header, id));
  }
  const known = summary.assignments.map((a) => a.id);
  for (const assignment of options.canvasIds?.keys() ?? []) if (!known.includes(assignment)) notes.push(unknownCanvasId(assignment, known));
  return notes;
}
