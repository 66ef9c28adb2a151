// The hostile corpus: submissions that loop, allocate, flood the console, throw strange
// things, return traps, pollute built-ins or reach for the host. Each gets its exact status,
// and the student graded right after it (a canary that notices any leftover pollution) is
// still graded correctly and quickly. Every file is in tests/sandbox/hostile/.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeFunctionExercise, type StudentFile } from '../../grader/grade/function-exercise.ts';
import type { ExerciseResult, Status } from '../../grader/result/types.ts';
import { SandboxPool } from '../../grader/sandbox/index.ts';
import type { ExerciseSpec } from '../../grader/spec/types.ts';
import { en, english } from '../messages/english.ts';

// Generous time, so that on a busy machine nothing but a real loop times out; the looping
// submissions get 400 ms (reluQuick) to keep the suite fast.
const COURSE = { salt: 'hostile', limits: { time_ms: 3000 } };

function scalarExercise(id: string, reference: string, timeMs?: number): ExerciseSpec {
  return {
    id,
    title: id,
    topic: 'activations',
    points: 4,
    prompt: `Write \`${id}\`.`,
    answer: {
      kind: 'function',
      name: id,
      signature: '(x: number) => number',
      args: [{ name: 'x', kind: 'number' }],
      reference,
      returns: 'number',
      tolerance: { abs: 1e-9 },
      cases: { visible: [{ x: 2 }, { x: -1.5 }, { x: 0 }], hidden: [{ x: 7 }] },
      ...(timeMs === undefined ? {} : { limits: { time_ms: timeMs } }),
    },
  };
}

const EXERCISES = {
  relu: scalarExercise('relu', 'relu(x)'),
  sigmoid: scalarExercise('sigmoid', 'sigmoid(x)'),
  reluQuick: scalarExercise('relu', 'relu(x)', 400),
};

/** Right answers, unless anything a previous student did is still visible. */
const CANARY = `export function relu(x) {
  const polluted = 'leak' in globalThis || 'polluted' in {} || 'type' in {} || Math.exp(0) !== 1 ||
    [1].map((v) => v + 1)[0] !== 2 || !Array.isArray([]) || JSON.stringify([1]) !== '[1]' || ''.slice.call('ab', 1) !== 'b';
  return polluted ? NaN : Math.max(0, x);
}`;

type Entry = [file: string, exercise: keyof typeof EXERCISES, status: Status, message?: RegExp];

/** The expected status of each submission, and a sentence its feedback or cases must contain. */
const CORPUS: Entry[] = [
  ['infinite-loop.js', 'reluQuick', 'timeout', /ran out of time: 400 ms is the limit/],
  ['loop-catching-interrupt.js', 'reluQuick', 'timeout'],
  ['load-time-loop.js', 'reluQuick', 'timeout', /top-level code of solution\.js did not finish within 400 ms/],
  ['promise-chain-loop.js', 'reluQuick', 'timeout'],
  ['endless-microtasks.js', 'reluQuick', 'timeout'],
  ['async-loop.js', 'reluQuick', 'timeout', /ran out of time: 400 ms is the limit/],
  ['promise-executor-loop.js', 'reluQuick', 'timeout', /ran out of time: 400 ms is the limit/],
  ['load-time-async-loop.js', 'reluQuick', 'timeout', /top-level code of solution\.js did not finish within 400 ms/],
  ['memory-bomb.js', 'relu', 'memory', /relu used more than 32 MB of memory/],
  ['endless-push.js', 'relu', 'memory'],
  ['console-flood.js', 'relu', 'correct'],
  ['huge-return-string.js', 'relu', 'memory'],
  ['deep-recursion.js', 'relu', 'error', /line 2: stack overflow: too many nested calls/],
  ['throw-null.js', 'relu', 'error', /line 2: threw null/],
  ['throw-proxy.js', 'relu', 'error', /line 3: threw an object without a readable message/],
  ['throw-looping-getter.js', 'relu', 'error', /line 3: threw a value that could not be read \(reading it took longer than 50 ms\)/],
  ['return-proxy.js', 'relu', 'error', /the returned value could not be read: you cannot read me/],
  ['return-throwing-getter.js', 'relu', 'error', /the returned value could not be read: getter says no/],
  ['return-looping-valueof.js', 'relu', 'incorrect', /returned an object instead of a number/],
  ['prototype-pollution.js', 'relu', 'correct'],
  ['reach-process.js', 'relu', 'error', /line 2: ReferenceError: 'process' is not defined/],
  ['reach-require.js', 'relu', 'error', /solution\.js failed while loading, at line 1: Error: imports are not available in the sandbox/],
  ['reach-global-constructor.js', 'relu', 'error', /ReferenceError: 'process' is not defined/],
  ['dynamic-import.js', 'relu', 'error', /relu must be synchronous and return the value itself: it returned a Promise, which is never waited for\. Remove async \(solution\.js, line 1, column 8\)/],
  ['function-this.js', 'relu', 'correct'],
  ['shared-array-buffer.js', 'relu', 'error', /line 3: ReferenceError: 'Atomics' is not defined/],
  ['huge-array-like-indexof.js', 'reluQuick', 'timeout'],
  ['redos.js', 'reluQuick', 'timeout'],
  ['override-math-exp.js', 'sigmoid', 'partial'],
  ['syntax-error.js', 'relu', 'invalid', /Syntax error at line 2, column 23 of solution\.js: Expected "\)" but found ";"/],
  ['empty.js', 'relu', 'missing', /solution\.js has no function relu yet/],
  ['deep-nesting.js', 'relu', 'invalid', /Syntax error at line 2, column 1,?028 of solution\.js: brackets nested more than 1000 deep/],
  ['non-utf8.js', 'relu', 'invalid', /solution\.js is not UTF-8 text \(the byte 0xe9 at offset 49\)/],
  ['timers.js', 'relu', 'error', /line 2: ReferenceError: 'setTimeout' is not defined/],
  ['read-the-clock.js', 'relu', 'error', /line 2: ReferenceError: 'Date' is not defined/],
  ['peek-at-answers.js', 'relu', 'incorrect', /returned -12345|not within the tolerance of the expected value/],
];

