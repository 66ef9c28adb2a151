// Where a measured run's CPU goes, on Linux: the main thread, the grade worker threads and
// the sandbox worker threads (they name themselves, see grader/thread-name.ts), the process's
// other threads (V8's own, which optimise code and collect garbage, and libuv's), and child
// processes (esbuild's transpiler service). Read from /proc; elsewhere every figure is absent.
import { readdirSync, readFileSync } from 'node:fs';
import { parseStat } from '../grader/sandbox/thread-cpu.ts';
import { THREAD_NAMES } from '../grader/thread-name.ts';

export interface CpuSplit {
  /** CPU in ms by where it was spent; absent without /proc. */
  readonly mainThreadMs?: number;
  readonly gradeWorkersMs?: number;
  readonly sandboxWorkersMs?: number;
  readonly otherThreadsMs?: number;
  readonly childProcessesMs?: number;
}

type Group = 'main' | 'grade' | 'sandbox' | 'other' | 'child';

interface Reading {
  readonly group: Group;
  readonly cpuMs: number;
}

/** The command name (between the first '(' and the last ')') and the fields after it. */
function readStat(path: string): { name: string; fields: string[]; cpuMs: number } | undefined {
  try {
    const text = readFileSync(path, 'latin1');
    const cpuMs = parseStat(text);
    if (cpuMs === undefined) return undefined;
    return { name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), fields: text.slice(text.lastIndexOf(')') + 2).split(' '), cpuMs };
  } catch {
    // The thread or process ended between the listing and the read.
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
}

/** Every thread of this process and every live child process, with its CPU so far. */
function readAll(into: Map<string, Reading>): void {
  for (const tid of list('/proc/self/task')) {
    const stat = readStat(`/proc/self/task/${tid}/stat`);
    if (!stat) continue;
    const group: Group =
      Number(tid) === process.pid ? 'main' : stat.name === THREAD_NAMES.grade ? 'grade' : stat.name === THREAD_NAMES.sandbox ? 'sandbox' : 'other';
    into.set(`t${tid}`, { group, cpuMs: Math.max(into.get(`t${tid}`)?.cpuMs ?? 0, stat.cpuMs) });
  }
  for (const pid of list('/proc')) {
    const stat = readStat(`/proc/${pid}/stat`);
    // Field 4 of the stat line is the parent's pid.
    if (stat && Number(stat.fields[1]) === process.pid) into.set(`p${pid}`, { group: 'child', cpuMs: Math.max(into.get(`p${pid}`)?.cpuMs ?? 0, stat.cpuMs) });
  }
}

/**
 * Starts watching; the returned function stops and gives the split since the start. Threads
 * and children are read every `everyMs` and at the end: one that ends between two readings
 * loses its last moments (a replaced sandbox worker, esbuild's service at the very end).
 */
export function startCpuSplit(everyMs = 100): () => CpuSplit {
  const before = new Map<string, Reading>();
  readAll(before);
  if (before.size === 0) return () => ({});
  const latest = new Map<string, Reading>();
  const timer = setInterval(() => readAll(latest), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    readAll(latest);
    const sums: Record<Group, number> = { main: 0, grade: 0, sandbox: 0, other: 0, child: 0 };
    for (const [key, reading] of latest) sums[reading.group] += reading.cpuMs - (before.get(key)?.cpuMs ?? 0);
    return {
      mainThreadMs: sums.main,
      gradeWorkersMs: sums.grade,
      sandboxWorkersMs: sums.sandbox,
      otherThreadsMs: sums.other,
      childProcessesMs: sums.child,
    };
  };
}
