// What `grader pack` prints when it has written a pack: what is in it, the policy in force, and
// which files may go to whom (a class pack's students/ folder holds everyone's numbers).
import type { Pack } from '../pack/schema.ts';

export interface PackSummaryInput {
  readonly pack: Pack;
  readonly students: number;
  readonly perStudent: boolean;
  /** The output folder as the user named it. */
  readonly out: string;
}

const EXPECTED_WORDS = { never: 'never', 'after-due': 'after the due date', always: 'always' } as const;

export function packSummary({ pack, students, perStudent, out }: PackSummaryInput): string {
  const code = pack.exercises.filter((e) => e.answer.kind === 'function');
  const hidden = code.reduce((sum, e) => sum + (e.hidden ?? 0), 0);
  const policy = pack.policy.verdicts ? `verdicts and scores; expected values ${EXPECTED_WORDS[pack.policy.expected]}` : 'no verdicts (answers are only read, code only run): references left out';
  const lines = [
    `Packed ${pack.assignment.id} of ${pack.course.en}: ${pack.exercises.length} exercises (${code.length} code, with ${hidden} hidden tests only counted), ${students} students.`,
    `Self-check policy: ${policy}; due ${pack.assignment.due}.`,
    ...(perStudent
      ? [`Written:  ${out}/<id>/pack.json for each student: give each student their own; it holds no one else's numbers.`]
      : [
          `Written:  ${out}/pack.json, for every student`,
          `Written:  ${out}/students/<id>.json, each student's numbers: a student given the folder sees everyone's (--per-student writes one pack per student)`,
        ]),
    'The pack holds no hidden test, no random-test generator and no salt.',
  ];
  return `${lines.join('\n')}\n`;
}
