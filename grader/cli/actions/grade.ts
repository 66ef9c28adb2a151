// The work of `grader grade`, registered in commands/grade.ts and loaded only when it runs.
// `grader grade <submissions> --out <dir>`: grades a whole class. Safe to interrupt and
// run again: finished students are reused, and the output is the same bytes either way.
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { classFiles, classTargets, gradeTargets } from '../../batch/class-run.ts';
import { discoverStudents } from '../../batch/discover.ts';
import { courseFingerprint, rosterFingerprint } from '../../batch/fingerprint.ts';
import { createProgress } from '../../batch/progress.ts';
import { parseRoster, type RosterEntry } from '../../batch/roster.ts';
import { parseShard, type Shard } from '../../batch/shard.ts';
import type { ClassRun } from '../../batch/student-run.ts';
import { makeFolderSync } from '../../io/folder.ts';
import { checkStudentId } from '../../io/student-id.ts';
import type { Problem } from '../../problem.ts';
import { loadTemplates } from '../../report/index.ts';
import { loadCourse } from '../../spec/index.ts';
import { addStageTime } from '../../stage-timings.ts';
import { EXIT, type CliContext } from '../context.ts';
import { findCourseFile } from '../course-for-students.ts';
import { printProblems, uniqueProblems } from '../print-problems.ts';
import { describeClass } from '../class-summary-text.ts';
import { openSandbox } from '../../batch/sandbox-session.ts';
import { gradebookOptions, type GradebookCliOptions } from '../gradebook-options.ts';
import { gradebookUsage } from '../gradebook-usage.ts';

export interface GradeOptions extends GradebookCliOptions {
  readonly out: string;
  readonly course?: string;
  readonly roster?: string;
  readonly assignment?: string;
  readonly templates?: string;
  readonly force?: boolean;
  readonly shard?: string;
  readonly durable?: boolean;
  readonly workers?: string;
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
  if (!(await stat(submissions).catch(() => undefined))?.isDirectory()) return usage(ctx, `${submissions} is not a folder`);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (typeof shard === 'string') return usage(ctx, shard);
  const workerCount = options.workers === undefined ? undefined : Number(options.workers);
  if (workerCount !== undefined && !(Number.isInteger(workerCount) && workerCount >= 0 && workerCount <= 64)) {
    return usage(ctx, `--workers takes a whole number from 0 to 64, got "${options.workers}"`);
  }
  const gradebook = gradebookOptions(options);
  if (typeof gradebook === 'string') return usage(ctx, gradebook);
  const courseFile = await findCourseFile(ctx, options.course);
  if (courseFile === undefined) return usage(ctx, options.course === undefined ? 'no course file here (exercises/course.yaml or course.yaml); pass --course <file>' : `${options.course} is not a file`);
  const templatesDir = options.templates === undefined ? undefined : resolve(ctx.cwd, options.templates);
  if (templatesDir !== undefined && !(await stat(templatesDir).catch(() => undefined))?.isDirectory()) return usage(ctx, `--templates ${options.templates} is not a folder`);

  const loaded = await loadCourse(courseFile);
  const problems: Problem[] = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.course) {
    printProblems(ctx, problems, shown);
    ctx.stderr.write('grader grade: the course file cannot be used; run grader validate\n');
    return EXIT.failed;
  }
  const course = loaded.course;
  if (options.assignment !== undefined && !course.assignments.some((a) => a.id === options.assignment)) {
    return usage(ctx, `the course has no assignment '${options.assignment}' (it has ${course.assignments.map((a) => a.id).join(', ')})`);
  }
  const wrongGradebook = gradebookUsage(options.format, gradebook, { course, roster: options.roster !== undefined, ...(options.assignment === undefined ? {} : { assignment: options.assignment }) });
  if (wrongGradebook !== undefined) return usage(ctx, wrongGradebook);
  const roster = options.roster === undefined ? new Map<string, RosterEntry>() : await readRoster(resolve(ctx.cwd, options.roster), problems);
  if (roster === undefined) return usage(ctx, `--roster ${options.roster} cannot be read`);
  const templates = await loadTemplates(templatesDir);
  problems.push(...templates.problems);
  const discovered = await discoverStudents(submissions);
  problems.push(...discovered.problems);

  const targets = classTargets(discovered.students, roster.keys(), shard as Shard | undefined);
  addStageTime('load', Date.now() - started);
  const out = resolve(ctx.cwd, options.out);
  const outProblem = makeFolderSync(out);
  if (outProblem !== undefined) return usage(ctx, `--out ${options.out}: ${outProblem}`);
  const sandbox = openSandbox();
  try {
    const run: ClassRun = {
      course,
      courseFile,
      exercises: loaded.exercises,
      ungradable: loaded.files.flatMap((file) => (file.id && !file.exercise ? [file.id.value] : [])),
      ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
      templates: templates.templates,
      out,
      roster,
      courseKey: courseFingerprint(loaded.sources, dirname(courseFile), templates.files, options.assignment ?? ''),
      force: options.force === true,
      gradeFunction: sandbox.gradeFunction,
      durable: options.durable === true,
    };
    const progress = createProgress(ctx.stderr, targets.length);
    const workers = workerCount ?? defaultGradeWorkers(targets.length);
    // The course without the templates: shards rendered with other templates still grade alike.
    const courseRecord = courseFingerprint(loaded.sources, dirname(courseFile), new Map(), options.assignment ?? '');
    const files = classFiles(run, { course: courseRecord, roster: rosterFingerprint(roster), ...(shard === undefined ? {} : { shard: shard as Shard }) });
    const outcomes = await gradeTargets(run, targets, {
      concurrency: CONCURRENCY,
      progress,
      onOutcome: (outcome) => files.graded(outcome),
      ...(workers > 0
        ? { workers: { workers, sandboxSize: sandboxWorkersEach(workers), templateSources: templates.sources, warn: (problem: Problem) => problems.push(problem) } }
        : {}),
    });
    outcomes.forEach((o) => problems.push(...o.problems));
    const written = files.write(targets.map((t) => t.id), [options.format], gradebook);
    problems.push(...written.problems);
    ctx.stdout.write(describeClass({ summary: written.summary, outcomes, out: shown(out), files: written.files.map(shown), seconds: (Date.now() - started) / 1000, shard: shard as Shard | undefined }));
    printProblems(ctx, uniqueProblems(problems), shown);
  } finally {
    await sandbox.close();
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.failed : EXIT.ok;
}

async function readRoster(path: string, problems: Problem[]): Promise<Map<string, RosterEntry> | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const roster = parseRoster(text);
  for (const p of roster.problems) problems.push({ code: p.code, severity: 'error', message: p.message, file: path, line: p.line });
  const entries = new Map<string, RosterEntry>();
  for (const [id, entry] of roster.entries) {
    const invalid = checkStudentId(id);
    const line = roster.lines.get(id);
    if (invalid) problems.push({ code: 'student-id', severity: 'error', message: `${invalid}: roster row skipped`, file: path, ...(line === undefined ? {} : { line }) });
    else entries.set(id, entry);
  }
  return entries;
}
