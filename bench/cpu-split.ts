// Where a measured run's CPU goes, on Linux, read from outside the measured process (the
// bench's own process reads /proc/<pid>/…, so the readings cost the measured run nothing):
// the main thread, the grade worker threads and the sandbox worker threads (they name
// themselves, see grader/thread-name.ts), the process's other threads (V8's own, which
// optimise code and collect garbage, and libuv's), threads that ended between two readings,
// and child processes (esbuild's transpiler service). Elsewhere every figure is absent.
// Measured (BENCHMARKS.md): a reading of some twenty threads through kept files costs the
// bench a fraction of what opening each file costs; looking for children scans all of /proc,
// so it is done at the two ends only.
import { childPids, readStat, StatFile, threadIds } from './proc-stat.ts';
import { THREAD_NAMES } from '../grader/thread-name.ts';

export interface CpuSplit {
  /** CPU in ms by where it was spent; absent without /proc. */
  readonly mainThreadMs?: number;
  readonly gradeWorkersMs?: number;
  readonly sandboxWorkersMs?: number;
  readonly otherThreadsMs?: number;
  /**
   * The process's CPU that no live reading accounts for: threads that ended after the reading
   * before (a sandbox worker replaced after a job that exhausted memory, the workers at the end).
   */
  readonly endedThreadsMs?: number;
  readonly childProcessesMs?: number;
}

export interface SplitCost {
  /** Readings of /proc taken, each of every thread and known child of the measured process. */
  readonly readings: number;
  /** CPU the readings took, in the bench's own process (not the measured one). */
  readonly cpuMs: number;
}

type Group = 'main' | 'grade' | 'sandbox' | 'other';

interface ThreadReading {
  readonly group: Group;
  readonly cpuMs: number;
}

interface Ends {
  /** The whole process: every thread, ended ones included. */
  readonly processMs: number;
  /** Its children it has waited for. */
  readonly reapedMs: number;
  /** Its live (or ended but not yet waited for) children. */
  readonly children: ReadonlyMap<number, number>;
}

function groupOf(pid: number, tid: number, name: string): Group {
  if (tid === pid) return 'main';
  if (name === THREAD_NAMES.grade) return 'grade';
  return name === THREAD_NAMES.sandbox ? 'sandbox' : 'other';
}

/** The process's own figure and its children's, taken at both ends only: a child's figures stay readable until it is waited for, and then are in the process's. */
function ends(pid: number): Ends | undefined {
  const whole = readStat(`/proc/${pid}/stat`);
  if (!whole) return undefined;
  const children = new Map<number, number>();
  for (const child of childPids(pid)) {
    const stat = readStat(`/proc/${child}/stat`);
    if (stat) children.set(child, stat.cpuMs);
  }
  return { processMs: whole.cpuMs, reapedMs: whole.childrenCpuMs, children };
}

/** Every thread of `pid`, each read through a file kept open (a new thread's opened, an ended thread's closed). */
class ThreadReadings {
  private readonly files = new Map<number, StatFile>();
  /** Each thread's last reading; an ended thread keeps its last. */
  readonly latest = new Map<number, ThreadReading>();

  constructor(private readonly pid: number) {}

  read(): void {
    for (const tid of threadIds(this.pid)) {
      if (this.files.has(tid)) continue;
      const file = StatFile.open(`/proc/${this.pid}/task/${tid}/stat`);
      if (file) this.files.set(tid, file);
    }
    for (const [tid, file] of this.files) {
      const stat = file.read();
      if (stat) {
        this.latest.set(tid, { group: groupOf(this.pid, tid, stat.name), cpuMs: stat.cpuMs });
      } else {
        file.close();
        this.files.delete(tid);
      }
    }
  }

  close(): void {
    for (const file of this.files.values()) file.close();
    this.files.clear();
  }
}

/** The split between the two ends; `first` holds each thread's reading at the start (a thread started since had 0). */
function splitBetween(start: Ends, end: Ends, first: ReadonlyMap<number, ThreadReading>, latest: ReadonlyMap<number, ThreadReading>): CpuSplit {
  const sums: Record<Group, number> = { main: 0, grade: 0, sandbox: 0, other: 0 };
  for (const [tid, reading] of latest) sums[reading.group] += reading.cpuMs - (first.get(tid)?.cpuMs ?? 0);
  const threadsMs = sums.main + sums.grade + sums.sandbox + sums.other;
  let childrenMs = end.reapedMs - start.reapedMs;
  for (const [child, cpuMs] of end.children) childrenMs += cpuMs - (start.children.get(child) ?? 0);
  return {
    mainThreadMs: sums.main,
    gradeWorkersMs: sums.grade,
    sandboxWorkersMs: sums.sandbox,
    otherThreadsMs: sums.other,
    // Each thread's figure is counted in 10 ms ticks: a small negative remainder is rounding.
    endedThreadsMs: Math.max(0, end.processMs - start.processMs - threadsMs),
    childProcessesMs: childrenMs,
  };
}

export interface CpuWatch {
  /** Takes the first reading and starts reading every `everyMs`. */
  start(): void;
  /** Takes the last reading and gives the split since start (empty without /proc) and what the readings cost. */
  stop(): { split: CpuSplit; cost: SplitCost };
}

/**
 * Watches process `pid` from this process. Its threads are read every `everyMs`: a thread
 * that ends loses its CPU since its last reading, which `endedThreadsMs` gives back from the
 * process's own figure. Child processes are read at both ends (see `ends`).
 */
export function watchCpu(pid: number, everyMs = 100): CpuWatch {
  const threads = new ThreadReadings(pid);
  let start: Ends | undefined;
  let first = new Map<number, ThreadReading>();
  let timer: NodeJS.Timeout | undefined;
  let readings = 0;
  let cost = 0;
  const measured = <T>(read: () => T): T => {
    const before = process.cpuUsage();
    try {
      return read();
    } finally {
      const used = process.cpuUsage(before);
      readings++;
      cost += (used.user + used.system) / 1000;
    }
  };
  return {
    start() {
      start = measured(() => {
        threads.read();
        return ends(pid);
      });
      first = new Map(threads.latest);
      if (!start) return;
      timer = setInterval(() => measured(() => threads.read()), everyMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      const end = start && measured(() => {
        threads.read();
        return ends(pid);
      });
      threads.close();
      return { split: start && end ? splitBetween(start, end, first, threads.latest) : {}, cost: { readings, cpuMs: cost } };
    },
  };
}
