// `grader check` of one student from a cold start (a new process each time), the median of
// several runs: with no course cache (the first check of a course), and with the cache a
// first check left (every check after it). And `grader check --pack` of the same student from
// a student pack of the code assignment, beside `grader check --assignment` of the same
// exercises from the course (with its cache): what a student's check costs with and without
// the course folder.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface CheckStart {
  readonly uncached: number;
  readonly cached: number;
}

const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** Wall time of one run of the CLI; `ok` decides from its exit code whether it ran as meant (not a usage error). */
async function timed(root: string, args: readonly string[], env: NodeJS.ProcessEnv, ok: (code: number) => boolean): Promise<number> {
  const start = performance.now();
  const code = await promisify(execFile)(process.execPath, [join(root, 'bin', 'grader.js'), ...args], { env }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
  const ms = performance.now() - start;
  if (!ok(code)) throw new Error(`bench: grader ${args.join(' ')} exited ${code}`);
  return ms;
}

/** A check's exit code: 0 or 1 (every exercise correct or not); 2 would be a usage error, not a check. */
const checked = (code: number): boolean => code === 0 || code === 1;

export async function checkColdStart(root: string, folder: string, courseFile: string, runs: number, cacheDir: string): Promise<CheckStart> {
  const run = (cache: string) => timed(root, ['check', folder, '--course', courseFile], { ...process.env, GRADER_CACHE_DIR: cache }, checked);
  const uncached: number[] = [];
  for (let i = 0; i < runs; i++) uncached.push(await run('off'));
  await run(cacheDir);
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push(await run(cacheDir));
  return { uncached: median(uncached), cached: median(cached) };
}

export interface PackCheckStart {
  readonly assignment: string;
  /** `grader check --pack`. */
  readonly pack: number;
  /** `grader check --assignment` from the course, with its cache. */
  readonly course: number;
}

/** Writes a class pack of `assignment`, then times the two checks of `student`, interleaved (a loaded machine burdens both alike). */
export async function packCheckColdStart(
  root: string,
  student: { readonly id: string; readonly folder: string },
  course: { readonly file: string; readonly roster: string; readonly assignment: string },
  runs: number,
  work: string,
): Promise<PackCheckStart> {
  const pack = join(work, 'pack');
  await timed(root, ['pack', '--course', course.file, '--assignment', course.assignment, '--roster', course.roster, '--out', pack], process.env, (code) => code === 0);
  const env = { ...process.env, GRADER_CACHE_DIR: join(work, 'cache') };
  const fromPack = () => timed(root, ['check', '--pack', pack, student.folder, '--student', student.id], env, checked);
  const fromCourse = () => timed(root, ['check', student.folder, '--student', student.id, '--course', course.file, '--assignment', course.assignment], env, checked);
  await fromCourse();
  const packTimes: number[] = [];
  const courseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    packTimes.push(await fromPack());
    courseTimes.push(await fromCourse());
  }
  return { assignment: course.assignment, pack: median(packTimes), course: median(courseTimes) };
}
