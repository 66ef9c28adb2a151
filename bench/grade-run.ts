// One measured run of `grader grade`, in a process of its own so that its peak memory is its
// own: the CLI runs in-process (runCli) with the stage timings on, and the process reports
// its wall time, CPU time, peak RSS and stages as one line of JSON. Its CPU split is read
// from outside (cpu-split.ts): `marks` lets the reader take its first and last readings
// just before and just after the run, while this process waits.
import { readFile } from 'node:fs/promises';
import { runCli } from '../grader/cli/main.ts';
import type { CliContext } from '../grader/cli/context.ts';
import { outputPaths } from '../grader/io/layout.ts';
import type { ClassSummary } from '../grader/report/index.ts';
import type { Status } from '../grader/result/types.ts';
import type { CpuSplit, SplitCost } from './cpu-split.ts';
import { startStageTimings, stopStageTimings, type StageTotals } from '../grader/stage-timings.ts';

export interface GradeRunInput {
  readonly submissions: string;
  readonly roster: string;
  readonly course: string;
  readonly out: string;
  /** More arguments for `grader grade` (e.g. --force). */
  readonly extra?: readonly string[];
}

export interface GradeRunReport {
  readonly exitCode: number;
  readonly students: number;
  readonly wallMs: number;
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  /** Peak resident memory of the process (its threads included), in MB. */
  readonly maxRssMb: number;
  readonly stages: StageTotals;
  /** CPU by thread and child process, where /proc shows it (Linux), read by the bench's process; empty until it adds it. */
  readonly cpuSplit: CpuSplit;
  /** What reading the split cost the bench's process. */
  readonly splitCost?: SplitCost;
  /** Exercise statuses over the class (from class-results.json). */
  readonly statuses: Readonly<Partial<Record<Status, number>>>;
  readonly stderrTail: string;
}

function quietContext(): CliContext & { errors: string[] } {
  const errors: string[] = [];
  return {
    cwd: process.cwd(),
    env: { ...process.env, NO_COLOR: '1' },
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: (text) => void errors.push(text), isTTY: false },
    exitCode: 0,
    errors,
  };
}

/** Called just before the measured run starts and just after it ends; each resolves when the reader has read. */
export interface RunMarks {
  started(): Promise<void>;
  stopped(): Promise<void>;
}

const NO_MARKS: RunMarks = { started: async () => undefined, stopped: async () => undefined };

export async function measureGradeRun(input: GradeRunInput, marks: RunMarks = NO_MARKS): Promise<GradeRunReport> {
  const ctx = quietContext();
  const argv = ['grade', input.submissions, '--out', input.out, '--course', input.course, '--roster', input.roster, ...(input.extra ?? [])];
  await marks.started();
  const before = process.resourceUsage();
  startStageTimings();
  const start = performance.now();
  const exitCode = await runCli(argv, ctx);
  const wallMs = performance.now() - start;
  const after = process.resourceUsage();
  const stages = stopStageTimings()!;
  await marks.stopped();
  const summary = JSON.parse(await readFile(outputPaths.classResults(input.out), 'utf8')) as ClassSummary;
  const statuses: Partial<Record<Status, number>> = {};
  for (const exercise of summary.exercises) {
    for (const [status, count] of Object.entries(exercise.statusCounts) as [Status, number][]) statuses[status] = (statuses[status] ?? 0) + count;
  }
  return {
    exitCode,
    students: summary.totals.students,
    wallMs,
    cpuUserMs: (after.userCPUTime - before.userCPUTime) / 1000,
    cpuSystemMs: (after.systemCPUTime - before.systemCPUTime) / 1000,
    maxRssMb: after.maxRSS / 1024,
    stages,
    cpuSplit: {},
    statuses,
    stderrTail: ctx.errors.join('').split('\n').filter((line) => !line.startsWith('graded ')).slice(-8).join('\n'),
  };
}
