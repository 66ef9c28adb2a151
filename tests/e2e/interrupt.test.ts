// A run of the real CLI with grade worker threads, killed with SIGKILL halfway, then run
// again: the output is byte for byte that of a run never interrupted, and nothing of the
// killed run (temporary files) is left behind.
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCourse } from '../../grader/spec/index.ts';
import { writeBenchClass } from '../../bench/class.ts';
import { writeClass, writeCourse } from './fixture.ts';
import { finished, readTree, spawnGrader } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STUDENTS = 160;
const args = (out: string) => ['grade', 'submissions', '--roster', 'roster.csv', '--out', out, '--workers', '2'];

beforeAll(async () => {
  const loaded = await loadCourse(writeCourse(dir));
  writeClass(dir);
  const synthetic = await writeBenchClass(loaded.course!, loaded.exercises, STUDENTS, join(dir, 'synthetic'));
  for (const id of readdirSync(synthetic.submissions)) renameSync(join(synthetic.submissions, id), join(dir, 'submissions', id));
});

const resultCount = (out: string): number => readdirSync(join(dir, out, 'results'), { withFileTypes: true }).filter((e) => e.name.endsWith('.json')).length;

it('kill -9 in the middle of a run, then a rerun, gives the bytes of an uninterrupted run', async () => {
  const child = spawnGrader(dir, args('killed'));
  const exited = finished(child);
  let seen = 0;
  while (seen < 30 && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen = (() => {
      try {
        return resultCount('killed');
      } catch {
        return 0;
      }
    })();
  }
  child.kill('SIGKILL');
  await exited;
  const partial = resultCount('killed');
  expect(partial).toBeGreaterThanOrEqual(30);
  expect(partial).toBeLessThan(STUDENTS);

  // The reruns are real processes too: a run from dist/ keys its students on the bundle's bytes.
  const rerun = await finished(spawnGrader(dir, args('killed')));
  expect(rerun.code).toBe(0);
  expect(rerun.out).toMatch(/graded now, \d+ unchanged since the last run/);
  const clean = await finished(spawnGrader(dir, args('clean')));
  expect(clean.code).toBe(0);
  const killed = readTree(join(dir, 'killed'));
  expect(Object.keys(killed).filter((path) => path.endsWith('.tmp'))).toEqual([]);
  expect(killed).toEqual(readTree(join(dir, 'clean')));
});
