// When a job's time is up. The limit is the job's own running time: where the worker thread's
// CPU time can be read (Linux, thread-cpu.ts), it is counted in CPU time and nothing else, so a
// job's status never depends on how busy the machine is (a memory bomb starved of CPU still
// runs until its memory is full, an endless loop still costs its limit). The clock that
// interrupts QuickJS is the wall clock, which is cheap to read: passing the wall-clock deadline
// only prompts a look at the CPU time, and a job that has not had its limit in CPU yet gets the
// rest. The limit is the whole limit, to the CPU clock's step: were it less (a share of it), a
// job that needs more than that share would pass on a quiet machine, whose first look comes when
// it has had all of its limit, and time out on a loaded one, whose looks come earlier and earlier.
// Without a CPU clock the wall-clock deadline is final (and the pool runs the job again).

/** Past a deadline, the CPU time is looked at again at most this often. */
const LOOK_AGAIN_MS = 1;

export interface ClockReadings {
  /** performance.now() */
  now(): number;
  /** The worker thread's CPU time in milliseconds, or undefined where it cannot be read. */
  threadCpuMs(): number | undefined;
  /** How coarse the CPU time's readings are, in milliseconds (thread-cpu.ts); none when absent. */
  readonly cpuStepMs?: number;
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
    const next = nextDeadline(now, this.limitMs, this.cpuAtStart, this.readings.threadCpuMs(), this.readings.cpuStepMs);
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
    const next = nextDeadline(now, this.limitMs, this.cpuAtStart, this.readings.threadCpuMs(), this.readings.cpuStepMs);
    if (next === undefined) return true;
    this.deadline = next;
    return false;
  }
}

/**
 * Past a deadline: undefined when the time is up, else the next time to look. The time is up
 * when the thread has had its limit in CPU time (to within one step of the CPU clock's
 * readings, `cpuStepMs`), or when no CPU time can be read.
 */
export function nextDeadline(now: number, limitMs: number, cpuAtStart: number | undefined, cpuNow: number | undefined, cpuStepMs = 0): number | undefined {
  if (cpuAtStart === undefined || cpuNow === undefined) return undefined;
  const used = cpuNow - cpuAtStart;
  if (used >= limitMs - cpuStepMs) return undefined;
  return now + Math.max(limitMs - used, LOOK_AGAIN_MS);
}
