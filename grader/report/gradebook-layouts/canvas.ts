// Canvas' gradebook import (Grades → Import), laid out for the rules of its importer
// (app/models/gradebook_importer.rb): the student columns `Student, ID, SIS User ID, SIS Login
// ID, Section`, then one column per assignment, a column whose header is `Title (id)` going
// to the assignment with that Canvas id and any other to the assignment of that exact title
// (or to a new assignment), and a `Points Possible` row. There is no total column: Canvas
// ignores only its own total columns (Current Score, Final Grade, …) and would import ours as
// one more assignment, counting every point twice. Our student id is the SIS User ID, which
// Canvas matches students by (after its own user id, left empty).
import type { ClassSummary, StudentRow } from '../summary.ts';
import { canvasNotes, type CanvasColumn } from './canvas-notes.ts';
import { columnTitles, type GradebookLayout, type GradebookOptions } from './layout.ts';

const STUDENT_COLUMNS = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'] as const;

/** A title on one line: Canvas reads `Title (id)` only when the header is one line. */
const oneLine = (title: string): string => title.replace(/\s*[\r\n]+\s*/g, ' ');

function columns(summary: ClassSummary, options: GradebookOptions): CanvasColumn[] {
  if (options.canvasColumns === 'exercises') {
    const headers = columnTitles(summary.exercises.map((e) => ({ id: e.id, title: oneLine(e.title.en) })));
    return summary.exercises.map((e, i) => ({ id: e.id, header: headers[i]!, max: e.max, withId: false }));
  }
  const titled = summary.assignments.map((a) => {
    const canvasId = options.canvasIds?.get(a.id) ?? a.canvasId;
    return { id: a.id, title: canvasId === undefined ? oneLine(a.title.en) : `${oneLine(a.title.en)} (${canvasId})`, withId: canvasId !== undefined };
  });
  const headers = columnTitles(titled);
  return summary.assignments.map((a, i) => ({ id: a.id, header: headers[i]!, max: a.max, withId: titled[i]!.withId }));
}

/** Each exercise's points after its assignment's late penalty, for the per-exercise columns. */
function exerciseScoresAfterLate(student: StudentRow, summary: ClassSummary): (number | null)[] {
  const scores = [...student.scores];
  const column = new Map(summary.exercises.map((e, i) => [e.id, i]));
  summary.assignments.forEach((assignment, k) => {
    const at = assignment.exercises.flatMap((id) => column.get(id) ?? []);
    const before = at.reduce((sum, i) => sum + (scores[i] ?? 0), 0);
    const after = student.assignmentScores[k];
    if (after === null || after === undefined || before === 0 || after === before) return;
    for (const i of at) if (scores[i] !== null && scores[i] !== undefined) scores[i] = (scores[i]! * after) / before;
  });
  return scores;
}

/** The name, unless it holds "Points Possible": Canvas would take the row for the points row. */
const studentCell = (student: StudentRow): string =>
  student.name === undefined || student.name.includes('Points Possible') ? student.id : student.name;

export const canvasLayout: GradebookLayout = {
  header: (summary, options) => {
    const all = columns(summary, options);
    return [
      [...STUDENT_COLUMNS, ...all.map((c) => c.header)],
      ['Points Possible', '', '', '', '', ...all.map((c) => c.max)],
    ];
  },
  row: (student, summary, options) => [
    studentCell(student),
    '',
    student.id,
    '',
    student.section,
    ...(options.canvasColumns === 'exercises' ? exerciseScoresAfterLate(student, summary) : student.assignmentScores),
  ],
  notes: (summary, options) => canvasNotes(columns(summary, options), summary, options),
};
