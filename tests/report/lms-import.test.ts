// The Canvas and Moodle gradebooks read by models of their importers (tests/report/importers:
// the rules of Canvas' gradebook_importer.rb and of Moodle's grade/import/csv, written down
// there): what each LMS would make of our file, not only what the file says.
import { describe, expect, it } from 'vitest';
import { createSummaryBuilder, gradebookNotes, renderGradebookCsv, type ClassSummary, type GradebookOptions, type SummaryOptions } from '../../grader/report/index.ts';
import type { ExerciseResult, LateResult, StudentResult } from '../../grader/result/types.ts';
import { bceLog10, dieCorrect, reluCode, softmaxPartial, studentResult } from './fixtures.ts';
import { canvasImport, type CanvasCourse } from './importers/canvas.ts';
import { moodleImport, type MoodleSite } from './importers/moodle.ts';

// Two assignments of the course: week 1 (softmax 4, bce 3) and week 2 (die 2, relu code 5).
const ASSIGNMENTS: SummaryOptions['assignments'] = [
  { id: 'week-1', title: { en: 'Probability and activations', fa: 'احتمال و توابع فعال‌سازی' }, exercises: ['softmax-three-logits', 'bce-one-example'], canvasId: 9001 },
  { id: 'week-2', title: { en: 'Losses' }, exercises: ['die-probability', 'relu-derivative-code'] },
];
const EXERCISES = [softmaxPartial, bceLog10, dieCorrect, reluCode];

interface Student {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly onRoster?: boolean;
  readonly exercises?: readonly ExerciseResult[];
  /** The week-2 late penalty, in percent. */
  readonly week2Penalty?: number;
}

function result({ id, name = id, email = `${id}@students.example.edu`, onRoster = true, exercises = EXERCISES, week2Penalty }: Student): StudentResult {
  const before = exercises.reduce((sum, e) => sum + e.score, 0);
  const week2 = exercises.filter((e) => ['die-probability', 'relu-derivative-code'].includes(e.id)).reduce((sum, e) => sum + e.score, 0);
  const late: LateResult[] | undefined = week2Penalty === undefined ? undefined : [{ assignment: { id: 'week-2', title: { en: 'Losses' } }, submittedAt: '2026-10-21T10:00:00+03:30', due: '2026-10-19T23:59:00+03:30', daysLate: 2, penaltyPercent: week2Penalty, scoreBeforePenalty: week2 }];
  const base = studentResult({ id, name, exercises: [...exercises], score: before - (week2 * (week2Penalty ?? 0)) / 100, max: 14, ...(late ? { late } : {}) });
  const { assignment: _one, ...wholeCourse } = base;
  return { ...wholeCourse, student: { id, name, ...(email === '' ? {} : { email }), section: 'A', ...(onRoster ? { onRoster: true as const } : {}) } };
}

function summary(students: readonly Student[], options: SummaryOptions = { assignments: ASSIGNMENTS }): ClassSummary {
  const builder = createSummaryBuilder({ course: { en: 'Introduction to machine learning', fa: 'مقدمه‌ای بر یادگیری ماشین' }, exercises: EXERCISES.map(({ id, title, max }) => ({ id, title, max })), ...options });
  for (const student of students) builder.add(result(student));
  return builder.finish();
}

const CLASS: readonly Student[] = [
  { id: 'sara.ahmadi', name: 'سارا احمدی' },
  { id: 'neda.moradi', name: 'Moradi, Neda', week2Penalty: 20 },
  { id: 'amir.h', name: '=HYPERLINK("http://evil.example")', exercises: [dieCorrect] },
];

const CANVAS: CanvasCourse = {
  assignments: [
    { id: 9001, title: 'Week 1 in Canvas' },
    { id: 9002, title: 'Losses' },
  ],
  students: [
    { id: 1, name: 'سارا احمدی', sisUserId: 'sara.ahmadi' },
    { id: 2, name: 'Neda Moradi', sisUserId: 'neda.moradi' },
    { id: 3, name: 'Amir H', sisUserId: 'amir.h' },
  ],
};

