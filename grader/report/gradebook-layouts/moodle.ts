// Moodle's "Import grades → CSV file", laid out for the rules of its importer
// (grade/import/csv): every row must name a user that exists, by the field chosen under
// "Identify user by" (a blank or unknown one aborts the whole import), every grade must be a
// number no larger than the site's maximum grade (100 unless raised), and each other column is
// mapped by hand to a grade item. So only roster students whose chosen field has a value are
// written; the others are listed in a note.
import type { ClassSummary, StudentRow } from '../summary.ts';
import { exerciseTitles, listIds, totalColumn, type GradebookLayout, type GradebookNote, type MoodleUserField } from './layout.ts';

/** Each user field: the column's header, as Moodle names the field, and the student's value. */
const USER_FIELDS: Readonly<Record<MoodleUserField, { readonly header: string; readonly value: (student: StudentRow) => string | undefined }>> = {
  idnumber: { header: 'ID number', value: (student) => student.id },
  email: { header: 'Email address', value: (student) => student.email },
  username: { header: 'Username', value: (student) => student.id },
};

/** Moodle's default largest grade (its `gradepointmax` is 100 unless the site raises it). */
export const MOODLE_GRADE_MAX = 100;

/** A value a spreadsheet would run as a formula is written with a `'` before it, which Moodle would not find. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

type Unmappable = 'not-on-roster' | 'blank' | 'formula';

function unmappable(student: StudentRow, field: MoodleUserField): Unmappable | undefined {
  if (student.onRoster !== true) return 'not-on-roster';
  const value = USER_FIELDS[field].value(student)?.trim() ?? '';
  if (value === '') return 'blank';
  return FORMULA_START.test(value) ? 'formula' : undefined;
}

const field = (options: { readonly moodleUserField?: MoodleUserField }): MoodleUserField => options.moodleUserField ?? 'idnumber';

const notOnRoster = (ids: readonly string[]): GradebookNote => ({
  code: 'moodle-not-on-roster',
  message: `left out: ${listIds(ids)}, not on the roster, so Moodle may have no such user (and one row it cannot match aborts the whole import)`,
});

const blankField = (ids: readonly string[], header: string): GradebookNote => ({
  code: 'moodle-blank-user-field',
  message: `left out: ${listIds(ids)}, on the roster without an ${header}, which Moodle needs to find them (a blank one aborts the whole import)`,
});

const formulaField = (ids: readonly string[], header: string): GradebookNote => ({
  code: 'moodle-formula-user-field',
  message: `left out: ${listIds(ids)}, whose ${header} begins like a spreadsheet formula and so is written with a ' before it, which Moodle would not match`,
});

const gradeOverMax = (columns: readonly string[]): GradebookNote => ({
  code: 'moodle-grade-over-100',
  message: `${columns.map((c) => `"${c}"`).join(', ')} can be more than ${MOODLE_GRADE_MAX} points, and Moodle refuses a grade over ${MOODLE_GRADE_MAX} unless the site's maximum grade (gradepointmax) is raised`,
});

function moodleNotes(summary: ClassSummary, options: { readonly moodleUserField?: MoodleUserField }): GradebookNote[] {
  const header = USER_FIELDS[field(options)].header;
  const left: Record<Unmappable, string[]> = { 'not-on-roster': [], blank: [], formula: [] };
  for (const student of summary.students) {
    const why = unmappable(student, field(options));
    if (why !== undefined) left[why].push(student.id);
  }
  const titles = [...exerciseTitles(summary.exercises), totalColumn(summary)];
  const over = titles.filter((_, i) => (i < summary.exercises.length ? summary.exercises[i]!.max : summary.totals.max) > MOODLE_GRADE_MAX);
  return [
    ...(left['not-on-roster'].length > 0 ? [notOnRoster(left['not-on-roster'])] : []),
    ...(left.blank.length > 0 ? [blankField(left.blank, header)] : []),
    ...(left.formula.length > 0 ? [formulaField(left.formula, header)] : []),
    ...(over.length > 0 ? [gradeOverMax(over)] : []),
  ];
}

export const moodleLayout: GradebookLayout = {
  header: (summary, options) => {
    const chosen = field(options);
    const email = chosen === 'email' ? [] : ['Email address'];
    return [[USER_FIELDS[chosen].header, ...email, 'Full name', ...exerciseTitles(summary.exercises), totalColumn(summary)]];
  },
  row: (student, _summary, options) => {
    const chosen = field(options);
    if (unmappable(student, chosen) !== undefined) return undefined;
    const email = chosen === 'email' ? [] : [student.email];
    return [USER_FIELDS[chosen].value(student)!.trim(), ...email, student.name, ...student.scores, student.score];
  },
  notes: moodleNotes,
};
