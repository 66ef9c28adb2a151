// The gradebook as CSV for an LMS. A layout is a small definition in gradebook-layouts/
// (header lines, a row per student, notes on what the LMS would not take as meant); adding an
// LMS means adding one there and listing it here. The rows come from the class summary, so the
// gradebook can be written again from class-results.json alone. See reports/README.md
// ("Gradebook layouts") for how each is imported.
import { csvLine } from './csv.ts';
import { canvasLayout } from './gradebook-layouts/canvas.ts';
import type { GradebookLayout, GradebookNote, GradebookOptions } from './gradebook-layouts/layout.ts';
import { moodleLayout } from './gradebook-layouts/moodle.ts';
import { plainLayout } from './gradebook-layouts/plain.ts';
import type { ClassSummary, StudentRow } from './summary.ts';

import type { GradebookFormat } from './gradebook-formats.ts';

export { CANVAS_COLUMNS, GRADEBOOK_FORMATS, MOODLE_USER_FIELDS } from './gradebook-formats.ts';
export type { CanvasColumns, GradebookFormat, MoodleUserField } from './gradebook-formats.ts';
export type { GradebookNote, GradebookOptions } from './gradebook-layouts/layout.ts';

const LAYOUTS: Readonly<Record<GradebookFormat, GradebookLayout>> = {
  plain: plainLayout,
  canvas: canvasLayout,
  moodle: moodleLayout,
};

/** The header lines, then each student's line; callers may stream the rows. */
export function gradebookHeader(format: GradebookFormat, summary: ClassSummary, options: GradebookOptions = {}): string {
  return LAYOUTS[format].header(summary, options).map(csvLine).join('');
}

/** The student's line, or nothing when the LMS could not take it (see gradebookNotes). */
export function gradebookRow(format: GradebookFormat, student: StudentRow, summary: ClassSummary, options: GradebookOptions = {}): string {
  const row = LAYOUTS[format].row(student, summary, options);
  return row === undefined ? '' : csvLine(row);
}

export function renderGradebookCsv(summary: ClassSummary, format: GradebookFormat = 'plain', options: GradebookOptions = {}): string {
  return gradebookHeader(format, summary, options) + summary.students.map((s) => gradebookRow(format, s, summary, options)).join('');
}

/** What the instructor must know about the file before importing it. */
export function gradebookNotes(summary: ClassSummary, format: GradebookFormat, options: GradebookOptions = {}): readonly GradebookNote[] {
  return LAYOUTS[format].notes?.(summary, options) ?? [];
}
