// The gradebook as CSV for an LMS, one row per student, one column per exercise and a total.
// A layout is a small definition (header lines, then a row per student); adding an LMS means
// adding one. The rows come from the class summary, so the gradebook can be written again
// from class-results.json alone. See reports/README.md ("Gradebook layouts") for how each is imported.
import { csvLine } from './csv.ts';
import type { CsvCell } from './csv.ts';
import type { ClassSummary, ExerciseSummary, StudentRow } from './summary.ts';

export const GRADEBOOK_FORMATS = ['plain', 'canvas', 'moodle'] as const;
export type GradebookFormat = (typeof GRADEBOOK_FORMATS)[number];

interface GradebookLayout {
  header(summary: ClassSummary): readonly (readonly CsvCell[])[];
  row(student: StudentRow, summary: ClassSummary): readonly CsvCell[];
}

/**
 * An exercise the student's results do not have at all stays empty, which LMSs read as "not
 * graded"; an unanswered one is in the results as `missing` with 0 points, and shows 0.
 */
const scores = (student: StudentRow): (number | null)[] => [...student.scores];
const totalColumn = (summary: ClassSummary): string => summary.assignment?.title ?? 'Total';
/** Points the late policy took off: the exercises' scores are before it, the total after. */
const latePenalty = (student: StudentRow): number =>
  Math.round((student.scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) - student.score) * 10_000) / 10_000;

const LAYOUTS: Readonly<Record<GradebookFormat, GradebookLayout>> = {
  // Everything, keyed by our ids: for spreadsheets and scripts.
  plain: {
    header: (summary) => [['id', 'name', 'email', 'section', ...summary.exercises.map((e) => e.id), 'late_penalty', 'total', 'max']],
    row: (student) => [student.id, student.name, student.email, student.section, ...scores(student), latePenalty(student), student.score, student.max],
  },
  // Canvas' gradebook import: its identity columns, then one column per assignment (a new name
  // creates a new assignment); the "Points Possible" row gives each column's maximum. Our
  // student id goes in "SIS User ID", which Canvas matches; its own user id (ID) and the SIS
  // login are left empty.
  canvas: {
    header: (summary) => [
      ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...columnTitles(summary.exercises), totalColumn(summary)],
      ['Points Possible', '', '', '', '', ...summary.exercises.map((e) => e.max), summary.totals.max],
    ],
    row: (student) => [student.name ?? student.id, '', student.id, '', student.section, ...scores(student), student.score],
  },
  // Moodle's "Import grades → CSV file": one column identifies the user (map "ID number" to
  // the user's idnumber, or "Email address" to their email), every other column is mapped to
  // a grade item (or a new one) on the import page.
  moodle: {
    header: (summary) => [['ID number', 'Email address', 'Full name', ...columnTitles(summary.exercises), totalColumn(summary)]],
    row: (student) => [student.id, student.email, student.name, ...scores(student), student.score],
  },
};

/** The header lines, then each student's line; callers may stream the rows. */
export function gradebookHeader(format: GradebookFormat, summary: ClassSummary): string {
  return LAYOUTS[format].header(summary).map(csvLine).join('');
}

export function gradebookRow(format: GradebookFormat, student: StudentRow, summary: ClassSummary): string {
  return csvLine(LAYOUTS[format].row(student, summary));
}

export function renderGradebookCsv(summary: ClassSummary, format: GradebookFormat = 'plain'): string {
  return gradebookHeader(format, summary) + summary.students.map((s) => gradebookRow(format, s, summary)).join('');
}

/** Exercise titles as column names, with the id added where two exercises share a title. */
function columnTitles(exercises: readonly ExerciseSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const e of exercises) counts.set(e.title, (counts.get(e.title) ?? 0) + 1);
  return exercises.map((e) => (counts.get(e.title)! > 1 ? `${e.title} [${e.id}]` : e.title));
}