describe("Canvas' importer reads the Canvas gradebook", () => {
  it('into the existing assignments only, by Canvas id or title, with every student found by SIS User ID and each score counted once', () => {
    const read = canvasImport(renderGradebookCsv(summary(CLASS), 'canvas'), CANVAS);
    if (!read.ok) throw new Error(read.error);
    expect(read.delimiter).toBe(',');
    expect(read.dropped).toEqual([]);
    // Week 1 by its Canvas id (its Canvas title differs), week 2 by its title; no new assignment, no total.
    expect(read.columns).toEqual([
      { header: 'Probability and activations (9001)', assignment: 9001 },
      { header: 'Losses', assignment: 9002 },
    ]);
    expect(read.pointsPossible).toEqual(['7', '7']);
    expect(read.students).toEqual([
      { name: "'=HYPERLINK(\"http://evil.example\")", found: 3, scores: ['', '2'] },
      { name: 'Moradi, Neda', found: 2, scores: ['2.67', '4'] }, // week 2: (2 + 3) less 20%
      { name: 'سارا احمدی', found: 1, scores: ['2.67', '5'] },
    ]);
    expect(gradebookNotes(summary(CLASS), 'canvas')).toEqual([]);
  });

  it('the old layout with a total column: Canvas imports the total as one more, new, assignment', () => {
    // What the check above rules out: a file with our total column beside the assignments.
    const withTotal = 'Student,ID,SIS User ID,SIS Login ID,Section,Losses,Total\r\nPoints Possible,,,,,7,14\r\nSara,,sara.ahmadi,,A,5,7.67\r\n';
    const read = canvasImport(withTotal, CANVAS);
    expect(read.ok && read.columns).toEqual([{ header: 'Losses', assignment: 9002 }, { header: 'Total' }]);
  });

  it('a --canvas-id option heads the column with that id, over the course file', () => {
    const options: GradebookOptions = { canvasIds: new Map([['week-1', 9101], ['week-2', 9002]]) };
    const read = canvasImport(renderGradebookCsv(summary(CLASS), 'canvas', options), { ...CANVAS, assignments: [...CANVAS.assignments, { id: 9101, title: 'Other' }] });
    expect(read.ok && read.columns).toEqual([
      { header: 'Probability and activations (9101)', assignment: 9101 },
      { header: 'Losses (9002)', assignment: 9002 },
    ]);
  });

  it('per-exercise columns only on request, each after its assignment\'s late penalty, still with no total', () => {
    const text = renderGradebookCsv(summary(CLASS), 'canvas', { canvasColumns: 'exercises' });
    const read = canvasImport(text, CANVAS);
    if (!read.ok) throw new Error(read.error);
    expect(read.columns.map((c) => c.header)).toEqual(EXERCISES.map((e) => e.title.en));
    expect(read.pointsPossible).toEqual(['4', '3', '2', '5']);
    expect(read.students.find((s) => s.found === 2)?.scores).toEqual(['2.67', '0', '1.6', '2.4']);
  });

  it('a student named "Points Possible" is written by id, so that Canvas reads the row as a student', () => {
    const read = canvasImport(renderGradebookCsv(summary([{ id: 'sara.ahmadi', name: 'Points Possible' }]), 'canvas'), CANVAS);
    expect(read.ok && read.pointsPossible).toEqual(['7', '7']);
    expect(read.ok && read.students).toEqual([{ name: 'sara.ahmadi', found: 1, scores: ['2.67', '5'] }]);
  });

  it.each([
    ['Final Grade project', 'canvas-ignored-column'],
    ['Quiz (2)', 'canvas-title-like-id'],
  ])('an assignment titled %j is a warning (%s), and the model shows why', (title, code) => {
    const options: SummaryOptions = { assignments: [{ id: 'quiz', title: { en: title }, exercises: EXERCISES.map((e) => e.id) }] };
    const gradebook = summary(CLASS, options);
    expect(gradebookNotes(gradebook, 'canvas').map((n) => n.code)).toEqual([code]);
    const read = canvasImport(renderGradebookCsv(gradebook, 'canvas'), { ...CANVAS, assignments: [{ id: 2, title: 'Someone else\'s quiz' }] });
    if (!read.ok) throw new Error(read.error);
    if (code === 'canvas-ignored-column') expect(read.dropped).toEqual([title]);
    else expect(read.columns).toEqual([{ header: title, assignment: 2 }]);
  });

  it('a --canvas-id for an assignment the gradebook does not have is a warning', () => {
    expect(gradebookNotes(summary(CLASS), 'canvas', { canvasIds: new Map([['week-9', 1]]) })).toMatchObject([{ code: 'canvas-id-unknown-assignment' }]);
  });

  it('without the course\'s assignments, one column for everything, named after the course', () => {
    const read = canvasImport(renderGradebookCsv(summary(CLASS, {}), 'canvas'), CANVAS);
    expect(read.ok && read.columns).toEqual([{ header: 'Introduction to machine learning' }]);
    expect(read.ok && read.students.map((s) => s.scores)).toEqual([['2'], ['6.67'], ['7.67']]);
  });
});

