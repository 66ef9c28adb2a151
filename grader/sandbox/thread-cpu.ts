// How much CPU a sandbox worker thread has had, read from its /proc files (Linux only): on a
// machine loaded beyond its cores a job can be held up past its wall-clock limit without
// running, so a job's time is counted in its thread's CPU time where this can read it
// (job-clock.ts; the host's watchdog reads the same file). The thread's schedstat gives that time
// in nanoseconds; where it is missing, its stat gives it in clock ticks of 10 ms.
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** /proc reports CPU time in clock ticks of 1/100 s on Linux (USER_HZ). */
const TICK_MS = 10;

interface CpuFile {
  readonly path: string;
  readonly parse: (text: string) => number | undefined;
  /** How coarse its readings are, in milliseconds. */
  readonly stepMs: number;
}

export class ThreadCpu {
  private readonly buffer = Buffer.alloc(1024);

  private constructor(
    private fd: number | undefined,
    private readonly parse: (text: string) => number | undefined,
    /** How coarse the readings are: 10 ms from the stat file, none from schedstat (0 where nothing can be read). */
    readonly stepMs: number,
  ) {}

  /**
   * Opens the thread's schedstat beside `statPath` (its /proc stat file), else the stat file
   * itself; without either (not Linux, no /proc) every reading is undefined.
   */
  static open(statPath: string | undefined): ThreadCpu {
    if (!statPath) return new ThreadCpu(undefined, () => undefined, 0);
    const files: CpuFile[] = [
      { path: join(dirname(statPath), 'schedstat'), parse: parseSchedstat, stepMs: 0 },
      { path: statPath, parse: parseStat, stepMs: TICK_MS },
    ];
    for (const file of files) {
      const cpu = ThreadCpu.tryOpen(file);
      if (cpu) return cpu;
    }
    return new ThreadCpu(undefined, () => undefined, 0);
  }

  private static tryOpen(file: CpuFile): ThreadCpu | undefined {
    let fd: number;
    try {
      fd = openSync(file.path, 'r');
    } catch {
      return undefined;
    }
    const cpu = new ThreadCpu(fd, file.parse, file.stepMs);
    if (cpu.read() !== undefined) return cpu;
    cpu.close();
    return undefined;
  }

  /** User and system CPU time of the thread, in milliseconds (10 ms steps from the stat file), or undefined. */
  read(): number | undefined {
    if (this.fd === undefined) return undefined;
    try {
      const length = readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
      return this.parse(this.buffer.toString('latin1', 0, length));
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** utime and stime, fields 14 and 15 of /proc/…/stat, counted after the command name's closing parenthesis (it may hold spaces). */
export function parseStat(text: string): number | undefined {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * TICK_MS : undefined;
}

/** The first field of /proc/…/schedstat: the time the thread ran on a CPU, in nanoseconds. */
export function parseSchedstat(text: string): number | undefined {
  const field = text.split(' ')[0] ?? '';
  const ns = /^\d+$/.test(field) ? Number(field) : NaN;
  return Number.isFinite(ns) ? ns / 1e6 : undefined;
}
