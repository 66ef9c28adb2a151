import { describe, expect, it } from 'vitest';
import { CPU_SHARE_OF_LIMIT, JobClock, nextDeadline, STARVED_WALL_FACTOR } from '../../grader/sandbox/job-clock.ts';

describe('nextDeadline: past the wall-clock deadline, a job gets the CPU time it did not have', () => {
  // A job of 250 ms started at 1000 (wall) with its thread at 5000 ms of CPU; the latest end is 2000.
  const latest = 1000 + STARVED_WALL_FACTOR * 250;
  it.each<[string, number, number | undefined, number | undefined, number | undefined]>([
    ['it ran the whole time: up', 1250, 5000, 5250, undefined],
    ['it ran 90% of its limit: up', 1250, 5000, 5000 + CPU_SHARE_OF_LIMIT * 250, undefined],
    ['it ran 20 ms: 230 ms more', 1250, 5000, 5020, 1480],
    ['it ran 245 ms, over 90% of 250: up', 1300, 5000, 5245, undefined],
    ['it ran 200 ms: at least 10 ms more, here 50', 1400, 5000, 5200, 1450],
    ['never past the latest end', 1900, 5000, 5010, latest],
    ['the latest end has come: up', latest, 5000, 5010, undefined],
    ['no CPU clock at the start: up', 1250, undefined, 5020, undefined],
    ['no CPU clock now: up', 1250, 5000, undefined, undefined],
  ])('%s', (_name, now, cpuAtStart, cpuNow, expected) => {
    expect(nextDeadline(now, 250, latest, cpuAtStart, cpuNow)).toBe(expected);
  });
});

describe('JobClock', () => {
  it('is not up before the wall-clock limit, and then only once the thread had its share of CPU', () => {
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
    wall = 510;
    cpu = 340;
    expect(clock.isUp()).toBe(true);
  });

  it('is a wall-clock limit where the CPU time cannot be read', () => {
    let wall = 0;
    const clock = new JobClock(250, { now: () => wall, threadCpuMs: () => undefined });
    wall = 250;
    expect(clock.isUp()).toBe(true);
  });
});
