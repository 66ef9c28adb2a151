// Grading beyond one thread and one machine gives the bytes of one plain run: grade worker
// threads (--workers) against the main thread alone, and four shards (--shard i/4) combined
// by grader merge against one unsharded run, on the e2e class with synthetic students added
// (answers and code, right and wrong, as the bench writes them).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../grader/batch/shard.ts';
import { runCli } from '../../grader/cli/main.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { writeBenchClass } from '../../bench/class.ts';
import { fakeContext } from '../cli/fake-context.ts';
import { writeClass, writeCourse } from './fixture.ts';
import { finished, gradeInProcess, readTree, spawnGrader, type Run } from './run.ts';

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

  describe('grader merge refuses what is not one whole class', () => {
    const merge = async (...args: string[]): Promise<Run> => {
      const ctx = fakeContext(dir);
      const code = await runCli(['merge', ...args], ctx);
      return { code, out: ctx.out(), err: ctx.err() };
    };
    const shardFolders = (...indices: number[]): string[] => indices.map((i) => `shard-${i}`);
    const studentsIn = (...indices: number[]): number => indices.reduce((sum, i) => sum + readdirSync(join(dir, `shard-${i}`, 'results')).length, 0);

    it('records each shard as i/n with the fingerprints of its course and roster, and the whole run without a shard', () => {
      const record = (folder: string) => (JSON.parse(readTree(join(dir, folder))['class-results.json']!) as { run: unknown }).run;
      const whole = record('one') as { course: string; roster: string };
      expect(whole).toEqual({ course: expect.stringMatching(/^[0-9a-f]{64}$/), roster: expect.stringMatching(/^[0-9a-f]{64}$/) });
      for (let i = 1; i <= SHARDS; i++) expect(record(`shard-${i}`)).toEqual({ ...whole, shard: { index: i, count: SHARDS } });
    });

    it('3 of 4 shards: exit 1, naming the missing shard, and nothing written', async () => {
      const run = await merge(...shardFolders(1, 2, 3), '--out', 'three');
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toContain('error shard-missing: missing: shard 4/4, and the students graded there; give every shard folder, or pass --partial to merge without them');
      expect(run.err).toContain('grader merge: nothing was written');
      expect(existsSync(join(dir, 'three'))).toBe(false);
    });

    it('the real CLI: 2 of 4 shards exit 1, naming both missing shards', async () => {
      const run = await finished(spawnGrader(dir, ['merge', ...shardFolders(1, 3), '--out', 'two']));
      expect(run.code).toBe(1);
      expect(run.err).toContain('missing: shard 2/4, shard 4/4');
      expect(existsSync(join(dir, 'two'))).toBe(false);
    });

    it('--partial merges what is there, marked partial in the summary, the class results, the gradebook name and the exit code (3)', async () => {
      const run = await merge(...shardFolders(1, 2, 3), '--out', 'partial', '--partial', '--format', 'canvas');
      expect(run.code).toBe(3);
      const students = studentsIn(1, 2, 3);
      expect(run.out).toContain(`Merged ${students} students from 3 of 4 shards into partial: PARTIAL, without shard 4 and the students graded there.`);
      expect(run.err).toContain('warning shard-missing: missing: shard 4/4, and the students graded there; the output is marked partial');
      const tree = readTree(join(dir, 'partial'));
      expect(Object.keys(tree).filter((path) => path.startsWith('gradebook'))).toEqual(['gradebook-canvas-partial.csv']);
      expect(tree['gradebook-canvas-partial.csv']!.split('\r\n').length).toBe(2 + students + 1);
      expect(JSON.parse(tree['class-results.json']!)).toMatchObject({ partial: { shards: 4, missing: [4] }, totals: { students } });
      expect(tree['summary.html']).toContain('<h1>Class summary (partial)</h1>');
      expect(tree['summary.html']).toContain('Shard 4 of 4 was not merged: the students graded there are missing from this summary and from the gradebook.');
      // Rendered again, it stays partial.
      const ctx = fakeContext(dir);
      expect(await runCli(['report', 'partial', '--out', 'partial-again'], ctx)).toBe(0);
      expect(Object.keys(readTree(join(dir, 'partial-again'))).filter((path) => path.startsWith('gradebook'))).toEqual(['gradebook-partial.csv']);
    });

    it('--partial with every shard there is a whole merge', async () => {
      const run = await merge(...shardFolders(1, 2, 3, 4), '--out', 'all-partial', '--partial');
      expect(run.code).toBe(0);
      expect(readTree(join(dir, 'all-partial'))['gradebook.csv']).toBe(one['gradebook.csv']);
    });

    it('refuses, even with --partial, a shard of another roster or another course, the same shard twice, and a folder that is no shard', async () => {
      // Shard 2 graded again against a roster with one more student; shard 3 for one assignment only.
      writeFileSync(join(dir, 'roster-plus.csv'), `${readFileSync(join(dir, 'roster.csv'), 'utf8')}late.joiner,Late Joiner,late@students.example.edu,B,\n`);
      expect((await gradeInProcess(dir, ['submissions', '--roster', 'roster-plus.csv', '--shard', `2/${SHARDS}`, '--out', 'other-roster'])).code).toBe(0);
      expect((await grade('--shard', `3/${SHARDS}`, '--assignment', 'week-1', '--out', 'other-course')).code).toBe(0);
      cpSync(join(dir, 'shard-1'), join(dir, 'shard-1-again'), { recursive: true });
      const run = await merge('shard-1', 'other-roster', 'other-course', 'shard-4', 'shard-1-again', 'one', '--out', 'mixed', '--partial');
      expect(run.code).toBe(1);
      for (const expected of [
        'other-roster/class-results.json: error shard-roster-mismatch: other-roster was graded with another roster than shard-1',
        'other-course/class-results.json: error shard-course-mismatch: other-course was graded with another course than shard-1',
        'shard-1-again/class-results.json: error shard-index-twice: shard-1-again is shard 1/4, and so is shard-1',
        'one/class-results.json: error shard-unmarked: one does not say which shard it is',
      ]) {
        expect(run.err).toContain(expected);
      }
      expect(existsSync(join(dir, 'mixed'))).toBe(false);
    }, 180_000); // a guard against hangs: two shards are graded again here
  });
});
