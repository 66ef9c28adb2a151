// The bench's CPU split: the main thread's own CPU, a sandbox worker's (the thread names
// itself), and a child process's, each read from /proc.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCpuSplit } from '../../bench/cpu-split.ts';
import { DEFAULT_LIMITS, SandboxPool } from '../../grader/sandbox/index.ts';

function burnMainThread(ms: number): void {
  const start = process.cpuUsage();
  while (true) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

const threadNames = (): string[] => readdirSync('/proc/self/task').map((tid) => readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim());

describe.runIf(process.platform === 'linux')('startCpuSplit', () => {
  it('counts the main thread and a child process apart, each by its own CPU time', async () => {
    const stop = startCpuSplit(50);
    // The child computes for 400 ms of its own CPU, then idles so that a reading sees it whole.
    const child = spawn(process.execPath, ['-e', 'const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) < 400_000); setTimeout(() => {}, 300)']);
    burnMainThread(200);
    await new Promise((resolve) => child.on('exit', resolve));
    const split = stop();
    expect(split.mainThreadMs).toBeGreaterThanOrEqual(180);
    expect(split.childProcessesMs).toBeGreaterThanOrEqual(380);
    expect(split.sandboxWorkersMs).toBe(0);
  });

  it("counts a student's endless loop in the sandbox worker's thread, which names itself", async () => {
    const pool = new SandboxPool({ size: 1 });
    try {
      const stop = startCpuSplit(50);
      const outcome = await pool.run({
        source: 'export const f = () => { for (;;) {} };',
        filename: 'solution.js',
        calls: [{ exportName: 'f', args: [] }],
        limits: { ...DEFAULT_LIMITS, timeMs: 400 },
      });
      expect(outcome).toMatchObject({ kind: 'ran', calls: [{ kind: 'timeout' }] });
      expect(threadNames()).toContain('grader-sandbox');
      const split = stop();
      // The loop ran for its limit of the worker thread's CPU time (job-clock.ts).
      expect(split.sandboxWorkersMs).toBeGreaterThanOrEqual(350);
      expect(split.mainThreadMs).toBeLessThan(split.sandboxWorkersMs!);
    } finally {
      await pool.close();
    }
  });

  it('counts nothing of a child that used no CPU', async () => {
    const stop = startCpuSplit(50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(stop().childProcessesMs).toBeLessThanOrEqual(10);
  });
});
