// When a job's time is up. The limit is the job's own running time: where the worker thread's
// CPU time can be read (Linux, thread-cpu.ts), it is counted in CPU time and nothing else, so a
// job's status never depends on how busy the machine is (a memory bomb starved of CPU still
// runs until its memory is full, an endless loop still costs its limit). The clock that
// interrupts QuickJS is the wall clock, which is cheap to read: passing the wall-clock deadline
// only prompts a look at the CPU time, and a job that has not had its share of CPU yet gets
// the rest. Without a CPU clock the wall-clock deadline is final (and the pool runs the job again).

/** A job whose thread had this share of its limit in CPU time has had its time (CPU time comes in 10 ms steps). */
export const CPU_SHARE_OF_LIMIT = 0.9;
/** Past a deadline, the CPU time is looked at again at most this often. */
const LOOK_AGAIN_MS = 10;

export interface ClockReadings {
  /** performance.now() */
  now(): number;
  /** The worker thread's CPU time in milliseconds, or undefined where it cannot be read. */
  threadCpuMs(): number | undefined;
}

export class JobClock {
  /** The wall-clock time at which the job's time is looked at again. */
  deadline: number;
  private readonly cpuAtStart: number | undefined;

  constructor(
    private readonly limitMs: number,
    /** The clocks, for the stretches of the job (StretchClock). */
    readonly readings: ClockReadings,
    readonly started: number = readings.now(),
  ) {
    this.deadline = started + limitMs;
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
    const next = nextDeadline(now, this.limitMs, this.cpuAtStart, this.readings.threadCpuMs());
    if (next === undefined) return true;
    this.deadline = next;
    return false;
  }
}

/**
 * A short budget inside a job (reading one returned value, whose getters may loop), counted in
 * CPU time as the job is. Its CPU time is first read when QuickJS first looks at the clock
 * inside it (QuickJS looks every so many operations): most stretches end before that, and cost
 * no read of the CPU clock. What ran before that first look is a fixed amount of work, not time.
 */
export class StretchClock {
  private deadline: number;
  private cpuAtStart: number | undefined;
  private looked = false;

  constructor(
    private readonly limitMs: number,
    private readonly readings: ClockReadings,
    started: number = readings.now(),
  ) {
    this.deadline = started + limitMs;
  }

  /** Called where QuickJS looks at the clock: whether the stretch's time is up. */
  isUp(now: number): boolean {
    if (!this.looked) {
      this.looked = true;
      this.cpuAtStart = this.readings.threadCpuMs();
    }
    if (now < this.deadline) return false;
    const next = nextDeadline(now, this.limitMs, this.cpuAtStart, this.readings.threadCpuMs());
    if (next === undefined) return true;
    this.deadline = next;
    return false;
  }
}

/**
 * Past a deadline: undefined when the time is up, else the next time to look. The time is up
 * when the thread has had its share of the limit in CPU time, or when no CPU time can be read.
 */
export function nextDeadline(now: number, limitMs: number, cpuAtStart: number | undefined, cpuNow: number | undefined): number | undefined {
  if (cpuAtStart === undefined || cpuNow === undefined) return undefined;
  const used = cpuNow - cpuAtStart;
  if (used >= CPU_SHARE_OF_LIMIT * limitMs) return undefined;
  return now + Math.max(limitMs - used, LOOK_AGAIN_MS);
}
