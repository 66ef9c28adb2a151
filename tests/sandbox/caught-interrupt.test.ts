// QuickJS's promise machinery catches even the interrupt that ends a job's time: a promise
// callback, an async function's body or a Promise executor that is interrupted rejects its
// promise, and the code around it goes on (a call returns its value, a queue of callbacks that
// re-queued itself forever empties). Which step of the student's code the interrupt lands in
// depends on when the time runs out, so on how busy the machine is: `endless-microtasks` once
// passed a case next to CPU hogs. Here the clocks are counters (countingClock), so that the time
// runs out at a reading the test picks; every moment in a range of them
// (more than one turn of every loop here) is tried, on a quiet and on a loaded machine, and the
// answer is the same at every one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countingClock, runInThread, type InThreadRun } from './in-thread-job.ts';

const hostile = (name: string): string => readFileSync(new URL(`./hostile/${name}`, import.meta.url), 'utf8');

/** Ticks of the clocks in which the time may run out: several turns of the endless-microtasks batch (about 17 readings). */
const LIMITS = Array.from({ length: 50 }, (_, i) => 10 + i);

const MACHINES = [
  ['a quiet machine', 1],
  ['a loaded machine', 4],
] as const;

const CALLS = [[3], [-2], [0.25]];
const ALL_TIMEOUT: InThreadRun = { calls: CALLS.map(() => ({ kind: 'timeout' })) };

/** Each distinct answer, with the limits that gave it. */
async function answersOver(source: string, wallStep: number, limits: readonly number[] = LIMITS): Promise<Map<string, number[]>> {
  const answers = new Map<string, number[]>();
  for (const limitMs of limits) {
    const run = await runInThread(source, countingClock(wallStep), { name: 'relu', calls: CALLS, limitMs });
    const key = JSON.stringify(run);
    answers.set(key, [...(answers.get(key) ?? []), limitMs]);
  }
  return answers;
}

describe('a job whose code catches the interrupt in a promise is out of time wherever the interrupt lands', () => {
  describe.each(MACHINES)('on %s', (_machine, wallStep) => {
    it.each([
      ['endless-microtasks.js', 'a callback that queues another, forever'],
      ['promise-chain-loop.js', 'a promise callback that loops'],
      ['async-loop.js', 'an async function that loops, not awaited'],
      ['promise-executor-loop.js', 'a Promise executor that loops'],
    ])('%s (%s): every call is a timeout', async (file) => {
      expect(await answersOver(hostile(file), wallStep)).toEqual(new Map([[JSON.stringify(ALL_TIMEOUT), LIMITS]]));
    });

    it('load-time-async-loop.js (an async loop in the top-level code): the load is a timeout', async () => {
      expect(await answersOver(hostile('load-time-async-loop.js'), wallStep)).toEqual(new Map([[JSON.stringify({ load: { kind: 'timeout' }, calls: [] }), LIMITS]]));
    });
  });

  it('reading a returned value whose trap starts an async loop stops at the read’s own time, not the job’s', async () => {
    // The length trap runs while the array is read: its loop has the read's 50 ms, not the job's time.
    const trap = `export function relu(x) {
      return new Proxy([Math.max(0, x)], { get: (target, key) => { if (key === 'length') (async () => { for (;;) {} })(); return target[key]; } });
    }`;
    const unreadable = { kind: 'returned', value: { type: 'unreadable', reason: 'reading it took longer than 50 ms' } };
    const limits = [100_000];
    for (const [, wallStep] of MACHINES) {
      expect(await answersOver(trap, wallStep, limits)).toEqual(new Map([[JSON.stringify({ calls: CALLS.map(() => unreadable) }), limits]]));
    }
  });
});
