// Writing a synthetic class to disk: one folder per student with the files the example
// class's planner gives them (answers.yaml, solution.ts or .js, submitted_at), and a roster.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CourseSpec, ExerciseSpec } from '../grader/spec/types.ts';
import { rosterCsv } from '../scripts/example-class/documents.ts';
import { planStudent, type PlannedStudent } from '../scripts/example-class/plan.ts';
import { benchStudent } from './students.ts';

export interface BenchClass {
  readonly submissions: string;
  readonly roster: string;
  readonly students: number;
  /** Students whose code loops until the time limit (in one code exercise each). */
  readonly loopers: readonly string[];
  /** Students with a code file that loads, for the alternative's sample. */
  readonly withCode: readonly { readonly id: string; readonly folder: string; readonly solution: string }[];
}

/** Writes `count` students under `<dir>/submissions` and `<dir>/roster.csv`. */
export async function writeBenchClass(course: CourseSpec, exercises: readonly ExerciseSpec[], count: number, dir: string): Promise<BenchClass> {
  const submissions = join(dir, 'submissions');
  await mkdir(submissions, { recursive: true });
  // Only what the roster needs is kept, so that a class of 10,000 is planned in little memory.
  const rosterRows: PlannedStudent[] = [];
  const loopers: string[] = [];
  const withCode: { id: string; folder: string; solution: string }[] = [];
  for (let index = 0; index < count; index++) {
    const planned = planStudent(benchStudent(index), course, exercises);
    rosterRows.push({ student: planned.student, answers: [], code: [] });
    const id = planned.student.id;
    if (planned.code.some((c) => c.status === 'timeout')) loopers.push(id);
    if (!planned.files) continue;
    const folder = join(submissions, id);
    const solution = [...planned.files.keys()].find((name) => name.startsWith('solution.'));
    const loads = planned.code.every((c) => c.status !== 'invalid' && c.status !== 'timeout');
    if (solution && loads) withCode.push({ id, folder, solution });
    await mkdir(folder);
    await Promise.all([...planned.files].map(([name, text]) => writeFile(join(folder, name), text)));
  }
  const roster = join(dir, 'roster.csv');
  await writeFile(roster, rosterCsv({ students: rosterRows }));
  return { submissions, roster, students: count, loopers, withCode };
}
