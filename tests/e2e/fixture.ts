// A small course and class built in a temporary folder for the end-to-end tests: five
// exercises of the bank (a choice, two numbers, a vector and a code exercise) in two
// assignments, and a class that exercises every path `grader grade` has (perfect and
// mistaken students, late by the roster and by a submitted_at file, a roster student with no
// folder, a hostile student, links, a folder name that is not an id).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

export const REPO = join(import.meta.dirname, '../..');
const BANK = join(REPO, 'exercises');
const EXAMPLE_CLASS = join(REPO, 'examples/class');

export const ASSIGNMENTS = {
  'week-1': ['house-price-task', 'die-face', 'softmax-three-logits'],
  'week-2': ['bce-one-example', 'relu-derivative'],
} as const;
export const EXERCISE_IDS: readonly string[] = Object.values(ASSIGNMENTS).flat();

/** The hostile student of issue 5, item 8. */
export const HOSTILE = {
  id: 'x.hostile',
  name: '<script>alert(1)</script>',
  email: "=cmd|' /C calc'!A0",
  section: '@SUM(A1:A9)',
  answer: '{{constructor}}',
  printed: '<img src=x onerror=alert(1)>',
} as const;

/** Students with a folder that is graded, and the roster-only student. */
export const GRADED = ['amir.hosseinzadeh', 'mehdi.azizi', 'neda.moradi', 'sara.ahmadi', 's.passwd', HOSTILE.id] as const;
export const ABSENT = 'dariush.kamali';

function bankFile(id: string): string {
  for (const topic of readdirSync(BANK, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    const file = join(BANK, topic.name, `${id}.yaml`);
    if (readdirSync(join(BANK, topic.name)).includes(`${id}.yaml`)) return file;
  }
  throw new Error(`no exercise ${id} in the bank`);
}

/** `<dir>/exercises/course.yaml` and the exercises' files, as an instructor's course folder. */
export function writeCourse(dir: string): string {
  const exercises = join(dir, 'exercises');
  for (const id of EXERCISE_IDS) {
    const from = bankFile(id);
    const to = join(exercises, relative(BANK, from));
    mkdirSync(join(to, '..'), { recursive: true });
    copyFileSync(from, to);
  }
  const course = [
    'name: Introduction to machine learning',
    'salt: ml-intro-2026-autumn', // the example class's salt: its answers are for these numbers
    'tolerance: { sigfigs: 3 }',
    'reveal: true',
    'assignments:',
    '  - id: week-1',
    '    title: Probability and activations',
    '    due: 2026-10-12T23:59:00+03:30',
    '    late: { percent_per_day: 10, cutoff_days: 5 }',
    `    exercises: [${ASSIGNMENTS['week-1'].join(', ')}]`,
    '  - id: week-2',
    '    title: Losses',
    '    due: 2026-10-19T23:59:00+03:30',
    '    late: { percent_per_day: 10, cutoff_days: 5 }',
    `    exercises: [${ASSIGNMENTS['week-2'].join(', ')}]`,
    '',
  ].join('\n');
  writeFileSync(join(exercises, 'course.yaml'), course);
  return join(exercises, 'course.yaml');
}

/** An example-class student's answers to this course's exercises only. */
export function exampleAnswers(student: string): string {
  const all = parse(readFileSync(join(EXAMPLE_CLASS, student, 'answers.yaml'), 'utf8')) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(all).filter(([id]) => EXERCISE_IDS.includes(id)));
  return stringify(kept);
}

function student(submissions: string, id: string, files: Record<string, string>): string {
  const folder = join(submissions, id);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

/** `<dir>/submissions/` with one folder per student, and `<dir>/roster.csv`. */
export function writeClass(dir: string): { submissions: string; roster: string } {
  const submissions = join(dir, 'submissions');
  const example = (id: string, name: string): string => readFileSync(join(EXAMPLE_CLASS, id, name), 'utf8');
  // On time by a submitted_at file; every answer right.
  student(submissions, 'sara.ahmadi', { 'answers.yaml': exampleAnswers('sara.ahmadi'), 'solution.ts': example('sara.ahmadi', 'solution.ts'), submitted_at: example('sara.ahmadi', 'submitted_at') });
  // Log base 10 for ln, in answers and code.
  student(submissions, 'neda.moradi', { 'answers.yaml': exampleAnswers('neda.moradi'), 'solution.ts': example('neda.moradi', 'solution.ts') });
  // One day late for week 1 by a submitted_at file (2026-10-13T10:15:00+03:30), on time for week 2; no code.
  student(submissions, 'amir.hosseinzadeh', { 'answers.yaml': exampleAnswers('amir.hosseinzadeh'), submitted_at: example('amir.hosseinzadeh', 'submitted_at') });
  // Three days late for week 1 by the roster's submitted_at column.
  student(submissions, 'mehdi.azizi', { 'answers.yaml': exampleAnswers('mehdi.azizi'), 'solution.ts': example('mehdi.azizi', 'solution.ts') });
  student(submissions, HOSTILE.id, {
    'answers.yaml': `die-face: "${HOSTILE.answer}"\nsoftmax-three-logits: "[1, 2, ${HOSTILE.answer}]"\nhouse-price-task: "<b>regression</b>"\n`,
    'solution.js': `export function reluDerivative(x) {\n  console.log(${JSON.stringify(HOSTILE.printed)});\n  return x > 0 ? 1 : 0;\n}\n`,
  });
  // answers.yaml is a link to a file outside the class: it must not be read.
  const passwd = student(submissions, 's.passwd', { 'solution.ts': example('sara.ahmadi', 'solution.ts') });
  symlinkSync('/etc/passwd', join(passwd, 'answers.yaml'));
  // A link to another student's folder: skipped, never followed.
  symlinkSync(join(submissions, 'sara.ahmadi'), join(submissions, 'linked.student'));
  // Not a student id: reported and skipped.
  student(submissions, 'bad name!', { 'answers.yaml': 'die-face: 0.25\n' });
  // Beside the folders, a file and a hidden folder are not students.
  writeFileSync(join(submissions, 'README.txt'), 'Submissions exported from the LMS.\n');
  mkdirSync(join(submissions, '.git'));

  const roster = join(dir, 'roster.csv');
  const rows = [
    ['id', 'name', 'email', 'section', 'submitted_at'],
    ['sara.ahmadi', 'سارا احمدی', 'sara.ahmadi@students.example.edu', 'A', ''],
    ['neda.moradi', 'ندا مرادی', 'neda.moradi@students.example.edu', 'B', ''],
    ['amir.hosseinzadeh', 'Amir Hosseinzadeh', 'amir.hosseinzadeh@students.example.edu', 'A', ''],
    ['mehdi.azizi', 'Mehdi Azizi', 'mehdi.azizi@students.example.edu', 'A', '2026-10-15T09:00:00+03:30'],
    [HOSTILE.id, HOSTILE.name, HOSTILE.email, HOSTILE.section, ''],
    [ABSENT, 'داریوش کمالی', 'dariush.kamali@students.example.edu', 'B', ''],
  ];
  writeFileSync(roster, rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n') + '\n');
  return { submissions, roster };
}
