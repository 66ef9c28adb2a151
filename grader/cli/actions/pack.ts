// The work of `grader pack`, registered in commands/pack.ts and loaded only when it runs.
// Everything is read and checked first (options, course, roster or class folder, every
// student's numbers); only then is anything written, each file atomically, so a course,
// roster or option that is wrong leaves the output folder as it was.
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { discoverStudents } from '../../batch/discover.ts';
import { matchRoster } from '../../batch/match-roster.ts';
import { isKnownEncoding } from '../../batch/roster-encoding.ts';
import { readRosterFile } from '../../batch/roster-file.ts';
import { writeFileAtomicSync } from '../../io/atomic.ts';
import { makeFolderSync } from '../../io/folder.ts';
import { buildPack, drawStudentVariants, packFiles, type PackStudent } from '../../pack/build-pack.ts';
import type { Problem } from '../../problem.ts';
import { loadCourse } from '../../spec/load.ts';
import { EXIT, type CliContext } from '../context.ts';
import { findCourseFile } from '../course-for-students.ts';
import { printProblems } from '../print-problems.ts';
import { packSummary } from '../pack-summary.ts';

export interface PackOptions {
  readonly assignment: string;
  readonly out: string;
  readonly course?: string;
  readonly roster?: string;
  readonly rosterEncoding?: string;
  readonly class?: string;
  readonly perStudent?: boolean;
  readonly durable?: boolean;
}

type Stopped = { readonly ok: false; readonly exitCode: number };
type Step<T> = { readonly ok: true; readonly value: T } | Stopped;

export async function pack(ctx: CliContext, options: PackOptions): Promise<number> {
  const shown = (path: string): string => {
    const near = relative(ctx.cwd, path);
    return near === '' ? '.' : near.startsWith('..') ? path : near;
  };
  const usage = (message: string): Stopped => {
    ctx.stderr.write(`grader pack: ${message}\n`);
    return { ok: false, exitCode: EXIT.usage };
  };
  const stop = (problems: readonly Problem[], why: string): Stopped => {
    printProblems(ctx, problems, shown);
    ctx.stderr.write(`grader pack: ${why}; nothing was written\n`);
    return { ok: false, exitCode: EXIT.failed };
  };

  if ((options.roster === undefined) === (options.class === undefined)) return usage('give the students with --roster <csv> or --class <folder> (one of them): the pack holds each student\'s numbers').exitCode;
  if (options.rosterEncoding !== undefined && !isKnownEncoding(options.rosterEncoding)) return usage(`--roster-encoding ${options.rosterEncoding} is not an encoding this Node.js knows`).exitCode;
  const courseFile = await findCourseFile(ctx, options.course);
  if (courseFile === undefined) return usage(options.course === undefined ? 'no course file here (exercises/course.yaml or course.yaml); pass --course <file>' : `${options.course} is not a file`).exitCode;

  const loaded = await loadCourse(courseFile);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.course || errors.length > 0) return stop(errors, 'the course has errors (run grader validate)').exitCode;
  const course = loaded.course;
  if (!course.assignments.some((a) => a.id === options.assignment)) {
    return usage(`the course has no assignment '${options.assignment}' (it has ${course.assignments.map((a) => a.id).join(', ')})`).exitCode;
  }
  const ids = await studentIds(ctx, options, usage, stop, shown);
  if (!ids.ok) return ids.exitCode;

  const input = { course, exercises: loaded.exercises, assignment: options.assignment };
  const built = buildPack(input);
  if (!built.ok) return stop([{ code: built.problem.code, severity: 'error', message: built.problem.message, file: courseFile }], 'the pack cannot be made').exitCode;
  const students: PackStudent[] = [];
  for (const id of ids.value) {
    const variants = drawStudentVariants(input, id);
    if (!variants.ok) return stop([{ code: variants.problem.code, severity: 'error', message: variants.problem.message, file: courseFile }], "a student's numbers cannot be drawn").exitCode;
    students.push({ id, variants: variants.value });
  }

  const out = resolve(ctx.cwd, options.out);
  const outProblem = makeFolderSync(out);
  if (outProblem !== undefined) return usage(`--out ${options.out}: ${outProblem}`).exitCode;
  const files = packFiles(built.value, students, options.perStudent === true);
  for (const [path, text] of files) {
    try {
      writeFileAtomicSync(join(out, path), text, { durable: options.durable === true });
    } catch (error: unknown) {
      ctx.stderr.write(`grader pack: cannot write ${shown(join(out, path))}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failed;
    }
  }
  ctx.stdout.write(packSummary({ pack: built.value, students: students.length, perStudent: options.perStudent === true, out: shown(out) }));
  return EXIT.ok;
}

/** The students to pack: the roster's rows, or the class folder's sub-folders; a roster with any error stops the run. */
async function studentIds(
  ctx: CliContext,
  options: PackOptions,
  usage: (message: string) => Stopped,
  stop: (problems: readonly Problem[], why: string) => Stopped,
  shown: (path: string) => string,
): Promise<Step<string[]>> {
  if (options.roster !== undefined) {
    const roster = readRosterFile(resolve(ctx.cwd, options.roster), options.rosterEncoding);
    if (roster === undefined) return usage(`--roster ${options.roster} cannot be read`);
    const errors = roster.problems.filter((p) => p.severity === 'error');
    if (!roster.usable || errors.length > 0) return stop(roster.problems, 'the roster has errors, and a student left out would get no numbers');
    if (roster.entries.size === 0) return stop([], `the roster ${options.roster} has no students`);
    return { ok: true, value: [...roster.entries.keys()] };
  }
  const folder = resolve(ctx.cwd, options.class!);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) return usage(`--class ${options.class} is not a folder`);
  const discovered = await discoverStudents(folder);
  const matched = matchRoster(discovered.students, undefined);
  if (matched.collisions.length > 0) return stop([...discovered.problems, ...matched.collisions], 'two student folders are one id but for case');
  printProblems(ctx, discovered.problems, shown);
  if (discovered.students.length === 0) return stop([], `${options.class} has no student folders`);
  return { ok: true, value: discovered.students.map((s) => s.id) };
}
