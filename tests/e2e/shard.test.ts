// Grading beyond one thread and one machine gives the bytes of one plain run: grade worker
// threads (--workers) against the main thread alone, and four shards (--shard i/4) combined
// by grader merge against one unsharded run, on the e2e class with synthetic students added
// (answers and code, right and wrong, as the bench writes them).
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../grader/batch/shard.ts';
import { runCli } from '../../grader/cli/main.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { writeBenchClass } from '../../bench/class.ts';
import { fakeContext } from '../cli/fake-context.ts';
import { writeClass, writeCourse } from './fixture.ts';
import { gradeInProcess, readTree, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHARDS = 4;
const grade = (...args: string[]): Promise<Run> => gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', ...args]);

let one: Record<string, string>;
let ids: string[];
beforeAll(async () => {
  const courseFile = writeCourse(dir);
  writeClass(dir);
  const loaded = await loadCourse(courseFile);
  // More students in the same submissions folder (the roster stays the fixture's).
  const synthetic = await writeBenchClass(loaded.course!, loaded.exercises, 24, join(dir, 'synthetic'));
  for (const id of readdirSync(synthetic.submissions)) renameSync(join(synthetic.submissions, id), join(dir, 'submissions', id));
  const run = await grade('--out', 'one', '--workers', '0');
  expect(run.code).toBe(0);
  one = readTree(join(dir, 'one'));
  ids = Object.keys(one)
    .filter((path) => path.startsWith('results/'))
    .map((path) => path.slice('results/'.length, -'.json'.length));
});

describe('grade worker threads', () => {
  it('write the same bytes as the main thread alone', async () => {
    const run = await grade('--out', 'workers', '--workers', '2');
    expect(run.code).toBe(0);
    expect(readTree(join(dir, 'workers'))).toEqual(one);
  });
});

describe(`${SHARDS} shards merged`, () => {
  let shardTrees: Record<string, string>[];
  beforeAll(async () => {
    for (let i = 1; i <= SHARDS; i++) expect((await grade('--out', `shard-${i}`, '--shard', `${i}/${SHARDS}`)).code).toBe(0);
    shardTrees = Array.from({ length: SHARDS }, (_, i) => readTree(join(dir, `shard-${i + 1}`)));
  });

  it('grade each student in exactly one shard, the one its id hashes to', () => {
    expect(ids.length).toBeGreaterThan(25);
    for (const [i, tree] of shardTrees.entries()) {
      const graded = Object.keys(tree).filter((path) => path.startsWith('results/'));
      expect(graded.length).toBeGreaterThan(0);
      for (const path of graded) expect(shardOf(path.slice('results/'.length, -'.json'.length), SHARDS)).toBe(i + 1);
    }
    expect(shardTrees.reduce((sum, tree) => sum + Object.keys(tree).filter((p) => p.startsWith('results/')).length, 0)).toBe(ids.length);
  });

  it('give every file of one run, byte for byte: results, reports, keys, class results, summary and gradebook', async () => {
    const ctx = fakeContext(dir);
    const code = await runCli(['merge', ...Array.from({ length: SHARDS }, (_, i) => `shard-${i + 1}`), '--out', 'merged'], ctx);
    expect(ctx.err()).toBe('');
    expect(code).toBe(0);
    const merged = readTree(join(dir, 'merged'));
    expect(Object.keys(merged).sort()).toEqual(Object.keys(one).sort());
    for (const file of ['class-results.json', 'summary.html', 'gradebook.csv']) expect(merged[file]).toBe(one[file]);
    expect(merged).toEqual(one);
  });
});
