// Reading Linux's /proc for the bench: a thread's or process's name, parent and CPU time,
// the threads of a process, and its child processes. Every reader answers undefined or an
// empty list where /proc is missing or the thread ended between a listing and a read.
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';

/** /proc counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

export interface StatLine {
  /** The thread's or process's name (its `comm`), which a thread may set for itself. */
  readonly name: string;
  readonly ppid: number;
  /** User and system CPU time, in milliseconds (10 ms steps). */
  readonly cpuMs: number;
  /** CPU time of the children it has waited for (cutime and cstime), in milliseconds. */
  readonly childrenCpuMs: number;
}

/**
 * One line of /proc/…/stat. The name sits between the first '(' and the last ')' (it may hold
 * spaces and parentheses); the fields after it start with field 3 (state), so field n is at
 * index n - 3: ppid (4), utime (14), stime (15), cutime (16), cstime (17).
 */
export function parseStatLine(text: string): StatLine | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ').map(Number);
  const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  if (![ppid, utime, stime, cutime, cstime].every((n) => Number.isFinite(n))) return undefined;
  return {
    name: text.slice(text.indexOf('(') + 1, close),
    ppid: ppid!,
    cpuMs: (utime! + stime!) * TICK_MS,
    childrenCpuMs: (cutime! + cstime!) * TICK_MS,
  };
}

export function readStat(path: string): StatLine | undefined {
  try {
    return parseStatLine(readFileSync(path, 'latin1'));
  } catch {
    return undefined;
  }
}

/**
 * A stat file kept open and read again from its start, which costs far less than opening it
 * for each reading: a watcher reads every thread of a process ten times a second.
 */
export class StatFile {
  private static readonly buffer = Buffer.alloc(1024);

  private constructor(private fd: number | undefined) {}

  static open(path: string): StatFile | undefined {
    try {
      return new StatFile(openSync(path, 'r'));
    } catch {
      return undefined;
    }
  }

  /** undefined once the thread or process has ended (or the file was closed). */
  read(): StatLine | undefined {
    if (this.fd === undefined) return undefined;
    try {
      const length = readSync(this.fd, StatFile.buffer, 0, StatFile.buffer.length, 0);
      return parseStatLine(StatFile.buffer.toString('latin1', 0, length));
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function numbered(dir: string): number[] {
  try {
    return readdirSync(dir)
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number);
  } catch {
    return [];
  }
}

/** The thread ids of process `pid`; empty without /proc or once it has ended. */
export function threadIds(pid: number): number[] {
  return numbered(`/proc/${pid}/task`);
}

/**
 * The processes whose parent is `pid`. This kernel may lack /proc/…/children, so every
 * process is looked at: a scan of some hundred files, which callers do seldom.
 */
export function childPids(pid: number): number[] {
  return numbered('/proc').filter((candidate) => readStat(`/proc/${candidate}/stat`)?.ppid === pid);
}
