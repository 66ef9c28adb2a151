// When a job's time is up. The limit is meant as the job's own running time, but the clock
// that interrupts QuickJS is the wall clock: on a machine loaded beyond its cores, a correct
// job can be held up past its limit without running. Where the worker thread's CPU time can
// be read (Linux, thread-cpu.ts), the wall-clock deadline only prompts a look at it: a job
// that has not yet had its limit in CPU time gets the rest, until STARVED_WALL_FACTOR times
// its limit has passed on the wall clock. So an endless loop costs its limit in CPU time
// however loaded the machine is, and a correct job is not timed out by someone else's load.
// Without a CPU clock, the wall-clock deadline is final (and the pool runs the job again).

/** A job whose thread had this share of its limit in CPU time has had its time (CPU time comes in 10 ms steps). */
export const CPU_SHARE_OF_LIMIT = 0.9;
/** However starved, a job ends this many times its limit after it started, on the wall clock. */
export const STARVED_WALL_FACTOR = 4;

export interface ClockReadings {
  /** performance.now() */
  now(): number;
  /** The worker thread's CPU time in milliseconds, or undefined where it cannot be read. */
  threadCpuMs(): number | undefined;
}

export class JobClock {
  /** The wall-clock time at which the job's time is looked at again. */
  deadline: number;
  private readonly latest: number;
  private readonly cpuAtStart: number | undefined;

  constructor(
    private readonly limitMs: number,
    private readonly readings: ClockReadings,
    readonly started: number = readings.now(),
  ) {
    this.deadline = started + limitMs;
    this.latest = started + STARVED_WALL_FACTOR * limitMs;
    this.cpuAtStart = readings.threadCpuMs();
  }

  /** The wall clock the job is timed by (performance.now() in a worker). */
  now(): number {
    return this.readings.now();
  }

  /** The thread's CPU time when the job started; undefined where it cannot be read (the host's watchdog uses the same reading). */
  get cpuAtStartMs(): number | undefined {
    return this.cpuAtStart;
  }

  /** Whether the job's time is up; when it is not yet, `deadline` moves to when it may be. */
  isUp(now: number = this.now()): boolean {
    if (now < this.deadline) return false;
    const next = nextDeadline(now, this.limitMs, this.latest, this.cpuAtStart, this.readings.threadCpuMs());
    if (next === undefined) return true;
    this.deadline = next;
    return false;
  }
}

/**
 * Past a deadline: undefined when the time is up, else the next time to look. The time is up
 * when the thread has had its share of the limit in CPU time, when the latest wall-clock end
 * has come, or when no CPU time can be read.
 */
export function nextDeadline(now: number, limitMs: number, latest: number, cpuAtStart: number | undefined, cpuNow: number | undefined): number | undefined {
  if (cpuAtStart === undefined || cpuNow === undefined || now >= latest) return undefined;
  const used = cpuNow - cpuAtStart;
  if (used >= CPU_SHARE_OF_LIMIT * limitMs) return undefined;
  return Math.min(latest, now + Math.max(limitMs - used, 10));
}
