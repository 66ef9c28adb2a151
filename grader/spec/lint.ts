// What `grader validate` checks: every course file under the given paths with its
// exercises, and any other exercise file under the settings of the course it sits in.
import { existsSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../problem.ts';
import { duplicateIds } from './cross-check.ts';
import { checkOptionsFor, COURSE_FILE_NAMES, findSpecFiles, isCourseFile, isInside, loadCourse, readSpecFile } from './load.ts';
import { parseCourseText } from './parse-course.ts';
import { parseExerciseText, type ParsedExercise } from './parse-exercise.ts';
import type { CheckOptions } from './rules/index.ts';

export interface Lint {
  readonly problems: readonly Problem[];
  readonly sources: ReadonlyMap<string, string>;
  /** How many files were checked. */
  readonly files: number;
}

/** The course file of the folder `file` is in, or of the nearest folder above it, up to the project root. */
async function courseAbove(file: string): Promise<string | undefined> {
  let dir = dirname(resolve(file));
  for (;;) {
    for (const name of COURSE_FILE_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

/** The settings a lone exercise file is checked under: its course's, when it has one. */
async function optionsFor(file: string, cache: Map<string, CheckOptions>): Promise<CheckOptions> {
  const courseFile = await courseAbove(file);
  if (courseFile === undefined) return checkOptionsFor(undefined);
  let options = cache.get(courseFile);
  if (!options) {
    const read = readSpecFile(courseFile);
    const course = read.ok ? parseCourseText(read.text, courseFile).course : undefined;
    options = checkOptionsFor(course && isInside(file, resolve(dirname(courseFile), course.exercises ?? '.')) ? course : undefined);
    cache.set(courseFile, options);
  }
  return options;
}

/** Checks the given files and folders (absolute paths that exist). */
export async function lintPaths(paths: readonly string[]): Promise<Lint> {
  const courseFiles = new Set<string>();
  const exerciseFiles = new Set<string>();
  for (const path of paths) {
    const info = await lstat(path);
    const files = info.isDirectory() ? await findSpecFiles(path) : [path];
    for (const file of files) (isCourseFile(file) ? courseFiles : exerciseFiles).add(file);
  }
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  const checked = new Set<string>();
  for (const courseFile of courseFiles) {
    const loaded = await loadCourse(courseFile);
    problems.push(...loaded.problems);
    for (const [file, text] of loaded.sources) sources.set(file, text);
    checked.add(courseFile);
    for (const parsed of loaded.files) checked.add(parsed.file);
  }
  const lone: ParsedExercise[] = [];
  const cache = new Map<string, CheckOptions>();
  for (const file of exerciseFiles) {
    if (checked.has(file)) continue;
    checked.add(file);
    const read = readSpecFile(file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    sources.set(file, read.text);
    const parsed = parseExerciseText(read.text, file, await optionsFor(file, cache));
    lone.push(parsed);
    problems.push(...parsed.problems);
  }
  problems.push(...duplicateIds(lone));
  return { problems, sources, files: checked.size };
}
