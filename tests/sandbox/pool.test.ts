import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SandboxPool, type SandboxJob } from '../../grader/sandbox/index.ts';

const job = (source: string, limits: Partial<SandboxJob['limits']> = {}): SandboxJob => ({
  source,
  filename: 'solution.js',
  calls: [{ exportName: 'f', args: [3] }],
  limits: { ...DEFAULT_LIMITS, timeMs: 3000, ...limits },
});

const GOOD = 'export const f = (x) => x * 2;';
const BOMB = 'const kept = []; export const f = () => { for (;;) kept.push(new Array(1e4).fill(1.5)); };';
const STUCK = 'export const f = () => Array.prototype.indexOf.call({ length: 2 ** 32 - 1 }, 1);';

const returnedSix = { kind: 'ran', calls: [{ kind: 'returned', value: { type: 'number', value: 6 } }] };

describe('SandboxPool', () => {
  it('queues more jobs than workers and answers each in its own right', async () => {
    const pool = new SandboxPool({ size: 1 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(job(`export const f = (x) => x * ${i};`))));
      expect(outcomes.map((o) => o.kind === 'ran' && o.calls[0])).toEqual(
        Array.from({ length: 6 }, (_, i) => ({ kind: 'returned', value: { type: 'number', value: 3 * i } })),
      );
      expect(pool.stats().started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('terminates a stuck worker, starts another, and the next job runs normally', async () => {
    const pool = new SandboxPool({ size: 1, graceMs: 1000 });
    try {
      expect(await pool.run(job(STUCK, { timeMs: 300 }))).toMatchObject({ kind: 'ran', calls: [{ kind: 'timeout' }] });
      expect(await pool.run(job(GOOD))).toMatchObject(returnedSix);
      expect(pool.stats()).toEqual({ started: 2, killed: 1, replaced: 1 });
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker whose memory grew, and one sized for another memory limit', async () => {
    const pool = new SandboxPool({ size: 1 });
    try {
      expect(await pool.run(job(BOMB))).toMatchObject({ kind: 'ran', calls: [{ kind: 'memory' }] });
      expect(await pool.run(job(GOOD))).toMatchObject(returnedSix);
      expect(await pool.run(job(GOOD, { memoryMb: 64 }))).toMatchObject(returnedSix);
      expect(pool.stats().started).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('answers `crashed` when the worker cannot start, without restarting it in a loop', async () => {
    const pool = new SandboxPool({ size: 2, workerPath: '/nonexistent/sandbox-worker.js' });
    try {
      const outcome = await pool.run(job(GOOD));
      expect(outcome.kind).toBe('crashed');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pool.stats().started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('answers `crashed` for a job that arrives after close', async () => {
    const pool = new SandboxPool({ size: 1 });
    await pool.close();
    expect(await pool.run(job(GOOD))).toMatchObject({ kind: 'crashed', message: 'the sandbox pool is closed' });
  });

  it('gives memory back: after a run of memory bombs the process is near where it started', async () => {
    const pool = new SandboxPool({ size: 2 });
    try {
      await Promise.all([pool.run(job(GOOD)), pool.run(job(GOOD))]);
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      for (let round = 0; round < 4; round++) {
        const outcomes = await Promise.all([pool.run(job(BOMB, { memoryMb: 64 })), pool.run(job(BOMB, { memoryMb: 64 }))]);
        for (const outcome of outcomes) expect(outcome).toMatchObject({ kind: 'ran', calls: [{ kind: 'memory' }] });
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      await Promise.all([pool.run(job(GOOD)), pool.run(job(GOOD))]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = process.memoryUsage().rss;
      const MB = 1024 * 1024;
      // Each bomb fills an 80 MB WebAssembly memory; eight of them kept would be 640 MB.
      expect((after - baseline) / MB).toBeLessThan(96);
      expect(pool.stats().replaced).toBeGreaterThanOrEqual(8);
    } finally {
      await pool.close();
    }
  });
});
