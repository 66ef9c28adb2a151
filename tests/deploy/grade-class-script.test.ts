// deploy/kubernetes/grade-class.sh, the whole run on a cluster, against a stand-in for kubectl
// that runs the Jobs' containers here (fake-kubectl.mjs): the class copied into the volume
// where the Jobs read it, the shards graded and merged into what one run gives, next week's
// run graded anew, a failed Job or one that never ends stopping the wait, and bad usage or a
// broken course stopping before the cluster is touched.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, writeClass, writeCourse } from '../e2e/fixture.ts';
import { finished, readTree, spawnGrader, type Run } from '../e2e/run.ts';

const SCRIPT = join(REPO, 'deploy/kubernetes/grade-class.sh');
const FAKE = join(import.meta.dirname, 'fake-kubectl.mjs');

const dir = mkdtempSync(join(tmpdir(), 'grader-kube-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let course: string;
beforeAll(() => {
  course = writeCourse(dir);
  writeClass(dir);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'kubectl'), `#!/bin/sh\nexec "${process.execPath}" "${FAKE}" "$@"\n`, { mode: 0o755 });
});

/** A cluster of its own (an empty state folder) unless one is given. */
function cluster(name: string): string {
  const state = join(dir, name);
  mkdirSync(state, { recursive: true });
  return state;
}