const SITE: MoodleSite = {
  users: [
    { idnumber: 'sara.ahmadi', email: 'sara.ahmadi@students.example.edu', username: 'sara.ahmadi' },
    { idnumber: 'neda.moradi', email: 'neda.moradi@students.example.edu', username: 'neda.moradi' },
    { idnumber: 'amir.h', email: 'amir.h@students.example.edu', username: 'amir.h' },
  ],
};
const MOODLE_CLASS: readonly Student[] = [
  ...CLASS,
  { id: 'visitor', onRoster: false },
  { id: 'no.email', email: '' },
  { id: 'formula', email: '=1+1@example.edu' },
];
const GRADES = [...EXERCISES.map((e) => e.title.en), 'Total'];

describe("Moodle's importer reads the Moodle gradebook", () => {
  it.each([
    ['idnumber', 'ID number', ['visitor']],
    ['email', 'Email address', ['visitor', 'no.email', 'formula']],
    ['username', 'Username', ['visitor']],
  ] as const)('by %s: every row is a user it finds, and the rows it could not map are listed instead', (field, column, leftOut) => {
    const gradebook = summary(MOODLE_CLASS);
    const text = renderGradebookCsv(gradebook, 'moodle', { moodleUserField: field });
    expect(text.split('\r\n')[0]).toBe(`${column},${field === 'email' ? '' : 'Email address,'}Full name,${GRADES.join(',')}`);
    const users = field === 'email' ? SITE.users : [...SITE.users, { idnumber: 'no.email', username: 'no.email' }, { idnumber: 'formula', username: 'formula' }];
    const read = moodleImport(text, { userColumn: column, userField: field, grades: GRADES }, { users });
    if (!read.ok) throw new Error(`${read.error} at line ${read.line}`);
    expect(read.rows.map((r) => r.user).sort()).toEqual(users.map((u) => u[field]).sort());
    expect(read.rows.find((r) => r.user.startsWith('neda.moradi'))?.grades).toEqual({
      [softmaxPartial.title.en]: 2.67,
      [bceLog10.title.en]: 0,
      [dieCorrect.title.en]: 2,
      [reluCode.title.en]: 3,
      Total: 6.67,
    });
    const notes = gradebookNotes(gradebook, 'moodle', { moodleUserField: field });
    const listed = notes.flatMap((n) => leftOut.filter((id) => n.message.includes(id)));
    expect(listed.sort()).toEqual([...leftOut].sort());
    expect(notes.map((n) => n.code)).toEqual(['moodle-not-on-roster', ...(field === 'email' ? ['moodle-blank-user-field', 'moodle-formula-user-field'] : [])]);
  });

  it('the rows it could not map would have aborted the whole import', () => {
    const everyone = summary(MOODLE_CLASS.map((s) => ({ ...s, onRoster: true })));
    const read = moodleImport(renderGradebookCsv(everyone, 'moodle'), { userColumn: 'ID number', userField: 'idnumber', grades: GRADES }, SITE);
    expect(read).toMatchObject({ ok: false, error: 'usermappingerrorusernotfound' });
  });

  it('a column that can be over 100 points is a warning: Moodle refuses such a grade unless the site allows it', () => {
    const big = { ...reluCode, max: 120, score: 110 };
    const gradebook = summary([{ id: 'sara.ahmadi', exercises: [big] }]);
    expect(gradebookNotes(gradebook, 'moodle').map((n) => n.code)).toEqual(['moodle-grade-over-100']);
    const read = moodleImport(renderGradebookCsv(gradebook, 'moodle'), { userColumn: 'ID number', userField: 'idnumber', grades: [reluCode.title.en] }, SITE);
    expect(read).toMatchObject({ ok: false, error: 'gradevaluetoobig' });
  });
});
