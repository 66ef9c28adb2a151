// A whole class: every student folder (and every roster student without one), a few at
// a time so that the sandbox's workers stay busy, then the class files built from the
// results on disk, one student at a time, so memory stays flat however large the class.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { outputPaths } from '../io/layout.ts';
import { removeStaleTemporaryFiles } from '../io/atomic.ts';
import type { Problem } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import { createSummaryBuilder, loadStudentResultSync, writeClassOutputs, type ClassSummary, type GradebookFormat } from '../report/index.ts';
import { courseOrder } from '../grade/index.ts';
import { gradeInWorkers, type GradeWorkerOptions } from './grade-workers.ts';
import type { Progress } from './progress.ts';
import { inShard, type Shard } from './shard.ts';
import { runStudent, type ClassRun, type StudentOutcome, type StudentTarget } from './student-run.ts';

export interface ClassTargets {
  readonly folders: readonly StudentTarget[];
  /** Roster ids with no folder. */
  readonly absent: readonly string[];
}

export function classTargets(folders: readonly StudentTarget[], rosterIds: Iterable<string>, shard: Shard | undefined): StudentTarget[] {
  const byId = new Map(folders.map((t) => [t.id, t]));
  for (const id of rosterIds) if (!byId.has(id)) byId.set(id, { id });
  return [...byId.values()].filter((t) => inShard(t.id, shard)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface ClassOutcome {
  readonly students: readonly StudentOutcome[];
  readonly summary: ClassSummary;
  readonly problems: readonly Problem[];
  readonly files: readonly string[];
}

export interface GradeTargetsOptions {
  /** Students in flight at once in this thread (or in each worker). */
  readonly concurrency: number;
  readonly progress?: Progress;
  /** Grade in worker threads instead of this one (see grade-workers.ts). */
  readonly workers?: Omit<GradeWorkerOptions, 'lanes' | 'progress'>;
}

export async function gradeTargets(run: ClassRun, targets: readonly StudentTarget[], options: GradeTargetsOptions): Promise<StudentOutcome[]> {
  await prepareOutput(run.out);
  if (options.workers && options.workers.workers > 0 && targets.length > 0) {
    return gradeInWorkers(run, targets, { ...options.workers, lanes: options.concurrency, ...(options.progress ? { progress: options.progress } : {}) });
  }
  const outcomes: StudentOutcome[] = new Array(targets.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < targets.length) {
      const index = next++;
      outcomes[index] = await runStudent(run, targets[index]!);
      options.progress?.tick();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  options.progress?.done();
  return outcomes;
}

/** Clears what a killed run left behind: temporary files of writes that never finished. */
async function prepareOutput(out: string): Promise<void> {
  for (const folder of [out, join(out, 'results'), join(out, 'reports'), join(out, '.grader', 'keys')]) {
    await mkdir(folder, { recursive: true });
    await removeStaleTemporaryFiles(folder);
  }
}

/** The summary, class results and gradebooks of the given students, from their result files. */
export async function writeClassFiles(
  run: Pick<ClassRun, 'course' | 'exercises' | 'assignment' | 'templates' | 'out' | 'durable'>,
  ids: readonly string[],
  formats: readonly GradebookFormat[],
): Promise<{ summary: ClassSummary; problems: Problem[]; files: string[] }> {
  const assignment = run.assignment === undefined ? undefined : run.course.assignments.find((a) => a.id === run.assignment);
  const builder = createSummaryBuilder({
    course: run.course.name,
    ...(assignment ? { assignment: { id: assignment.id, title: assignment.title } } : {}),
    exercises: courseOrder(run.course, run.exercises, run.assignment).map((e) => ({ id: e.id, title: e.title, max: e.points })),
  });
  const problems: Problem[] = [];
  for (const id of [...ids].sort()) {
    const loaded = timed('parse', () => loadStudentResultSync(outputPaths.result(run.out, id)));
    if (loaded.ok) timed('render', () => builder.add(loaded.result));
    else problems.push(loaded.problem);
  }
  const summary = timed('render', () => builder.finish());
  const written = writeClassOutputs(run.out, summary, run.templates, formats, { durable: run.durable === true });
  return { summary, problems: [...problems, ...written.problems], files: written.files };
}
