// What the bench ran on, and how `grader grade` spreads its work there by default.
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { defaultGradeWorkers, sandboxWorkersEach } from '../grader/cli/actions/grade.ts';
import { defaultPoolSize } from '../grader/sandbox/pool.ts';

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} cores (${cpu}), ${gb(totalmem())} GB RAM (${gb(freemem())} GB free), Node ${process.version}, ${process.platform}`;
}

/** The load average over the last minute, as `uptime` shows it: what else the machine was doing. */
export function load(): string {
  return loadavg()[0]!.toFixed(1);
}

/** How `grader grade` spreads the work by default on this machine. */
export function gradingThreads(students: number): string {
  const workers = defaultGradeWorkers(students);
  if (workers === 0) return `the main thread grades, ${defaultPoolSize()} sandbox workers`;
  const each = sandboxWorkersEach(workers);
  return `${workers} grade worker thread${workers === 1 ? '' : 's'}, ${each === 1 ? 'each with one sandbox worker' : `with ${each} sandbox workers${workers === 1 ? '' : ' each'}`}`;
}
