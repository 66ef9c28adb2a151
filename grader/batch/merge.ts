// Combining the output folders of a sharded run into the output of one run: first every
// shard's record is checked (all shards 1..n of one course and roster, see shard-check.ts),
// and nothing is written unless they make the whole class (or a partial merge is asked for);
// then every student's files are copied over (each atomically), and the class files rebuilt
// from all the results, in id order, exactly as `grader grade` builds them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type WriteOptions } from '../io/atomic.ts';
import { outputPaths, RESULTS_FOLDER } from '../io/layout.ts';
import { checkStudentId } from '../io/student-id.ts';
import type { Problem } from '../problem.ts';
import {
  createSummaryBuilder,
  loadStudentResultSync,
  writeClassOutputs,
  type ClassSummary,
  type GradebookFormat,
  type GradebookOptions,
  type PartialRecord,
  type ReportTemplates,
} from '../report/index.ts';
import { keptFrom, readClassResults } from '../report/read-class-results.ts';
import { checkShards } from './shard-check.ts';

export interface ShardFolder {
  readonly folder: string;
  /** As the user named it. */
  readonly name: string;
  readonly summary: ClassSummary;
}

/** The shards to merge, once their records are checked; `problems` with an error means: merge nothing. */
export interface MergePlan {
  readonly shards: readonly ShardFolder[];
  readonly partial?: PartialRecord;
  readonly problems: readonly Problem[];
}

export interface MergeInput {
  readonly plan: MergePlan;
  readonly out: string;
  readonly templates: ReportTemplates;
  readonly formats: readonly GradebookFormat[];
  readonly gradebook?: GradebookOptions;
  /** Flush every file to disk before renaming it (see writeFileAtomicSync). */
  readonly durable?: boolean;
}

export interface MergeOutcome {
  readonly students: number;
  readonly summary?: ClassSummary;
  readonly problems: readonly Problem[];
  readonly files: readonly string[];
}

/** Reads each shard's class-results.json and checks that the shards make one class. */
export async function planMerge(folders: readonly { readonly folder: string; readonly name: string }[], allowPartial: boolean): Promise<MergePlan> {
  const problems: Problem[] = [];
  const shards: ShardFolder[] = [];
  for (const { folder, name } of folders) {
    const read = await readClassResults(outputPaths.classResults(folder));
    if (read.ok) shards.push({ folder, name, summary: read.summary });
    else problems.push({ ...read.problem, code: 'shard-incomplete' });
  }
  const records = shards.map(({ folder, name, summary }) => ({ folder, name, file: outputPaths.classResults(folder), ...(summary.run ? { run: summary.run } : {}) }));
  const check = checkShards(records, allowPartial);
  return { shards, problems: [...problems, ...check.problems], ...(check.partial ? { partial: check.partial } : {}) };
}

export async function mergeShards(input: MergeInput): Promise<MergeOutcome> {
  const { plan } = input;
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const { folder } of plan.shards) {
    const names = await readdir(join(folder, RESULTS_FOLDER)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const id = name.slice(0, -'.json'.length);
      if (checkStudentId(id) !== undefined) continue;
      const first = owner.get(id);
      if (first !== undefined) {
        problems.push({ code: 'shard-duplicate', severity: 'error', file: outputPaths.result(folder, id), message: `student ${id} is also in ${first}; the first shard's result is kept` });
        continue;
      }
      owner.set(id, folder);
      await copyStudent(folder, input.out, id, { durable: input.durable === true });
    }
  }
  if (owner.size === 0) {
    problems.push({ code: 'no-results', severity: 'error', file: plan.shards[0]?.folder ?? '.', message: 'the shard folders hold no results' });
    return { students: 0, problems, files: [] };
  }
  const first = plan.shards[0]!.summary;
  const builder = createSummaryBuilder({
    course: first.course,
    ...(first.assignment ? { assignment: first.assignment } : {}),
    exercises: first.exercises.map(({ id, title, max, topic }) => ({ id, title, max, ...(topic === undefined ? {} : { topic }) })),
    ...keptFrom(first),
    // As one run of the whole class would have recorded it: no shard.
    ...(first.run ? { run: { course: first.run.course, roster: first.run.roster } } : {}),
    ...(plan.partial ? { partial: plan.partial } : {}),
  });
  for (const id of [...owner.keys()].sort()) {
    const loaded = loadStudentResultSync(outputPaths.result(input.out, id));
    if (loaded.ok) builder.add(loaded.result);
    else problems.push(loaded.problem);
  }
  const summary = builder.finish();
  const written = writeClassOutputs(input.out, summary, input.templates, input.formats, { durable: input.durable === true }, input.gradebook);
  return { students: owner.size, summary, problems: [...problems, ...written.problems], files: written.files };
}

/** The student's result, reports and key, each written atomically into the merged folder. */
async function copyStudent(shard: string, out: string, id: string, options: WriteOptions): Promise<void> {
  const files = [
    outputPaths.result,
    (dir: string, student: string) => outputPaths.studentReport(dir, student, 'html'),
    (dir: string, student: string) => outputPaths.studentReport(dir, student, 'md'),
    outputPaths.studentKey,
  ];
  for (const path of files) {
    const bytes = await readFile(path(shard, id)).catch(() => undefined);
    if (bytes !== undefined) await writeFileAtomic(path(out, id), bytes, options);
  }
}
