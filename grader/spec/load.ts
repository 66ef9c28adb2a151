// The I/O edge of spec loading: finds spec files, reads them safely (size, encoding) and
// hands their text to the pure parsers. Unreadable files are problems, never crashes.
import type { Dirent } from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { availableLanguages } from '../messages/languages.ts';
import { toError, type Problem } from '../problem.ts';
import { duplicateIds, unknownExercises } from './cross-check.ts';
import { courseLanguages } from './localized.ts';
import { parseCourseText, type ParsedCourse } from './parse-course.ts';
import { DEFAULT_CHECK_OPTIONS, MAX_SPEC_BYTES, parseExerciseText, type ParsedExercise } from './parse-exercise.ts';
import type { ParseCache } from './parse-cache.ts';
import type { CheckOptions } from './rules/index.ts';
import type { CourseSpec, ExerciseSpec } from './types.ts';

export const COURSE_FILE_NAMES = ['course.yaml', 'course.yml'] as const;

export const isSpecFile = (file: string) => /\.ya?ml$/i.test(file);
export const isCourseFile = (file: string) => (COURSE_FILE_NAMES as readonly string[]).includes(basename(file).toLowerCase());

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a spec file. Synchronously: a course is read file after file before anything else can
 * go on, and each asynchronous stat or read is a trip through the thread pool (reading the 41
 * files that way cost `grader check` about 30 ms of its cold start).
 */
export function readSpecFile(file: string): ReadResult {
  const fail = (code: string, message: string): ReadResult => ({ ok: false, problem: { code, severity: 'error', message, file } });
  try {
    const info = statSync(file);
    if (!info.isFile()) return fail('unreadable', 'not a regular file');
    if (info.size > MAX_SPEC_BYTES) return fail('file-too-large', `the file has ${info.size} bytes; specs are limited to ${MAX_SPEC_BYTES}`);
    const bytes = readFileSync(file);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return fail('not-utf8', 'the file is not UTF-8 text; save it as UTF-8');
    }
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch (error: unknown) {
    return fail('unreadable', `cannot read the file: ${toError(error).message}`);
  }
}

/** Every `.yaml`/`.yml` under `dir`, sorted; dot folders, node_modules and symlinked folders are skipped. */
export async function findSpecFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findSpecFiles(path)));
    else if ((entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())) && isSpecFile(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

export interface LoadedExercises {
  /** Each file's result: its problems, and its exercise when it has no errors. */
  readonly files: readonly ParsedExercise[];
  /** The exercises without errors, in file order: the ones that can be graded. */
  readonly exercises: readonly ExerciseSpec[];
  /** Every problem of every file, and those across files (duplicate ids). */
  readonly problems: readonly Problem[];
  /** Each file's text, for printing the source line of a problem. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Parses the given exercise files (not course files) under `options`, through `cache` when given. */
export async function loadExerciseFiles(files: readonly string[], options: CheckOptions = DEFAULT_CHECK_OPTIONS, cache?: ParseCache): Promise<LoadedExercises> {
  const parsedFiles: ParsedExercise[] = [];
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    const read = readSpecFile(file);
    if (!read.ok) {
      problems.push(read.problem);
      parsedFiles.push({ file, problems: [read.problem] });
      continue;
    }
    sources.set(file, read.text);
    let parsed = cache?.get(file, read.text, options);
    if (parsed === undefined) {
      parsed = parseExerciseText(read.text, file, options);
      cache?.keep(file, read.text, options, parsed);
    }
    parsedFiles.push(parsed);
    problems.push(...parsed.problems);
  }
  problems.push(...duplicateIds(parsedFiles));
  const exercises = parsedFiles.flatMap((parsed) => (parsed.exercise ? [parsed.exercise] : []));
  return { files: parsedFiles, exercises, problems, sources };
}

/** The exercise files under the given files and folders (course files left out). */
export async function loadExercises(paths: readonly string[], options: CheckOptions = DEFAULT_CHECK_OPTIONS): Promise<LoadedExercises> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await lstat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await findSpecFiles(path)));
    else files.push(path);
  }
  return loadExerciseFiles([...new Set(files)].filter((file) => !isCourseFile(file)), options);
}

export interface LoadedCourse extends LoadedExercises {
  readonly courseFile: string;
  /** The folder the course's exercises are read from. */
  readonly exercisesDir: string;
  readonly course?: CourseSpec;
  readonly parsedCourse: ParsedCourse;
}

export function checkOptionsFor(course: CourseSpec | undefined): CheckOptions {
  if (!course) return DEFAULT_CHECK_OPTIONS;
  return { ...DEFAULT_CHECK_OPTIONS, salt: course.salt, languages: courseLanguages(course), ...(course.tolerance ? { tolerance: course.tolerance } : {}) };
}

/** Is `file` inside `dir` (or `dir` itself)? */
export function isInside(file: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The languages with a message catalogue; undefined when this installation has no catalogues (reporting says so itself). */
function catalogueLanguages(): string[] | undefined {
  try {
    return availableLanguages();
  } catch {
    return undefined;
  }
}

export interface LoadCourseOptions {
  /**
   * Students' variants the rules sample besides the default one (default 20). A student's
   * self-check loads with 0: the course was validated, and sampling every exercise for 20
   * students costs more than grading one. `validate` and `grade` keep the samples.
   */
  readonly samples?: number;
  /** Where exercise files parsed before are kept (parse-cache.ts); none by default. */
  readonly cache?: ParseCache;
}

/** Reads the course file, then every exercise of its folder, checked under the course's settings. */
export async function loadCourse(courseFile: string, options: LoadCourseOptions = {}): Promise<LoadedCourse> {
  const read = readSpecFile(courseFile);
  const parsedCourse: ParsedCourse = read.ok ? parseCourseText(read.text, courseFile, { catalogues: catalogueLanguages() }) : { file: courseFile, problems: [read.problem] };
  const course = parsedCourse.course;
  const exercisesDir = resolve(dirname(courseFile), course?.exercises ?? '.');
  const files = (await findSpecFiles(exercisesDir)).filter((file) => !isCourseFile(file));
  const checks = checkOptionsFor(course);
  const loaded = await loadExerciseFiles(files, options.samples === undefined ? checks : { ...checks, samples: options.samples }, options.cache);
  const sources = new Map(loaded.sources);
  if (read.ok) sources.set(courseFile, read.text);
  const problems = [...parsedCourse.problems, ...loaded.problems, ...unknownExercises(parsedCourse, loaded.files)];
  return { ...loaded, problems, sources, courseFile, exercisesDir, parsedCourse, ...(course ? { course } : {}) };
}
