// Everything, keyed by our ids: for spreadsheets and scripts. The exercise columns are the
// points before the late policy, `late_penalty` the points it took off, `total` the points after.
import type { StudentRow } from '../summary.ts';
import type { GradebookLayout } from './layout.ts';

/** Points the late policy took off: the exercises' scores are before it, the total after. */
const latePenalty = (student: StudentRow): number =>
  Math.round((student.scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) - student.score) * 10_000) / 10_000;

export const plainLayout: GradebookLayout = {
  header: (summary) => [['id', 'name', 'email', 'section', ...summary.exercises.map((e) => e.id), 'late_penalty', 'total', 'max']],
  row: (student) => [student.id, student.name, student.email, student.section, ...student.scores, latePenalty(student), student.score, student.max],
};