const file = (name: string): StudentFile => ({
  filename: `solution.${name.split('.').pop()}`,
  content: new Uint8Array(readFileSync(new URL(`./hostile/${name}`, import.meta.url))),
});

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ size: 2, graceMs: 400 });
});
afterAll(() => pool.close());

const grade = (exercise: ExerciseSpec, student: StudentFile, studentId = 'student') =>
  gradeFunctionExercise(exercise, student, { course: COURSE, studentId, pool }).then((g) => g.result);

/** What the student reads: the feedback and each case's message, in English. */
const sentences = (result: ExerciseResult): string => [...english(result.feedback), ...(result.cases ?? []).map((c) => en(c.message))].join('\n');

async function canaryIsFine(): Promise<void> {
  const result = await grade(EXERCISES.relu, { filename: 'solution.js', content: CANARY }, 'canary');
  expect(result.status).toBe('correct');
}

describe('the hostile corpus', () => {
  it('has a file for every entry and an entry for every file', () => {
    const files = new Set(readdirNames());
    expect(new Set(CORPUS.map(([name]) => name))).toEqual(files);
    expect(files.size).toBeGreaterThanOrEqual(25);
  });

  it.each(CORPUS)('%s is %s (%s), and the next student is graded correctly', async (name, exercise, status, message) => {
    const result = await grade(EXERCISES[exercise], file(name));
    expect(result.status).toBe(status);
    if (message) expect(sentences(result)).toMatch(message);
    // Every file here that runs out of time loops in its first call, which has the job's whole
    // time: no case passes, even where a Promise caught the interrupt and the function returned.
    if (status === 'timeout') expect({ passed: (result.cases ?? []).filter((c) => c.status === 'pass').length, score: result.score }).toEqual({ passed: 0, score: 0 });
    await canaryIsFine();
  });

  it('keeps 64 KB of a 100 MB console flood, marked as cut', async () => {
    const result = await grade(EXERCISES.relu, file('console-flood.js'));
    expect(result.console?.length).toBeLessThanOrEqual(64 * 1024);
    expect(result.console?.length).toBeGreaterThan(60 * 1024);
    expect(result.consoleCutKb).toBe(64);
    expect(result.feedback).toContainEqual({ code: 'output-cut', params: { kb: 64 } });
    expect(english(result.feedback)).toContain('Your code printed more than 64 KB: the rest of its output is not shown (printing never changes the grade).');
  });

  it('refuses a 10 MB file without parsing it', async () => {
    const content = new TextEncoder().encode(`export const relu = (x) => Math.max(0, x);\n//${'x'.repeat(10 * 1024 * 1024)}\n`);
    const result = await grade(EXERCISES.relu, { filename: 'solution.js', content });
    expect(result).toMatchObject({
      status: 'invalid',
      feedback: [{ code: 'code-too-large', params: { file: 'solution.js', size: { code: 'size.mb', params: { mb: 10 } }, limit: { code: 'size.kb', params: { kb: 512 } } } }],
    });
    expect(english(result.feedback)).toEqual(['solution.js is 10 MB, more than the 512 KB a solution may have.']);
    await canaryIsFine();
  });

  it('grades the whole corpus as one concurrent batch with the same statuses', async () => {
    const batch = CORPUS.flatMap(([name, exercise, status]) => [
      grade(EXERCISES[exercise], file(name), name).then((r) => [name, r.status, status]),
      grade(EXERCISES.relu, { filename: 'solution.js', content: CANARY }, `canary-${name}`).then((r) => ['canary', r.status, 'correct']),
    ]);
    for (const [name, got, want] of await Promise.all(batch)) expect({ name, status: got }).toEqual({ name, status: want });
  });

  it('replaced the workers it had to kill and stays usable', async () => {
    const stats = pool.stats();
    expect(stats.killed).toBeGreaterThanOrEqual(2);
    expect(stats.replaced).toBeGreaterThanOrEqual(stats.killed);
    await canaryIsFine();
  });
});

function readdirNames(): string[] {
  return readdirSync(new URL('./hostile/', import.meta.url));
}
