// A whole class: every student folder (and every roster student without one), a few at
// a time so that the sandbox's workers stay busy, then the class files. The summary is built
// one student at a time, as each is graded, from the small part of the result it needs (sent
// back by grading; read from the result files for students whose results were reused), so
// memory stays flat however large the class.
import { ensureFolderSync } from '../io/folder.ts';
import { join } from 'node:path';
import { outputPaths } from '../io/layout.ts';
import { removeStaleTemporaryFiles } from '../io/atomic.ts';
import type { Problem } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import {
  createSummaryBuilder,
  loadStudentResultSync,
  writeClassOutputs,
  type ClassSummary,
  type GradebookFormat,
  type GradebookOptions,
  type RunRecord,
  type SummaryInput,
} from '../report/index.ts';
import { assignmentTitle, courseName, courseOrder, exerciseTitle } from '../grade/index.ts';
import { gradeInWorkers, type GradeWorkerOptions } from './grade-workers.ts';
import type { Progress } from './progress.ts';
import { inShard, type Shard } from './shard.ts';
import { problemsOfStudent, type StudentProblem } from './student-problems.ts';
import { gradeHere, type ClassRun, type StudentOutcome, type StudentTarget } from './student-run.ts';

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
  /** Told of each student as they are done (in any order); the outcomes returned leave out their `summary`. */
  readonly onOutcome?: (outcome: StudentOutcome) => void;
  /** Grade in worker threads instead of this one (see grade-workers.ts). */
  readonly workers?: Omit<GradeWorkerOptions, 'lanes' | 'progress'>;
}

export async function gradeTargets(run: ClassRun, targets: readonly StudentTarget[], options: GradeTargetsOptions): Promise<StudentOutcome[]> {
  await prepareOutput(run.out);
  const done = (outcome: StudentOutcome): StudentOutcome => {
    options.onOutcome?.(outcome);
    const { summary: _sent, studentProblems: _listed, ...kept } = outcome;
    return kept;
  };
  if (options.workers && options.workers.workers > 0 && targets.length > 0) {
    return gradeInWorkers(run, targets, { ...options.workers, lanes: options.concurrency, done, ...(options.progress ? { progress: options.progress } : {}) });
  }
  const outcomes: StudentOutcome[] = new Array(targets.length);
  await gradeHere(run, targets, targets.map((_, index) => index), options.concurrency, (index, outcome) => {
    outcomes[index] = done(outcome);
    options.progress?.tick();
  });
  options.progress?.done();
  return outcomes;
}

/** Clears what a killed run left behind: temporary files of writes that never finished. */
async function prepareOutput(out: string): Promise<void> {
  for (const folder of [out, join(out, 'results'), join(out, 'reports'), join(out, '.grader', 'keys')]) {
    ensureFolderSync(folder);
    await removeStaleTemporaryFiles(folder);
  }
}

/** The class summary, fed as students are graded, then written with the class files. */
export interface ClassFiles {
  /** Adds what grading sent back for a student (StudentOutcome.summary); kept as one small row. */
  graded(outcome: StudentOutcome): void;
  /**
   * The summary, class results and gradebooks of `ids`: the students not fed by `graded` are read
   * from their result files, and their problems returned (`studentProblems`) as `graded` was told them.
   */
  write(
    ids: readonly string[],
    formats: readonly GradebookFormat[],
    gradebook?: GradebookOptions,
  ): { summary: ClassSummary; problems: Problem[]; files: string[]; studentProblems: StudentProblem[] };
}

/** `record` says what the class was graded against (and which shard it is), for `grader merge`. */
export function classFiles(run: Pick<ClassRun, 'course' | 'exercises' | 'assignment' | 'templates' | 'out' | 'durable'>, record: RunRecord): ClassFiles {
  const assignment = run.assignment === undefined ? undefined : run.course.assignments.find((a) => a.id === run.assignment);
  const graded = run.course.assignments.filter((a) => run.assignment === undefined || a.id === run.assignment);
  const builder = createSummaryBuilder({
    course: courseName(run.course),
    ...(assignment ? { assignment: { id: assignment.id, title: assignmentTitle(run.course, assignment) } } : {}),
    exercises: courseOrder(run.course, run.exercises, run.assignment).map((e) => ({ id: e.id, title: exerciseTitle(e), max: e.points, topic: e.topic })),
    assignments: graded.map((a) => ({ id: a.id, title: assignmentTitle(run.course, a), exercises: a.exercises, ...(a.canvas_id === undefined ? {} : { canvasId: a.canvas_id }) })),
    run: record,
  });
  const added = new Set<string>();
  return {
    graded(outcome) {
      // The summary's output does not depend on the order in which students are added.
      if (outcome.summary !== undefined && timed('render', () => builder.add(JSON.parse(outcome.summary!) as SummaryInput))) added.add(outcome.id);
    },
    write(ids, formats, gradebook = {}) {
      const problems: Problem[] = [];
      const studentProblems: StudentProblem[] = [];
      for (const id of [...ids].sort()) {
        if (added.has(id)) continue;
        const loaded = timed('parse', () => loadStudentResultSync(outputPaths.result(run.out, id)));
        if (loaded.ok) {
          timed('render', () => builder.add(loaded.result));
          studentProblems.push(...problemsOfStudent(loaded.result));
        } else problems.push(loaded.problem);
      }
      const summary = timed('render', () => builder.finish());
      const written = writeClassOutputs(run.out, summary, run.templates, formats, { durable: run.durable === true }, gradebook);
      return { summary, problems: [...problems, ...written.problems], files: written.files, studentProblems };
    },
  };
}
