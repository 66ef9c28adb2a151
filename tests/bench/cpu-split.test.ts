// The bench's CPU split: the main thread's own CPU, and a child process's, read from /proc.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startCpuSplit } from '../../bench/cpu-split.ts';

function burnMainThread(ms: number): void {
  const start = process.cpuUsage();
  while (true) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe.runIf(process.platform === 'linux')('startCpuSplit', () => {
  it('counts the main thread and a child process apart, each by its own CPU time', async () => {
    const stop = startCpuSplit(50);
    // The child computes for 400 ms of its own CPU, then idles so that a sample sees it whole.
    const child = spawn(process.execPath, ['-e', 'const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) < 400_000); setTimeout(() => {}, 300)']);
    burnMainThread(200);
    await new Promise((resolve) => child.on('exit', resolve));
    const split = stop();
    expect(split.mainThreadMs).toBeGreaterThanOrEqual(180);
    expect(split.childProcessesMs).toBeGreaterThanOrEqual(380);
    // A process's CPU (threads included) is at least its main thread's.
    const ours = process.resourceUsage();
    expect((ours.userCPUTime + ours.systemCPUTime) / 1000).toBeGreaterThanOrEqual(split.mainThreadMs!);
  });

  it('counts nothing of a child that used no CPU', async () => {
    const stop = startCpuSplit(50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(stop().childProcessesMs).toBeLessThanOrEqual(10);
  });
});
