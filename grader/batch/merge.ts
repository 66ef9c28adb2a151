// Combining the output folders of a sharded run into the output of one run: every
// student's files copied over (each atomically), then the class files rebuilt from all
// the results, in id order, exactly as `grader grade` builds them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type WriteOptions } from '../io/atomic.ts';
import { outputPaths, RESULTS_FOLDER } from '../io/layout.ts';
import { checkStudentId } from '../io/student-id.ts';
import type { Problem } from '../problem.ts';
import { createSummaryBuilder, loadStudentResultSync, writeClassOutputs, type ClassSummary, type GradebookFormat, type ReportTemplates } from '../report/index.ts';

export interface MergeInput {
  readonly shards: readonly string[];
  readonly out: string;
  readonly templates: ReportTemplates;
  readonly formats: readonly GradebookFormat[];
  /** Flush every file to disk before renaming it (see writeFileAtomicSync). */
  readonly durable?: boolean;
}

export interface MergeOutcome {
  readonly students: number;
  readonly summary?: ClassSummary;
  readonly problems: readonly Problem[];
  readonly files: readonly string[];
}

export async function mergeShards(input: MergeInput): Promise<MergeOutcome> {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  let columns: ClassSummary | undefined;
  for (const shard of input.shards) {
    const summary = await readClassResults(shard, problems);
    if (summary && !columns) columns = summary;
    else if (summary && columns && !sameColumns(summary, columns)) {
      problems.push({ code: 'shard-mismatch', severity: 'error', file: outputPaths.classResults(shard), message: 'this shard was graded with other exercises or another assignment than the first shard' });
    }
    const names = await readdir(join(shard, RESULTS_FOLDER)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const id = name.slice(0, -'.json'.length);
      if (checkStudentId(id) !== undefined) continue;
      const first = owner.get(id);
      if (first !== undefined) {
        problems.push({ code: 'shard-duplicate', severity: 'error', file: outputPaths.result(shard, id), message: `student ${id} is also in ${first}; the first shard's result is kept` });
        continue;
      }
      owner.set(id, shard);
      await copyStudent(shard, input.out, id, { durable: input.durable === true });
    }
  }
  if (owner.size === 0) {
    problems.push({ code: 'no-results', severity: 'error', file: input.shards[0] ?? '.', message: 'the shard folders hold no results' });
    return { students: 0, problems, files: [] };
  }
  const builder = createSummaryBuilder({
    course: columns?.course ?? '',
    ...(columns?.assignment ? { assignment: columns.assignment } : {}),
    ...(columns ? { exercises: columns.exercises.map(({ id, title, max }) => ({ id, title, max })) } : {}),
  });
  for (const id of [...owner.keys()].sort()) {
    const loaded = loadStudentResultSync(outputPaths.result(input.out, id));
    if (loaded.ok) builder.add(loaded.result);
    else problems.push(loaded.problem);
  }
  const summary = builder.finish();
  const written = writeClassOutputs(input.out, summary, input.templates, input.formats, { durable: input.durable === true });
  return { students: owner.size, summary, problems: [...problems, ...written.problems], files: written.files };
}

async function readClassResults(shard: string, problems: Problem[]): Promise<ClassSummary | undefined> {
  const file = outputPaths.classResults(shard);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    problems.push({ code: 'shard-incomplete', severity: 'error', file, message: 'no class-results.json: did this shard finish?' });
    return undefined;
  }
  try {
    return JSON.parse(text) as ClassSummary;
  } catch {
    problems.push({ code: 'shard-incomplete', severity: 'error', file, message: 'class-results.json is not valid JSON' });
    return undefined;
  }
}

function sameColumns(a: ClassSummary, b: ClassSummary): boolean {
  const columns = (s: ClassSummary) => JSON.stringify([s.course, s.assignment ?? null, s.exercises.map((e) => [e.id, e.title, e.max])]);
  return columns(a) === columns(b);
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