function gradeClass(state: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn('bash', [SCRIPT, ...args], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${join(dir, 'bin')}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      FAKE_KUBE_STATE: state,
      GRADER_KUBE_POLL_SECONDS: '0.05',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return finished(child);
}

/** Every kubectl call the script made, without the namespace option, and whether it had it. */
const calls = (state: string): string[][] =>
  existsSync(join(state, 'calls.jsonl'))
    ? readFileSync(join(state, 'calls.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
        .map((call) => (call[0] === '--namespace' ? [...call.slice(2), `(namespace ${call[1]})`] : call))
    : [];
const applied = (state: string, file: string): number => calls(state).filter((c) => c[0] === 'apply' && c.some((a) => a.endsWith(file))).length;
const classArgs = (out: string, roster = 'roster.csv'): string[] => ['--course', 'exercises/course.yaml', '--submissions', 'submissions', '--roster', roster, '--out', out];

describe('a class graded on the cluster', () => {
  const state = join(dir, 'cluster');
  let run: Run;
  beforeAll(async () => {
    cluster('cluster');
    run = await gradeClass(state, [...classArgs('graded'), '--namespace', 'grading']);
  });

  it('copies the course, the class and the roster where the Jobs read them', () => {
    expect(run.err).not.toMatch(/fake kubectl/);
    expect(run.code).toBe(0);
    const volume = join(state, 'volume');
    expect(readFileSync(join(volume, 'course/course.yaml'), 'utf8')).toBe(readFileSync(course, 'utf8'));
    expect(readFileSync(join(volume, 'roster.csv'), 'utf8')).toBe(readFileSync(join(dir, 'roster.csv'), 'utf8'));
    expect(readFileSync(join(volume, 'submissions/sara.ahmadi/answers.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'submissions/sara.ahmadi/answers.yaml'), 'utf8'));
    expect(calls(state).every((c) => c.at(-1) === '(namespace grading)')).toBe(true);
  });

  it('brings back the output of one run of the class on this machine, byte for byte', async () => {
    const one = await finished(spawnGrader(dir, ['grade', 'submissions', '--course', course, '--roster', 'roster.csv', '--out', 'one']));
    expect(one.code).toBe(0);
    expect(run.out).toContain(`Done: graded/summary.html`);
    expect(readTree(join(dir, 'graded'))).toEqual(readTree(join(dir, 'one')));
  });

  it('deletes the loader pod when it is done', () => {
    expect(calls(state).at(-1)).toEqual(['delete', 'pod', 'grader-class-loader', '--ignore-not-found', '--wait=false', '(namespace grading)']);
  });

  it("grades next week's class anew: last week's Jobs are deleted before they are applied again", async () => {
    const answers = join(dir, 'submissions/neda.moradi/answers.yaml');
    const before = readFileSync(answers, 'utf8');
    writeFileSync(answers, 'die-face: 0.5\n');
    try {
      const again = await gradeClass(state, [...classArgs('graded-again'), '--namespace', 'grading']);
      expect(again.code).toBe(0);
      expect(applied(state, 'grade-job.yaml')).toBe(2);
      expect(applied(state, 'merge-job.yaml')).toBe(2);
      const result = (out: string) => JSON.parse(readFileSync(join(dir, out, 'results/neda.moradi.json'), 'utf8')) as { exercises: { id: string; answer?: unknown }[] };
      expect(result('graded-again')).not.toEqual(result('graded'));
      expect(readFileSync(join(dir, 'graded-again/results/sara.ahmadi.json'), 'utf8')).toBe(readFileSync(join(dir, 'graded/results/sara.ahmadi.json'), 'utf8'));
    } finally {
      writeFileSync(answers, before);
    }
  });
});

describe('a Job that does not complete', () => {
  it('fails the run as soon as the Job has failed, with its pods’ last lines, and merges nothing', async () => {
    writeFileSync(join(dir, 'no-ids.csv'), 'name,email\nSara,sara@students.example.edu\n');
    const state = cluster('failing');
    // Two looks see the Job running before it has failed; the timeout is far off.
    const run = await gradeClass(state, [...classArgs('not-graded', 'no-ids.csv'), '--timeout', '2h'], { FAKE_KUBE_PENDING_LOOKS: '2' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('job/grade-class failed');
    expect(run.err).toMatch(/\[pod\/grade-class-0\].*roster/s);
    expect(run.err).toContain('grading failed; nothing was merged');
    expect(applied(state, 'merge-job.yaml')).toBe(0);
    expect(existsSync(join(dir, 'not-graded'))).toBe(false);
    expect(calls(state).at(-1)?.slice(0, 3)).toEqual(['delete', 'pod', 'grader-class-loader']);
  });

  it('stops waiting for a Job whose pods never start at --timeout, and says the Job goes on', async () => {
    const state = cluster('stuck');
    const run = await gradeClass(state, [...classArgs('stuck-out'), '--timeout', '1s'], { FAKE_KUBE_NO_NODES: '1' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('job/grade-class did not finish within 1s');
    expect(applied(state, 'merge-job.yaml')).toBe(0);
  });
});

describe('before the cluster is touched', () => {
  it.each([
    ['no roster', ['--course', 'exercises/course.yaml', '--submissions', 'submissions', '--out', 'x'], 2, /--roster and --out are all needed/],
    ['a course file of another name', ['--course', 'roster.csv', '--submissions', 'submissions', '--roster', 'roster.csv', '--out', 'x'], 2, /must be named course\.yaml/],
    ['a submissions folder that does not exist', ['--course', 'exercises/course.yaml', '--submissions', 'nowhere', '--roster', 'roster.csv', '--out', 'x'], 2, /nowhere: no such folder/],
    ['an output folder that is not empty', classArgs('submissions'), 2, /must be a new or empty folder/],
    ['a timeout that is not a duration', [...classArgs('x'), '--timeout', '2 hours'], 2, /a duration like/],
    ['an unknown option', [...classArgs('x'), '--shards', '8'], 2, /unknown option --shards/],
  ])('%s is bad usage (exit 2)', async (_name, args, code, message) => {
    const state = cluster('untouched');
    const run = await gradeClass(state, args);
    expect(run.err).toMatch(message);
    expect(run.code).toBe(code);
    expect(calls(state)).toEqual([]);
  });

  it('stops on a course with errors (exit 1), naming the file', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'course.yaml'), readFileSync(course, 'utf8').replace('assignments:', 'assignments:\n  - id: week-0\n    exercises: [no-such-exercise]'));
    const state = cluster('untouched-course');
    const run = await gradeClass(state, ['--course', 'broken/course.yaml', '--submissions', 'submissions', '--roster', 'roster.csv', '--out', 'x']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/broken\/course\.yaml:\d+:\d+: error/);
    expect(run.err).toContain('nothing was sent to the cluster');
    expect(calls(state)).toEqual([]);
  });
});
