// Where a measured run's CPU goes, on Linux: the main thread (it grades, renders and writes
// with the default settings on 2 cores), the process's other threads (the sandbox workers,
// and V8's own threads that optimise code and collect garbage), and child processes (esbuild's
// transpiler service). Read from /proc; elsewhere every figure is absent.
import { readdirSync, readFileSync } from 'node:fs';
import { ThreadCpu, parseStat } from '../grader/sandbox/thread-cpu.ts';

export interface CpuSplit {
  /** CPU of the main thread, in ms. */
  readonly mainThreadMs?: number;
  /** CPU of child processes (esbuild), in ms: the largest reading of each over the run. */
  readonly childProcessesMs?: number;
}

/** Field 4 of /proc/<pid>/stat, after the command name's closing parenthesis. */
function parentPid(text: string): number {
  return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
}

/** CPU so far of each live child process of this one, by pid. */
function childCpu(into: Map<string, number>): void {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const cpu = parseStat(text);
      if (parentPid(text) === process.pid && cpu !== undefined) into.set(entry, Math.max(into.get(entry) ?? 0, cpu));
    } catch {
      // The process ended between the listing and the read.
    }
  }
}

/**
 * Starts watching; the returned function stops and gives the split since the start. Children
 * are sampled every `everyMs` (one that ends between samples loses its last moments), the main
 * thread is read exactly. Call it from the main thread.
 */
export function startCpuSplit(everyMs = 100): () => CpuSplit {
  const main = ThreadCpu.open('/proc/thread-self/stat');
  const mainBefore = main.read();
  const children = new Map<string, number>();
  const before = new Map<string, number>();
  childCpu(before);
  const timer = setInterval(() => childCpu(children), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    childCpu(children);
    const mainAfter = main.read();
    main.close();
    const linux = mainBefore !== undefined && mainAfter !== undefined;
    if (!linux) return {};
    let childMs = 0;
    for (const [pid, cpu] of children) childMs += cpu - (before.get(pid) ?? 0);
    return { mainThreadMs: mainAfter - mainBefore, childProcessesMs: childMs };
  };
}
