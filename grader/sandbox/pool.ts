// A pool of sandbox workers. `run` never throws: whatever the student's file does (or the
// sandbox suffers), the answer is a SandboxOutcome, and the pool replaces any worker
// that was killed, died, or whose memory grew. A job's time is counted in CPU time where the
// worker thread's can be read (job-clock.ts); elsewhere the limit is wall-clock time, which a
// loaded machine can use up for a correct job, so a job that runs out of it there is run a
// second time, alone in the pool, and is a timeout only if it times out again. A job whose
// worker was killed before it reported steps it had done is run again too.
import { availableParallelism } from 'node:os';
import { DEFAULT_LIMITS } from './limits.ts';
import { assembleOutcome } from './outcome.ts';
import { encodeArgs, type WorkerJob } from './protocol.ts';
import { DEFAULT_MAX_SOURCE_BYTES } from './source.ts';
import { transpile, type Transpiled } from './transpile.ts';
import type { SandboxJob, SandboxOutcome, SandboxTiming } from './types.ts';
import type { WasmModule } from './wasm-module.ts';
import { defaultWorkerPath } from './worker-path.ts';
import type { SlotRun } from './worker-slot.ts';
import { WorkerSlots, type SandboxPoolStats } from './worker-slots.ts';

export type { SandboxPoolStats } from './worker-slots.ts';

export interface SandboxPoolOptions {
  /** Worker threads (default: the number of cores, at most 4). */
  readonly size?: number;
  /** How long past a job's time limit the watchdog waits before terminating its worker (default 500 ms). */
  readonly graceMs?: number;
  /** Larger files are not run (default 512 KB). */
  readonly maxSourceBytes?: number;
  /** The bundled worker (default: dist/sandbox-worker.js of this package). */
  readonly workerPath?: string;
  /** QuickJS's compiled WebAssembly module (default: compiled once in this thread; see wasm-module.ts). */
  readonly wasmModule?: WasmModule;
  /** Count a job's time in its worker thread's CPU time where that can be read (default true; see job-clock.ts). */
  readonly cpuTime?: boolean;
}

/** A student's one solution file is run once per code exercise: transpile it once. */
const TRANSPILED_KEPT = 32;

/**
 * The watchdog's grace on a second run: its worker reports every step at once, so a kill
 * loses nothing done; the grace only has to let an interrupted job report its end.
 */
const SECOND_RUN_GRACE_MS = 100;

/** Sandbox workers when no size is given: one per core, up to four. */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.min(4, cores);
}

export class SandboxPool {
  private readonly size: number;
  private readonly graceMs: number;
  private readonly maxSourceBytes: number;
  private readonly workers: WorkerSlots;
  private closed = false;
  private secondRunCount = 0;
  private readonly transpiled = new Map<string, Promise<Transpiled>>();

  constructor(options: SandboxPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.graceMs = options.graceMs ?? 500;
    this.maxSourceBytes = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
    this.workers = new WorkerSlots({
      size: this.size,
      workerPath: options.workerPath ?? defaultWorkerPath(),
      ...(options.wasmModule ? { wasmModule: options.wasmModule } : {}),
      cpuTime: options.cpuTime ?? true,
    });
  }

  async run(job: SandboxJob): Promise<SandboxOutcome> {
    const start = performance.now();
    const timing = (parts: Partial<SandboxTiming>): SandboxTiming => ({ transpileMs: 0, queueMs: 0, runMs: 0, cpuMs: 0, ...parts });
    const quiet = { console: '', consoleTruncated: false };
    const bytes = Buffer.byteLength(job.source, 'utf8');
    if (bytes > this.maxSourceBytes) return { ...quiet, timing: timing({}), kind: 'too-large', bytes, limitBytes: this.maxSourceBytes };

    let transpiled;
    try {
      transpiled = await this.transpile(job.source, job.filename);
    } catch (error: unknown) {
      return { ...quiet, timing: timing({}), kind: 'crashed', message: `esbuild failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const transpileMs = performance.now() - start;
    if (!transpiled.ok) {
      const { message, line, col } = transpiled;
      return { ...quiet, timing: timing({ transpileMs }), kind: 'syntax-error', message, line, col };
    }

    const work = { code: transpiled.code, calls: job.calls.map((call) => ({ exportName: call.exportName, argsJson: encodeArgs(call.args) })), limits: job.limits };
    const first = await this.runOnce(work, false);
    if (!first) return { ...quiet, timing: timing({ transpileMs }), kind: 'crashed', message: 'the sandbox pool is closed' };
    let { run, queueMs, runMs } = first;
    let second;
    if (this.secondRunNeeded(run)) {
      this.secondRunCount++;
      second = await this.runOnce({ ...work, reportEachStep: true }, true);
    }
    if (second) {
      // What the second run found is the answer; the time of both is the job's cost.
      run = { ...second.run, cpuMs: first.run.cpuMs + second.run.cpuMs };
      queueMs += second.queueMs;
      runMs += second.runMs;
    }
    return assembleOutcome(run, transpiled.positions, job.calls.length, timing({ transpileMs, queueMs, runMs, cpuMs: run.cpuMs }));
  }

  /** Runs the job on a worker (alone in the pool for a second run); undefined once the pool is closed. */
  private runOnce(work: Omit<WorkerJob, 'id'>, alone: boolean): Promise<{ run: SlotRun; queueMs: number; runMs: number } | undefined> {
    return this.workers.run(work, alone ? Math.min(this.graceMs, SECOND_RUN_GRACE_MS) : this.graceMs, alone);
  }

  /**
   * A killed worker may have done steps it had not reported; a wall-clock timeout may come
   * from a machine too loaded to give the job its time. Either is run again.
   */
  private secondRunNeeded(run: SlotRun): boolean {
    if (run.ending === 'killed' && run.lostSteps) return true;
    const timedOut = run.ending === 'killed' || run.load?.kind === 'timeout' || run.calls.some((call) => call.kind === 'timeout');
    return timedOut && !run.cpuTimed;
  }

  /**
   * Starts the workers now, for jobs of `memoryMb`, and transpiles `file` into the cache, so
   * that the first job waits for neither: a self-check does this while it loads the course.
   * A job of another memory size later replaces an idle worker, as it always does.
   */
  warmUp(memoryMb: number = DEFAULT_LIMITS.memoryMb, file?: { readonly source: string; readonly filename: string }): void {
    if (this.closed) return;
    this.workers.fill(memoryMb);
    if (file && Buffer.byteLength(file.source, 'utf8') <= this.maxSourceBytes) this.transpile(file.source, file.filename).catch(() => undefined);
  }

  /** Terminates every worker; jobs still waiting for one end as `crashed`. */
  async close(): Promise<void> {
    this.closed = true;
    await this.workers.close();
  }

  private transpile(source: string, filename: string): Promise<Transpiled> {
    const key = `${filename}\n${source}`;
    let result = this.transpiled.get(key);
    if (!result) {
      result = transpile(source, filename);
      // A failure of esbuild itself is not kept: the next job tries again.
      result.catch(() => this.transpiled.delete(key));
      this.transpiled.set(key, result);
      if (this.transpiled.size > TRANSPILED_KEPT) this.transpiled.delete(this.transpiled.keys().next().value!);
    }
    return result;
  }

  stats(): SandboxPoolStats {
    return this.workers.stats();
  }

  /** Jobs run (or waiting to run) a second time (see secondRunNeeded). */
  secondRuns(): number {
    return this.secondRunCount;
  }
}
