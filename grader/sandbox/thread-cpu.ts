// How much CPU a sandbox worker thread has had, read from its /proc stat file (Linux only):
// on a machine loaded beyond its cores a job can be held up past its wall-clock limit without
// running, so a job's time is counted in its thread's CPU time where this can read it
// (job-clock.ts; the host's watchdog reads the same file).
import { closeSync, openSync, readSync } from 'node:fs';

/** /proc reports CPU time in clock ticks of 1/100 s on Linux (USER_HZ). */
const TICK_MS = 10;

export class ThreadCpu {
  private readonly buffer = Buffer.alloc(1024);

  private constructor(private fd: number | undefined) {}

  /** Opens the stat file; without one (not Linux, no /proc) every reading is undefined. */
  static open(statPath: string | undefined): ThreadCpu {
    if (!statPath) return new ThreadCpu(undefined);
    try {
      return new ThreadCpu(openSync(statPath, 'r'));
    } catch {
      return new ThreadCpu(undefined);
    }
  }

  /** User and system CPU time of the thread, in milliseconds (10 ms steps), or undefined. */
  read(): number | undefined {
    if (this.fd === undefined) return undefined;
    try {
      const length = readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
      return parseStat(this.buffer.toString('latin1', 0, length));
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
