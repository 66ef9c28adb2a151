// When the pool runs a job a second time: after a wall-clock timeout where the thread's CPU
// time cannot be counted, and after a watchdog kill that lost steps the worker had done.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SandboxPool, type SandboxJob } from '../../grader/sandbox/index.ts';

const job = (source: string, calls: number[], timeMs: number): SandboxJob => ({
  source,
  filename: 'solution.js',
  calls: calls.map((x) => ({ exportName: 'f', args: [x] })),
  limits: { ...DEFAULT_LIMITS, timeMs },
});

const LOOP_IF_POSITIVE = 'export const f = (x) => { if (x > 0) for (;;) {} return x; };';
const STUCK_IF_POSITIVE = 'export const f = (x) => x < 0 ? x : Array.prototype.indexOf.call({ length: 2 ** 32 - 1 }, 1);';

describe('a second run', () => {
  it('confirms a wall-clock timeout (no CPU clock) in a second run, and counts both runs as the job\'s cost', async () => {
    const pool = new SandboxPool({ size: 2, graceMs: 300, cpuTime: false });
    try {
      const [looping, fine] = await Promise.all([pool.run(job(LOOP_IF_POSITIVE, [-1, 1], 200)), pool.run(job(LOOP_IF_POSITIVE, [-2], 200))]);
      expect(looping).toMatchObject({ kind: 'ran', calls: [{ kind: 'returned', value: { type: 'number', value: -1 } }, { kind: 'timeout' }] });
      expect(fine).toMatchObject({ kind: 'ran', calls: [{ kind: 'returned', value: { type: 'number', value: -2 } }] });
      // Only the job that timed out ran again.
      expect(pool.secondRuns()).toBe(1);
      // Each run timed out on the wall clock, so each cost its limit at least: the job's cost is both.
      expect(looping.timing.cpuMs).toBeGreaterThanOrEqual(2 * 200 - 10);
    } finally {
      await pool.close();
    }
  });

  it('keeps the pool to itself while it runs: a job that arrives meanwhile waits for it', async () => {
    const pool = new SandboxPool({ size: 2, graceMs: 300, cpuTime: false });
    try {
      const order: string[] = [];
      const looping = pool.run(job(LOOP_IF_POSITIVE, [1], 200)).then(() => order.push('second run'));
      while (pool.secondRuns() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const later = pool.run(job(LOOP_IF_POSITIVE, [-1], 200)).then(() => order.push('later job'));
      await Promise.all([looping, later]);
      expect(order).toEqual(['second run', 'later job']);
      expect(pool.secondRuns()).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('is not needed for a timeout counted in CPU time', async () => {
    const pool = new SandboxPool({ size: 1, graceMs: 300 });
    try {
      expect(await pool.run(job(LOOP_IF_POSITIVE, [1], 200))).toMatchObject({ kind: 'ran', calls: [{ kind: 'timeout' }] });
      expect(pool.secondRuns()).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('recovers the steps a killed worker had done but not reported, reporting each step', async () => {
    const pool = new SandboxPool({ size: 1, graceMs: 300 });
    try {
      const outcome = await pool.run(job(STUCK_IF_POSITIVE, [-1, -2, 1, -3], 200));
      expect(outcome).toMatchObject({
        kind: 'ran',
        calls: [{ kind: 'returned', value: { type: 'number', value: -1 } }, { kind: 'returned', value: { type: 'number', value: -2 } }, { kind: 'timeout' }, { kind: 'timeout' }],
      });
      expect(pool.secondRuns()).toBe(1);
      expect(pool.stats().killed).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('is not needed when the killed worker had reported every step it did', async () => {
    const pool = new SandboxPool({ size: 1, graceMs: 300 });
    try {
      expect(await pool.run(job(STUCK_IF_POSITIVE, [1], 200))).toMatchObject({ kind: 'ran', calls: [{ kind: 'timeout' }] });
      expect(pool.secondRuns()).toBe(0);
      expect(pool.stats().killed).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
