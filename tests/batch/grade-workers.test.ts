// A grade worker thread that stops halfway (its heap is capped, so a student it cannot hold
// ends it) loses nothing: the students it had in hand, and those no worker is left to take,
// are graded in the main thread, the files are the bytes of a main-thread run, and the run
// warns which students were moved.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classTargets, gradeTargets } from '../../grader/batch/class-run.ts';
import { discoverStudents } from '../../grader/batch/discover.ts';
import { courseFingerprint } from '../../grader/batch/fingerprint.ts';
import { openSandbox } from '../../grader/batch/sandbox-session.ts';
import type { ClassRun, StudentOutcome } from '../../grader/batch/student-run.ts';
import type { Problem } from '../../grader/problem.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { loadTemplates } from '../../grader/report/index.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { readTree } from '../e2e/run.ts';
import { REPO, writeClass, writeCourse } from '../e2e/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STOPPING_WORKER = join(import.meta.dirname, '../fixtures/grade-worker-that-stops.mjs');

let courseFile: string;

async function gradeClass(out: string, workers?: { workers: number; workerPath?: string; warn?: (p: Problem) => void }): Promise<StudentOutcome[]> {
  const loaded = await loadCourse(courseFile);
  const templates = await loadTemplates(undefined, loadCatalogue('en').catalogue!);
  const discovered = await discoverStudents(join(dir, 'submissions'));
  const targets = classTargets(discovered.students, [], undefined);
  const sandbox = openSandbox();
  try {
    const run: ClassRun = {
      course: loaded.course!,
      courseFile,
      exercises: loaded.exercises,
      ungradable: [],
      templates: templates.templates,
      out: join(dir, out),
      roster: new Map(),
      courseKey: courseFingerprint(loaded.sources, dirname(courseFile), templates.files, ''),
      force: false,
      gradeFunction: sandbox.gradeFunction,
    };
    return await gradeTargets(run, targets, {
      concurrency: 3,
      ...(workers ? { workers: { ...workers, sandboxSize: 1, templateSources: templates.sources } } : {}),
    });
  } finally {
    await sandbox.close();
  }
}

beforeAll(() => {
  courseFile = writeCourse(dir);
  writeClass(dir);
  // The student whose turn stops the worker, and more after it for the worker to have taken.
  cpSync(join(REPO, 'examples/class/sara.ahmadi'), join(dir, 'submissions/stop.here'), { recursive: true });
  for (const id of ['t.one', 't.two', 't.three', 't.four', 't.five']) cpSync(join(REPO, 'examples/class/neda.moradi'), join(dir, 'submissions', id), { recursive: true });
});

describe('a grade worker that stops', () => {
  let alone: Record<string, string>;
  beforeAll(async () => {
    await gradeClass('alone');
    alone = readTree(join(dir, 'alone'));
  });

  it('leaves no student ungraded, and the files are those of the main thread alone', async () => {
    const warnings: Problem[] = [];
    const outcomes = await gradeClass('stopped', { workers: 1, workerPath: STOPPING_WORKER, warn: (p) => warnings.push(p) });
    expect(outcomes.map((o) => o.id)).toContain('stop.here');
    expect(outcomes.every((o) => o !== undefined && o.problems.length === 0)).toBe(true);
    expect(Object.keys(alone).filter((path) => path.startsWith('results/'))).toHaveLength(outcomes.length);
    expect(readTree(join(dir, 'stopped'))).toEqual(alone);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'grade-worker-stopped', severity: 'warning', file: join(dir, 'submissions') });
    expect(warnings[0]!.message).toMatch(/^a grade worker thread stopped \(it exited with code 7\); the students it was grading were graded in the main thread: .*stop\.here/);
  });

  it('with another worker still running, lets it take the rest', async () => {
    const warnings: Problem[] = [];
    await gradeClass('two', { workers: 2, workerPath: STOPPING_WORKER, warn: (p) => warnings.push(p) });
    expect(readTree(join(dir, 'two'))).toEqual(alone);
    // Both are the stopping kind, but only the one handed stop.here stops.
    expect(warnings).toHaveLength(1);
  });
});
