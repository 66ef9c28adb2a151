// The bench's printed report: one row per class size, the split by stage and by thread.
// The comparisons (alternative.ts, floor.ts) are in compare-table.ts. Plain text, so that it
// pastes into BENCHMARKS.md as it is.
import { STAGES, type Stage } from '../grader/stage-timings.ts';
import type { CpuSplit } from './cpu-split.ts';
import type { GradeRunReport } from './grade-run.ts';

export interface SizeResult {
  readonly size: number;
  /** Code exercises written to loop forever (each one ends as a timeout). */
  readonly plannedTimeouts: number;
  readonly run: GradeRunReport;
}

const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  load: 'loading specs',
  expected: 'expected values',
  parse: 'parsing',
  sandbox: 'sandbox',
  compare: 'comparison',
  render: 'rendering',
  write: 'writing',
};

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export const seconds = (ms: number) => (ms / 1000).toFixed(2);
export const fixed = (x: number, digits: number) => x.toFixed(digits);

/** The run's CPU: every thread of the process (ended ones included) and its child processes (esbuild's), where /proc shows them. */
export function totalCpuMs(run: GradeRunReport): number {
  return run.cpuUserMs + run.cpuSystemMs + (run.cpuSplit.childProcessesMs ?? 0);
}

export function sizesTable(results: readonly SizeResult[]): string {
  return table(
    ['students', 'wall s', 'students/s', 'ms/student', 'CPU s (process + esbuild)', 'CPU ms/student', 'peak RSS MB', 'timeouts (planned)'],
    results.map(({ size, plannedTimeouts, run }) => [
      String(size),
      seconds(run.wallMs),
      fixed(size / (run.wallMs / 1000), 0),
      fixed(run.wallMs / size, 2),
      seconds(totalCpuMs(run)),
      fixed(totalCpuMs(run) / size, 2),
      fixed(run.maxRssMb, 0),
      `${run.statuses.timeout ?? 0} (${plannedTimeouts})`,
    ]),
  );
}

/**
 * Milliseconds per student by stage, summed over the threads that do it: the sandbox's is
 * the time its worker threads spend running students' code (transpiling, done by esbuild's
 * own process, is not in it); every other stage is time in the threads that grade students
 * (the grade workers, or the main thread with --workers 0), and in the main thread for
 * loading the course and writing the class files.
 */
export function stagesTable(results: readonly SizeResult[]): string {
  const header = ['stage (ms per student)', ...results.map((r) => String(r.size))];
  const rows = STAGES.map((stage) => [STAGE_NAMES[stage], ...results.map(({ size, run }) => fixed(run.stages[stage] / size, 3))]);
  const grading = (run: GradeRunReport) => STAGES.filter((s) => s !== 'sandbox').reduce((sum, s) => sum + run.stages[s], 0);
  rows.push(['all but the sandbox', ...results.map(({ size, run }) => fixed(grading(run) / size, 3))]);
  return table(header, rows);
}

/**
 * CPU seconds by where they were spent (Linux), read from the bench's process: the main
 * thread, the grade and sandbox worker threads, the process's other threads (V8's, which
 * optimise code and collect garbage, and libuv's), threads that ended between two readings,
 * and esbuild's process, which transpiles students' files; then what the readings cost the
 * bench's own process, which is not in the measured one. n/a without /proc.
 */
export function cpuSplitTable(results: readonly SizeResult[]): string {
  const header = ['CPU s by thread', ...results.map((r) => String(r.size))];
  const rows: [string, keyof CpuSplit][] = [
    ['main thread', 'mainThreadMs'],
    ['grade workers', 'gradeWorkersMs'],
    ['sandbox workers', 'sandboxWorkersMs'],
    ["other threads (V8's, libuv's)", 'otherThreadsMs'],
    ['threads ended between readings', 'endedThreadsMs'],
    ['esbuild (child process)', 'childProcessesMs'],
  ];
  const cells = rows.map(([name, key]) => [name, ...results.map(({ run }) => (run.cpuSplit[key] === undefined ? 'n/a' : seconds(run.cpuSplit[key])))]);
  cells.push(['reading /proc (the bench, not above)', ...results.map(({ run }) => (run.splitCost ? seconds(run.splitCost.cpuMs) : 'n/a'))]);
  return table(header, cells);
}
