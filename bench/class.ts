// Writing a synthetic class to disk: one folder per student with the files the example
// class's planner gives them (answers.yaml, solution.ts or .js, submitted_at), and a roster.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CourseSpec, ExerciseSpec } from '../grader/spec/types.ts';
import { rosterCsv } from '../scripts/example-class/documents.ts';
import type { PlannedCode } from '../scripts/example-class/code.ts';
import { planStudent, type PlannedStudent } from '../scripts/example-class/plan.ts';
import type { CodeKind, CodeStudent } from './alternative-sample.ts';
import { benchStudent } from './students.ts';

export interface BenchClass {
  readonly submissions: string;
  readonly roster: string;
  readonly students: number;
  /** Students whose code loops until the time limit (in one code exercise each). */
  readonly loopers: readonly string[];
  /** Students with a code file, each with what their code does, for the alternative's sample. */
  readonly withCode: readonly CodeStudent[];
  /** Every student of the roster, with their folder where they have one, for the floor's micro-benchmarks. */
  readonly targets: readonly { readonly id: string; readonly name: string; readonly folder?: string }[];
}

/** What a student's code does as planned: a syntax error fails every exercise; else a loop or an endless allocation. */
function codeKind(code: readonly PlannedCode[]): CodeKind {
  if (code.some((c) => c.status === 'invalid')) return 'syntax-error';
  if (code.some((c) => c.status === 'timeout')) return 'loops';
  return code.some((c) => c.status === 'memory') ? 'memory' : 'loads';
}

/** Writes `count` students under `<dir>/submissions` and `<dir>/roster.csv`. */
export async function writeBenchClass(course: CourseSpec, exercises: readonly ExerciseSpec[], count: number, dir: string): Promise<BenchClass> {
  const submissions = join(dir, 'submissions');
  await mkdir(submissions, { recursive: true });
  // Only what the roster needs is kept, so that a class of 10,000 is planned in little memory.
  const rosterRows: PlannedStudent[] = [];
  const loopers: string[] = [];
  const withCode: CodeStudent[] = [];
  const targets: { id: string; name: string; folder?: string }[] = [];
  for (let index = 0; index < count; index++) {
    const planned = planStudent(benchStudent(index), course, exercises);
    rosterRows.push({ student: planned.student, answers: [], code: [] });
    const id = planned.student.id;
    if (planned.code.some((c) => c.status === 'timeout')) loopers.push(id);
    if (!planned.files) {
      targets.push({ id, name: planned.student.name });
      continue;
    }
    const folder = join(submissions, id);
    targets.push({ id, name: planned.student.name, folder });
    const solution = [...planned.files.keys()].find((name) => name.startsWith('solution.'));
    if (solution) withCode.push({ id, folder, solution, kind: codeKind(planned.code) });
    await mkdir(folder);
    await Promise.all([...planned.files].map(([name, text]) => writeFile(join(folder, name), text)));
  }
  const roster = join(dir, 'roster.csv');
  await writeFile(roster, rosterCsv({ students: rosterRows }));
  return { submissions, roster, students: count, loopers, withCode, targets };
}
