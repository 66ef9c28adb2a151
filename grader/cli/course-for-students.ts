// The course a student command (check, sheet) grades against: `--course <file>`, else
// exercises/course.yaml, else course.yaml, from where the user is. A course with problems
// still grades its valid exercises; the problems are summed up for the instructor.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadCourse } from '../spec/load.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { parseCacheFor } from './parse-cache-folder.ts';
import { EXIT, type CliContext } from './context.ts';

export const DEFAULT_COURSE_FILES = [join('exercises', 'course.yaml'), 'course.yaml'] as const;

export type CourseForStudents =
  | {
      readonly ok: true;
      readonly course: CourseSpec;
      /** The exercises without errors: the ones that can be graded. */
      readonly exercises: readonly ExerciseSpec[];
      readonly file: string;
      /** How many errors the course's files have (their exercises are left out). */
      readonly problems: number;
      /** The ids of the exercises left out for their errors. */
      readonly ungradable: readonly string[];
    }
  | { readonly ok: false; readonly message: string; readonly exitCode: number };

const isFile = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isFile() === true;

/** `--course <file>` when given, else the first default course file that exists; undefined when none does. */
export async function findCourseFile(ctx: CliContext, option: string | undefined): Promise<string | undefined> {
  const candidates = option === undefined ? DEFAULT_COURSE_FILES.map((name) => resolve(ctx.cwd, name)) : [resolve(ctx.cwd, option)];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

export async function loadCourseForStudents(ctx: CliContext, option: string | undefined): Promise<CourseForStudents> {
  const file = await findCourseFile(ctx, option);
  if (file === undefined) {
    const message = option === undefined ? 'no course file here (exercises/course.yaml or course.yaml); pass --course <file>' : `${option} is not a file`;
    return { ok: false, message, exitCode: EXIT.usage };
  }
  // Without the sampled students' variants: a self-check must answer at once (see LoadCourseOptions).
  const cache = parseCacheFor(ctx);
  const loaded = await loadCourse(file, { samples: 0, ...(cache ? { cache } : {}) });
  if (!loaded.course) {
    const first = loaded.problems[0];
    return { ok: false, message: `the course file cannot be used: ${first ? first.message : 'it has errors'}; run grader validate`, exitCode: EXIT.failed };
  }
  return { ok: true, course: loaded.course, exercises: loaded.exercises, file, problems: loaded.problems.filter((p) => p.severity === 'error').length, ungradable: loaded.files.flatMap((f) => (f.id && !f.exercise ? [f.id.value] : [])) };
}
