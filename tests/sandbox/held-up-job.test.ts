// A job held up by a loaded machine, simulated: the job's wall clock jumps ahead (as if the
// thread had waited for a core) while its CPU clock does not. Run in this thread, with the
// worker's own runJob, so that the clocks can be what the test says.
import { afterAll, describe, expect, it } from 'vitest';
import type { ClockReadings } from '../../grader/sandbox/job-clock.ts';
import { ThreadCpu } from '../../grader/sandbox/thread-cpu.ts';
import { countingClock, runInThread } from './in-thread-job.ts';

const LIMIT_MS = 100;
const SUM = 'export const f = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };';
const LOOP = 'export const f = () => { for (;;) {} };';

/** Runs one job with these clocks; answers the call outcomes. */
async function run(source: string, clock: ClockReadings, args: number[] = [1000]) {
  return (await runInThread(source, clock, { name: 'f', calls: [args], limitMs: LIMIT_MS })).calls;
}

/** This thread's own CPU time (the job runs here), else the wall clock where it cannot be read. */
const thisThread = ThreadCpu.open('/proc/thread-self/stat');
afterAll(() => thisThread.close());
const cpuOrWall = (): number => thisThread.read() ?? performance.now();

/**
 * A wall clock that runs `heldUpMs` ahead from the job's start on, and a CPU clock that does
 * not: `cpuShare` of this thread's real CPU time, so that the machine's own load changes nothing.
 */
function heldUp(heldUpMs: number, cpuShare = 1): ClockReadings {
  const origin = cpuOrWall();
  let reads = 0;
  return {
    // The first reading is the job's start; every later one comes after the hold-up.
    now: () => performance.now() + (reads++ === 0 ? 0 : heldUpMs),
    threadCpuMs: () => (cpuOrWall() - origin) * cpuShare,
    cpuStepMs: thisThread.stepMs * cpuShare,
  };
}

/** Runs the endless loop; answers its outcome and the last CPU time its clock read. */
async function runLooping(clock: ClockReadings) {
  let cpuAtEnd = 0;
  const calls = await run(LOOP, { ...clock, threadCpuMs: () => (cpuAtEnd = clock.threadCpuMs()!) });
  return { calls, cpuAtEnd };
}

describe('a job held up past its limit by the machine, not by its code', () => {
  it('is not a timeout when its CPU time can be read', async () => {
    expect(await run(SUM, heldUp(3 * LIMIT_MS))).toEqual([{ kind: 'returned', value: { type: 'number', value: 499500 } }]);
  });

  it('is a timeout on the wall clock alone (where the pool runs it again)', async () => {
    const wallOnly = heldUp(3 * LIMIT_MS);
    expect(await run(SUM, { now: wallOnly.now, threadCpuMs: () => undefined })).toEqual([{ kind: 'timeout' }]);
  });

  it('still stops an endless loop once it has had its limit in CPU time', async () => {
    const { calls, cpuAtEnd } = await runLooping(heldUp(3 * LIMIT_MS));
    expect(calls).toEqual([{ kind: 'timeout' }]);
    // It ran for its limit (to the CPU clock's step), and stopped then.
    expect(cpuAtEnd).toBeGreaterThanOrEqual(LIMIT_MS - thisThread.stepMs);
    expect(cpuAtEnd).toBeLessThan(2 * LIMIT_MS);
  });

  it('is not a timeout however long it was held up', async () => {
    expect(await run(SUM, heldUp(100 * LIMIT_MS))).toEqual([{ kind: 'returned', value: { type: 'number', value: 499500 } }]);
  });

  it('stops an endless loop that gets a tenth of a core once it has had its limit in CPU time', async () => {
    const { calls, cpuAtEnd } = await runLooping(heldUp(0, 0.1));
    expect(calls).toEqual([{ kind: 'timeout' }]);
    expect(cpuAtEnd).toBeGreaterThanOrEqual(LIMIT_MS - thisThread.stepMs);
  });

  it.each([
    [0.95, 'returned'],
    [1.05, 'timeout'],
  ])('that needs %f of its limit in CPU time gets the same answer quiet and held up: %s', async (share, kind) => {
    const sum = (clock: ClockReadings, limitMs: number) => runInThread(SUM, clock, { name: 'f', calls: [[1e6]], limitMs });
    // What the job needs, counted on clocks that count its work (in-thread-job.ts).
    const measure = countingClock(1);
    await sum(measure, 1e9);
    const limitMs = Math.round(measure.ticks() / share);
    const quiet = await sum(countingClock(1), limitMs);
    expect(quiet.calls.map((call) => call.kind)).toEqual([kind]);
    for (const wallStep of [2, 4, 10]) expect({ wallStep, ...(await sum(countingClock(wallStep), limitMs)) }).toEqual({ wallStep, ...quiet });
  });

  // Last: it leaves this thread's QuickJS memory full.
  it('is out of memory, not out of time, when a memory bomb is held up far past its limit', async () => {
    const bomb = 'export const f = () => { const kept = []; for (;;) kept.push(new Array(1e5).fill(1)); };';
    expect(await run(bomb, heldUp(10 * LIMIT_MS))).toEqual([{ kind: 'memory' }]);
  });
});
