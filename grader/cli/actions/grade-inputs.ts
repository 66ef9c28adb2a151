// Everything `grader grade` reads before it grades anyone: its options, the course, the
// roster, the templates and the class folder. Whatever is wrong with the run as a whole stops
// it here, before anything is written: bad usage exits 2, a course or a roster that cannot be
// used exits 1 with its problems.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { discoverStudents } from '../../batch/discover.ts';
import { matchRoster } from '../../batch/match-roster.ts';
import { courseStoppers } from '../../batch/preflight.ts';
import type { RosterEntry } from '../../batch/roster.ts';
import { isKnownEncoding } from '../../batch/roster-encoding.ts';
import { readRosterFile } from '../../batch/roster-file.ts';
import { parseShard, type Shard } from '../../batch/shard.ts';
import type { StudentTarget } from '../../batch/student-run.ts';
import type { Problem } from '../../problem.ts';
import { loadTemplates } from '../../report/index.ts';
import { loadCourse, type CourseSpec, type LoadedCourse } from '../../spec/index.ts';
import { EXIT, type CliContext } from '../context.ts';
import { findCourseFile } from '../course-for-students.ts';
import { gradebookOptions } from '../gradebook-options.ts';
import { chooseCatalogue } from '../language.ts';
import { courseLanguages } from '../../grade/index.ts';
import { gradebookUsage } from '../gradebook-usage.ts';
import { printProblems } from '../print-problems.ts';
import type { GradeOptions } from './grade.ts';

export interface ClassInputs {
  readonly shard: Shard | undefined;
  readonly workers: number | undefined;
  readonly gradebook: Exclude<ReturnType<typeof gradebookOptions>, string>;
  readonly courseFile: string;
  readonly loaded: LoadedCourse;
  readonly course: CourseSpec;
  readonly roster: ReadonlyMap<string, RosterEntry>;
  readonly templates: Awaited<ReturnType<typeof loadTemplates>>;
  readonly folders: readonly StudentTarget[];
  /** Problems that do not stop the run (bad roster rows, skipped folders, broken exercise files and templates). */
  readonly problems: readonly Problem[];
}

export type ClassInputsRead = { readonly ok: true; readonly inputs: ClassInputs } | { readonly ok: false; readonly exitCode: number };

function usage(ctx: CliContext, message: string): ClassInputsRead {
  ctx.stderr.write(`grader grade: ${message}\n`);
  return { ok: false, exitCode: EXIT.usage };
}

function stop(ctx: CliContext, problems: readonly Problem[], shown: (path: string) => string, why: string): ClassInputsRead {
  printProblems(ctx, problems, shown);
  ctx.stderr.write(`grader grade: ${why}; nothing was graded or written\n`);
  return { ok: false, exitCode: EXIT.failed };
}

export async function readClassInputs(ctx: CliContext, submissions: string, options: GradeOptions, shown: (path: string) => string): Promise<ClassInputsRead> {
  if (!(await stat(submissions).catch(() => undefined))?.isDirectory()) return usage(ctx, `${submissions} is not a folder`);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (typeof shard === 'string') return usage(ctx, shard);
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    return usage(ctx, `--workers takes a whole number from 0 to 64, got "${options.workers}"`);
  }
  if (options.rosterEncoding !== undefined && !isKnownEncoding(options.rosterEncoding)) {
    return usage(ctx, `--roster-encoding ${options.rosterEncoding} is not an encoding this Node.js knows (e.g. windows-1256, windows-1252, utf-8)`);
  }
  const gradebook = gradebookOptions(options);
  if (typeof gradebook === 'string') return usage(ctx, gradebook);
  const courseFile = await findCourseFile(ctx, options.course);
  if (courseFile === undefined) return usage(ctx, options.course === undefined ? 'no course file here (exercises/course.yaml or course.yaml); pass --course <file>' : `${options.course} is not a file`);
  const templatesDir = options.templates === undefined ? undefined : resolve(ctx.cwd, options.templates);
  if (templatesDir !== undefined && !(await stat(templatesDir).catch(() => undefined))?.isDirectory()) return usage(ctx, `--templates ${options.templates} is not a folder`);

  const loaded = await loadCourse(courseFile);
  const problems: Problem[] = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.course) return stop(ctx, problems, shown, 'the course file cannot be used (run grader validate)');
  if (courseStoppers(loaded).length > 0) return stop(ctx, problems, shown, 'the course has errors that concern every student (run grader validate)');
  const course = loaded.course;
  if (options.assignment !== undefined && !course.assignments.some((a) => a.id === options.assignment)) {
    return usage(ctx, `the course has no assignment '${options.assignment}' (it has ${course.assignments.map((a) => a.id).join(', ')})`);
  }
  const wrongGradebook = gradebookUsage(options.format, gradebook, { course, roster: options.roster !== undefined, ...(options.assignment === undefined ? {} : { assignment: options.assignment }) });
  if (wrongGradebook !== undefined) return usage(ctx, wrongGradebook);
  const rosterFile = options.roster === undefined ? undefined : readRosterFile(resolve(ctx.cwd, options.roster), options.rosterEncoding);
  if (options.roster !== undefined && rosterFile === undefined) return usage(ctx, `--roster ${options.roster} cannot be read`);
  problems.push(...(rosterFile?.problems ?? []));
  if (rosterFile?.usable === false) return stop(ctx, problems, shown, 'the roster cannot be used');
  const language = chooseCatalogue(options.lang, courseLanguages(course));
  if ('usage' in language) return usage(ctx, language.usage);
  const templates = await loadTemplates(templatesDir, language.catalogue);
  problems.push(...templates.problems);
  const discovered = await discoverStudents(submissions);
  problems.push(...discovered.problems);
  const matched = matchRoster(discovered.students, rosterFile === undefined ? undefined : [...rosterFile.entries.keys()]);
  if (matched.collisions.length > 0) return stop(ctx, [...problems, ...matched.collisions], shown, 'two student folders are one id but for case');
  problems.push(...matched.warnings);
  return {
    ok: true,
    inputs: { shard, workers, gradebook, courseFile, loaded, course, roster: rosterFile?.entries ?? new Map(), templates, folders: matched.folders, problems },
  };
}
