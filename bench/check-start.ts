// `grader check` of one student from a cold start (a new process each time), the median of
// several runs: with no course cache (the first check of a course), and with the cache a
// first check left (every check after it).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface CheckStart {
  readonly uncached: number;
  readonly cached: number;
}

export async function checkColdStart(root: string, folder: string, courseFile: string, runs: number, cacheDir: string): Promise<CheckStart> {
  const run = async (cache: string): Promise<number> => {
    const start = performance.now();
    const env = { ...process.env, GRADER_CACHE_DIR: cache };
    await promisify(execFile)(process.execPath, [join(root, 'bin', 'grader.js'), 'check', folder, '--course', courseFile], { env }).catch(() => undefined);
    return performance.now() - start;
  };
  const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const uncached: number[] = [];
  for (let i = 0; i < runs; i++) uncached.push(await run('off'));
  await run(cacheDir);
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push(await run(cacheDir));
  return { uncached: median(uncached), cached: median(cached) };
}
