import { describe, expect, it } from 'vitest';
import { JobClock, nextDeadline, StretchClock } from '../../grader/sandbox/job-clock.ts';

describe('nextDeadline: past the wall-clock deadline, a job gets the CPU time it did not have', () => {
  // A job of 250 ms started at 1000 (wall) with its thread at 5000 ms of CPU, read to the nanosecond (step 0) or in 10 ms steps.
  it.each<[string, number, number | undefined, number | undefined, number, number | undefined]>([
    ['it ran the whole time: up', 1250, 5000, 5250, 0, undefined],
    ['it ran 90% of its limit: the other 25 ms', 1250, 5000, 5225, 0, 1275],
    ['it ran 20 ms: 230 ms more', 1250, 5000, 5020, 0, 1480],
    ['it ran 245 ms: 5 ms more', 1300, 5000, 5245, 0, 1305],
    ['it ran 249.5 ms: at least 1 ms more', 1300, 5000, 5249.5, 0, 1301],
    ['it ran 240 ms in 10 ms steps (it may have had 250): up', 1300, 5000, 5240, 10, undefined],
    ['it ran 230 ms in 10 ms steps: 20 ms more', 1300, 5000, 5230, 10, 1320],
    ['it ran 200 ms: 50 ms more', 1400, 5000, 5200, 0, 1450],
    ['held up for ten times its limit, it ran 10 ms: 240 ms more', 3500, 5000, 5010, 0, 3740],
    ['held up for a hundred times its limit, it ran 200 ms: 50 ms more', 26000, 5000, 5200, 0, 26050],
    ['no CPU clock at the start: up', 1250, undefined, 5020, 0, undefined],
    ['no CPU clock now: up', 1250, 5000, undefined, 0, undefined],
  ])('%s', (_name, now, cpuAtStart, cpuNow, stepMs, expected) => {
    expect(nextDeadline(now, 250, cpuAtStart, cpuNow, stepMs)).toBe(expected);
  });
});

describe('JobClock', () => {
  it('is not up before the wall-clock limit, and then only once the thread had its limit in CPU', () => {
    let wall = 0;
    let cpu = 100;
    const clock = new JobClock(250, { now: () => wall, threadCpuMs: () => cpu });
    wall = 249;
    expect(clock.isUp()).toBe(false);
    // Held up: 300 ms of wall clock, 40 ms of CPU.
    wall = 300;
    cpu = 140;
    expect(clock.isUp()).toBe(false);
    expect(clock.deadline).toBe(300 + 210);
    // 240 ms of CPU: not yet.
    wall = 510;
    cpu = 340;
    expect(clock.isUp()).toBe(false);
    expect(clock.deadline).toBe(510 + 10);
    wall = 520;
    cpu = 350;
    expect(clock.isUp()).toBe(true);
  });

  it('is a wall-clock limit where the CPU time cannot be read', () => {
    let wall = 0;
    const clock = new JobClock(250, { now: () => wall, threadCpuMs: () => undefined });
    wall = 250;
    expect(clock.isUp()).toBe(true);
  });
});

describe('StretchClock: a read inside a job, timed by its own CPU time', () => {
  it('reads the CPU clock only when QuickJS first looks at the time, and counts from there', () => {
    let wall = 0;
    let cpu = 100;
    let reads = 0;
    const stretch = new StretchClock(50, { now: () => wall, threadCpuMs: () => (reads++, cpu) });
    expect(reads).toBe(0);
    wall = 1;
    cpu = 101;
    expect(stretch.isUp(wall)).toBe(false);
    expect(reads).toBe(1);
    // Held up: 400 ms of wall clock, 20 ms of CPU since the first look.
    wall = 400;
    cpu = 121;
    expect(stretch.isUp(wall)).toBe(false);
    wall = 1000;
    cpu = 101 + 45;
    expect(stretch.isUp(wall)).toBe(false);
    wall = 1005;
    cpu = 101 + 50;
    expect(stretch.isUp(wall)).toBe(true);
  });

  it('is a wall-clock limit where the CPU time cannot be read', () => {
    const stretch = new StretchClock(50, { now: () => 0, threadCpuMs: () => undefined });
    expect(stretch.isUp(49)).toBe(false);
    expect(stretch.isUp(50)).toBe(true);
  });
});
