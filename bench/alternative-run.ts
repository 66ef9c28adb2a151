// Running the alternative: one test-runner process per student, in two forms. The usual one
// is `npx vitest run`, which starts npm to find vitest, and vitest then forks a process for
// the tests; the tuned one calls vitest's own script with Node and runs the tests in a worker
// thread. A student whose code loops would hang either (vitest's time limit for a test cannot
// stop synchronous code), so, as an autograder's time limit does, each process is ended by a
// limit on its CPU time (`ulimit -t`, which a loaded machine cannot make it reach early).
import { spawn } from 'node:child_process';
import { classWeightedMs, type CodeKind, type SampledStudent } from './alternative-sample.ts';

export type AlternativeFormId = 'npx' | 'direct';

export interface AlternativeForm {
  readonly id: AlternativeFormId;
  /** How the bench's output names it. */
  readonly label: string;
  /** The command, run in the student's folder. */
  readonly command: readonly string[];
}

export const ALTERNATIVE_FORMS: readonly AlternativeForm[] = [
  { id: 'npx', label: '`npx vitest run` (npm, forks pool)', command: ['npx', 'vitest', 'run'] },
  { id: 'direct', label: '`node …/vitest.mjs run --pool threads`', command: [process.execPath, 'node_modules/vitest/vitest.mjs', 'run', '--pool', 'threads'] },
];

/**
 * CPU seconds a student's process may use: a normal run needs about one (Node, vite, the
 * transform, the tests), so only a loop or an endless allocation reaches it. Each process of
 * the run has its own count: in the npx form, the forked test process is the one ended.
 */
export const CPU_LIMIT_S = 5;

/** However loaded the machine, a process is killed this long after it started (a guard against a hang). */
const WALL_GUARD_MS = 120_000;

export interface ProcessRun {
  readonly id: string;
  readonly kind: CodeKind;
  readonly weight: number;
  /** Start to exit, wall time. */
  readonly ms: number;
  /** `passed`: exit 0; `failed`: some test failed or the tests did not run; `ended`: killed (the CPU limit, or the guard). */
  readonly exit: 'passed' | 'failed' | 'ended';
}

export interface AlternativeRun {
  readonly form: AlternativeFormId;
  readonly students: number;
  /** Processes run side by side. */
  readonly parallel: number;
  readonly cpuLimitS: number;
  readonly wallMs: number;
  readonly runs: readonly ProcessRun[];
  /** What one student of the class costs, the sample weighted by kind (classWeightedMs). */
  readonly classWeightedMs: number;
  /** The median process time of the students whose code loads. */
  readonly medianLoadsMs: number;
}

function runOne(folder: string, command: readonly string[], cpuLimitS: number): Promise<{ ms: number; exit: ProcessRun['exit'] }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const limited = ['sh', '-c', `ulimit -t ${cpuLimitS} && exec "$@"`, 'sh', ...command];
    const child = spawn(limited[0]!, limited.slice(1), { cwd: folder, stdio: 'ignore', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
    const guard = setTimeout(() => child.kill('SIGKILL'), WALL_GUARD_MS);
    const done = (exit: ProcessRun['exit']) => {
      clearTimeout(guard);
      resolve({ ms: performance.now() - start, exit });
    };
    child.on('exit', (code, signal) => done(signal !== null ? 'ended' : code === 0 ? 'passed' : 'failed'));
    child.on('error', () => done('failed'));
  });
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Runs `form` once per student (in `folders`, by id), `parallel` at a time. */
export async function runAlternative(
  form: AlternativeForm,
  students: readonly SampledStudent[],
  folders: ReadonlyMap<string, string>,
  parallel: number,
  cpuLimitS: number = CPU_LIMIT_S,
): Promise<AlternativeRun> {
  // In the sample's order, whichever lane finishes first: both forms list the same students alike.
  const runs: ProcessRun[] = new Array(students.length);
  let next = 0;
  const start = performance.now();
  const lane = async (): Promise<void> => {
    while (next < students.length) {
      const index = next++;
      const student = students[index]!;
      const run = await runOne(folders.get(student.id)!, form.command, cpuLimitS);
      runs[index] = { id: student.id, kind: student.kind, weight: student.weight, ...run };
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return {
    form: form.id,
    students: students.length,
    parallel,
    cpuLimitS,
    wallMs: performance.now() - start,
    runs,
    classWeightedMs: classWeightedMs(runs, parallel),
    medianLoadsMs: median(runs.filter((run) => run.kind === 'loads').map((run) => run.ms)),
  };
}
