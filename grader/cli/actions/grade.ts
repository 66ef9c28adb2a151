// The work of `grader grade`, registered in commands/grade.ts and loaded only when it runs.
// `grader grade <submissions> --out <dir>`: grades a whole class. Safe to interrupt and
// run again: finished students are reused, and the output is the same bytes either way.
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { classFiles, classTargets, gradeTargets } from '../../batch/class-run.ts';
import { catalogueSource, courseFingerprint, rosterFingerprint } from '../../batch/fingerprint.ts';
import { createProgress } from '../../batch/progress.ts';
import { leavesGradeInDoubt, type StudentProblem } from '../../batch/student-problems.ts';
import type { ClassRun } from '../../batch/student-run.ts';
import { makeFolderSync } from '../../io/folder.ts';
import type { Problem } from '../../problem.ts';
import { addStageTime } from '../../stage-timings.ts';
import { EXIT, type CliContext } from '../context.ts';
import { printProblems, printStudentProblems, uniqueProblems } from '../print-problems.ts';
import { describeClass } from '../class-summary-text.ts';
import { openSandbox } from '../../batch/sandbox-session.ts';
import type { GradebookCliOptions } from '../gradebook-options.ts';
import { readClassInputs } from './grade-inputs.ts';
import { resolveReveals, revealKey } from '../../grade/deferred-reveal.ts';

export interface GradeOptions extends GradebookCliOptions {
  readonly out: string;
  readonly course?: string;
  readonly roster?: string;
  readonly rosterEncoding?: string;
  readonly assignment?: string;
  readonly templates?: string;
  readonly lang?: string;
  readonly force?: boolean;
  readonly shard?: string;
  readonly durable?: boolean;
  readonly workers?: string;
  readonly release?: boolean;
}

/** Students in flight at once in one thread: enough to keep its sandbox busy while it renders and writes. */
const CONCURRENCY = 8;
/** Below this many students, starting worker threads costs more than it saves. */
const WORKERS_FROM = 16;

/**
 * Grade worker threads when none are asked for: none below WORKERS_FROM students (the main
 * thread grades), one per core on more than two cores, and one on two cores or fewer. That one
 * grades as fast as the main thread would (BENCHMARKS.md), and its heap is capped
 * (grade-workers.ts): the main thread's grew with the class, to 440 to 560 MB of peak memory
 * at 10,000 students against about 340 MB.
 */
export function defaultGradeWorkers(students: number, cores: number = availableParallelism()): number {
  if (students < WORKERS_FROM) return 0;
  return cores > 2 ? cores : 1;
}

/**
 * Sandbox workers of each grade worker: one each, as many grade workers share the cores; two
 * for a single grade worker (on two cores, or as many as a container's share of them), whose
 * sandbox would otherwise leave the second core idle while it renders.
 */
export function sandboxWorkersEach(gradeWorkers: number, cores: number = availableParallelism()): number {
  return gradeWorkers === 1 ? Math.min(2, Math.max(1, cores)) : 1;
}

function usage(ctx: CliContext, message: string): number {
  ctx.stderr.write(`grader grade: ${message}\n`);
  return EXIT.usage;
}

export async function grade(ctx: CliContext, submissions: string, options: GradeOptions): Promise<number> {
  const started = Date.now();
  const shown = (path: string): string => {
    const near = relative(ctx.cwd, path);
    return near === '' ? '.' : near.startsWith('..') ? path : near;
  };
  const read = await readClassInputs(ctx, submissions, options, shown);
  if (!read.ok) return read.exitCode;
  const { shard, courseFile, loaded, roster, templates, gradebook } = read.inputs;
  // Deferred reveals (after-due, after-published) decided once, by this run's time.
  const reveals = resolveReveals(read.inputs.course, loaded.exercises, { now: started, released: options.release === true });
  const { course } = reveals;
  const workerCount = read.inputs.workers;
  const problems: Problem[] = [...read.inputs.problems];

  const targets = classTargets(read.inputs.folders, roster.keys(), shard);
  addStageTime('load', Date.now() - started);
  const out = resolve(ctx.cwd, options.out);
  const outProblem = makeFolderSync(out);
  if (outProblem !== undefined) return usage(ctx, `--out ${options.out}: ${outProblem}`);
  const sandbox = openSandbox();
  let gradesInDoubt = false;
  try {
    const run: ClassRun = {
      course,
      courseFile,
      exercises: reveals.exercises,
      ungradable: loaded.files.flatMap((file) => (file.id && !file.exercise ? [file.id.value] : [])),
      ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
      templates: templates.templates,
      out,
      roster,
      courseKey: courseFingerprint(loaded.sources, dirname(courseFile), new Map([...templates.files, catalogueSource(templates.templates.catalogue)]), `${options.assignment ?? ''}${revealKey(reveals)}`),
      force: options.force === true,
      gradeFunction: sandbox.gradeFunction,
      durable: options.durable === true,
    };
    const progress = createProgress(ctx.stderr, targets.length);
    const workers = workerCount ?? defaultGradeWorkers(targets.length);
    // The course without the templates: shards rendered with other templates still grade alike.
    const courseRecord = courseFingerprint(loaded.sources, dirname(courseFile), new Map(), `${options.assignment ?? ''}${revealKey(reveals)}`);
    const files = classFiles(run, { course: courseRecord, roster: rosterFingerprint(roster), ...(shard === undefined ? {} : { shard }) });
    const studentProblems: StudentProblem[] = [];
    const outcomes = await gradeTargets(run, targets, {
      concurrency: CONCURRENCY,
      progress,
      onOutcome: (outcome) => {
        files.graded(outcome);
        studentProblems.push(...(outcome.studentProblems ?? []));
      },
      ...(workers > 0
        ? { workers: { workers, sandboxSize: sandboxWorkersEach(workers), templateSources: templates.sources, warn: (problem: Problem) => problems.push(problem) } }
        : {}),
    });
    outcomes.forEach((o) => problems.push(...o.problems));
    const written = files.write(targets.map((t) => t.id), [options.format], gradebook);
    problems.push(...written.problems);
    studentProblems.push(...written.studentProblems);
    ctx.stdout.write(describeClass({ summary: written.summary, outcomes, out: shown(out), files: written.files.map(shown), seconds: (Date.now() - started) / 1000, shard }));
    printProblems(ctx, uniqueProblems(problems), shown);
    printStudentProblems(ctx, studentProblems);
    gradesInDoubt = studentProblems.some(leavesGradeInDoubt);
  } finally {
    await sandbox.close();
  }
  // Exit 1 when something of the run failed (an output, a template, a roster row, an exercise
  // file) or a student's grade is in doubt (a hand-in time that cannot be read); a student's own
  // mistakes (an answers file that is not YAML) and skipped folders are reported, and exit 0.
  return problems.some((p) => p.severity === 'error') || gradesInDoubt ? EXIT.failed : EXIT.ok;
}
