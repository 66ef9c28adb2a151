// A job's status is decided by its own CPU time and memory, never by how busy the machine is:
// `grader grade` on a class whose students hand in the hostile corpus (tests/sandbox/hostile/)
// writes the same bytes on a quiet machine and next to two busy threads per core. Nothing here
// is timed: the hogs only take the cores away.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { REPO } from './fixture.ts';
import { gradeInProcess, readTree } from './run.ts';

const HOSTILE = join(REPO, 'tests/sandbox/hostile');
const dir = mkdtempSync(join(tmpdir(), 'grader-hostile-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const studentOf = (file: string): string => file.replace(/\.js$/, '');

function writeCourse(): void {
  for (const [topic, id] of [['activations', 'relu-function'], ['sigmoid', 'sigmoid-function']] as const) {
    mkdirSync(join(dir, 'exercises', topic), { recursive: true });
    copyFileSync(join(REPO, 'exercises', topic, `${id}.yaml`), join(dir, 'exercises', topic, `${id}.yaml`));
  }
  const course = [
    'name: Hostile corpus',
    'salt: hostile-under-load',
    'tolerance: { sigfigs: 3 }',
    // An endless loop costs its limit: 600 ms keeps the run short, and is still about twice
    // what the slowest memory bomb needs to fill its memory.
    'limits: { time_ms: 600 }',
    'assignments:',
    '  - { id: code, title: Code, due: 2026-10-12T23:59:00+03:30, exercises: [relu-function, sigmoid-function] }',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'exercises', 'course.yaml'), course);
}

function writeClass(): void {
  for (const file of readdirSync(HOSTILE)) {
    const folder = join(dir, 'submissions', studentOf(file));
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(HOSTILE, file), join(folder, 'solution.js'));
  }
}

/** Threads that spin until terminated. */
function startHogs(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker('for (;;) {}', { eval: true }));
}

async function grade(out: string): Promise<Record<string, string>> {
  const run = await gradeInProcess(dir, ['submissions', '--out', out]);
  expect(run.code).toBe(0);
  return readTree(join(dir, out));
}

let quiet: Record<string, string>;
let loaded: Record<string, string>;
beforeAll(async () => {
  writeCourse();
  writeClass();
  quiet = await grade('quiet');
  const hogs = startHogs(2 * availableParallelism());
  try {
    loaded = await grade('loaded');
  } finally {
    await Promise.all(hogs.map((hog) => hog.terminate()));
  }
}, 600_000);

const exercises = (tree: Record<string, string>, student: string) => (JSON.parse(tree[`results/${student}.json`]!) as StudentResult).exercises;
const status = (tree: Record<string, string>, student: string): string[] => exercises(tree, student).map((e) => e.status);

describe('the hostile corpus graded next to CPU hogs', () => {
  it('gets the statuses it gets on a quiet machine', () => {
    expect(status(quiet, 'memory-bomb')[0]).toBe('memory');
    expect(status(quiet, 'endless-push')[0]).toBe('memory');
    expect(status(quiet, 'infinite-loop')[0]).toBe('timeout');
    expect(status(quiet, 'huge-array-like-indexof')[0]).toBe('timeout');
    expect(status(quiet, 'console-flood')[0]).toBe('correct');
    // A file of the corpus that runs out of time loops in its first call, which has the job's whole
    // time: it scores nothing, even where a Promise caught the interrupt and the function returned.
    for (const file of readdirSync(HOSTILE)) {
      for (const e of exercises(quiet, studentOf(file)).filter((e) => e.status === 'timeout')) expect({ file, score: e.score }).toEqual({ file, score: 0 });
    }
    for (const file of readdirSync(HOSTILE)) expect({ file, status: status(loaded, studentOf(file)) }).toEqual({ file, status: status(quiet, studentOf(file)) });
  });

  it('writes byte-identical results, reports and gradebook', () => {
    expect(Object.keys(loaded)).toEqual(Object.keys(quiet));
    for (const [path, text] of Object.entries(quiet)) expect({ path, text: loaded[path] }).toEqual({ path, text });
  });
});

// Keep the corpus honest: every file in it is graded here.
it('grades every file of the corpus', () => {
  expect(readdirSync(join(dir, 'submissions')).length).toBe(readdirSync(HOSTILE).length);
  expect(readFileSync(join(dir, 'submissions', 'memory-bomb', 'solution.js'), 'utf8')).toContain('for (;;)');
});
