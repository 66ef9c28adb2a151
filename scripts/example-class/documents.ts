// The class's roster (CSV) and its README, written from the plan so that both always say
// what the generated folders hold.
import { STATUSES } from '../../grader/result/types.ts';
import type { PlannedCodeStatus } from './code.ts';
import type { ClassPlan, PlannedStudent } from './plan.ts';

const EMAIL_DOMAIN = 'students.example.edu';

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rosterCsv(plan: ClassPlan): string {
  const rows = plan.students.map(({ student }) => {
    const submitted = student.submitted?.in === 'roster' ? student.submitted.at : '';
    return [student.id, student.name, `${student.id}@${EMAIL_DOMAIN}`, student.section, submitted].map(cell).join(',');
  });
  return `${['id,name,email,section,submitted_at', ...rows].join('\n')}\n`;
}

function countStatuses(statuses: readonly PlannedCodeStatus[]): Map<PlannedCodeStatus, number> {
  const counts = new Map<PlannedCodeStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}

const ORDER: readonly PlannedCodeStatus[] = [...STATUSES.slice(0, 2), 'wrong', ...STATUSES.slice(2)];

function describeCounts(counts: Map<PlannedCodeStatus, number>): string {
  return ORDER.filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`).join(', ');
}

/** Markdown table cells must not break the table. */
const md = (text: string) => text.replace(/\|/g, '\\|');

function studentRow({ student, files, answers, code }: PlannedStudent): string {
  const handedIn = files ? [...files.keys()].join(', ') : 'nothing (roster only)';
  const submitted = student.submitted ? `${student.submitted.at} (${student.submitted.in === 'file' ? 'submitted_at' : 'roster'})` : '';
  const counts = describeCounts(countStatuses([...answers, ...code].map((p) => p.status)));
  return `| \`${student.id}\` | ${md(student.name)} | ${md(handedIn)} | ${submitted} | ${md(student.note)} | ${counts} |`;
}

export function readmeText(plan: ClassPlan): string {
  const all = plan.students.flatMap((s) => [...s.answers, ...s.code].map((p) => p.status));
  const folders = plan.students.filter((s) => s.files).length;
  return `# The example class

A made-up class of ${plan.students.length} students (${folders} of them handed in a folder) for the
course in \`exercises/\`: what the grader is shown with, and what its tests grade end to end.
Every file here is generated; do not edit them by hand, change the generator and run it again:

\`\`\`sh
npm run example      # = node scripts/build.mjs --dev && node dist/generate-class.js
\`\`\`

\`scripts/generate-class.ts\` reads the course, and for each student of the table in
\`scripts/example-class/students.ts\` draws their own variant of every exercise (seeded by the
course's salt and the student id, exactly as the grader does), computes the expected value and
every misconception's value for that variant with the reference implementation, and writes
what the student's profile says they answer. Every other choice (which exercise a typical
student gets wrong, which mistake, which way a number is written) comes from a generator
seeded by the student id and the exercise id: running it twice gives the same bytes, and a test
checks that the committed files are exactly what it generates.

## What is here

- \`class/<student id>/answers.yaml\`: answers keyed by exercise id, written as students write
  them: \`0.1667\`, \`1/6\`, Persian digits (\`۰٫۱۶۶۷\`), vectors as \`[0.659, 0.242, 0.0996]\`, as
  text or one entry per line, options by id, by label or by Persian label.
- \`class/<student id>/solution.ts\` (or \`solution.js\`): the code exercises' functions.
- \`class/<student id>/submitted_at\`: when some students handed in (ISO 8601 with an offset);
  others have the time in the roster's \`submitted_at\` column, and the rest none (on time).
- \`roster.csv\`: \`id,name,email,section,submitted_at\`, Persian and Latin names; two students
  on it handed nothing in.

The whole course is handed in at once: each assignment's due date and late policy apply to its
own exercises (week 1 is due 2026-10-12 23:59 +03:30, week 2 a week later, week 3 two weeks later).

## The students

The last column is the status each of the ${plan.students[0]!.answers.length + plan.students[0]!.code.length} exercises is meant to get
(\`wrong\`: a code exercise with a classic mistake, which the grader marks \`partial\` or
\`incorrect\` depending on how many of its cases the mistake still passes).

| id | name | handed in | submitted | what they are here for | planned statuses |
| --- | --- | --- | --- | --- | --- |
${plan.students.map(studentRow).join('\n')}

Over the class: ${describeCounts(countStatuses(all))}.

By construction every exercise has at least one student who gets it right and one who gets it wrong (the three perfect students and
\`reza.karimi\`, who commits a catalogued misconception wherever there is one), and every status
of the result model occurs; the generator refuses to write a class where that fails.
`;
}
