// A worker runs one job: a fresh QuickJS runtime, the student's file, then each call in
// order. It reports once, when the job is done: a message costs more than a call. It marks
// each step in shared memory as it goes (STEP_MARKS), and a job that runs long also reports
// as it goes (after each step, once PROGRESS_MS have passed since it last reported). When the
// watchdog kills a worker whose marks show steps it never reported, the pool runs the job
// again with `reportEachStep`, which reports every step at once: nothing done before a hang
// is lost.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { JobClock, type ClockReadings } from './job-clock.ts';
import { STEP_MARKS, type CallReport, type RawCallOutcome, type RawLoadFailure, type WorkerJob, type WorkerMessage } from './protocol.ts';
import { isNearlyFull, type WasmMemory } from './wasm-memory.ts';
import { VmSession, type ResolvedFunction } from './vm-session.ts';

/** How long a job runs before the worker reports what it has done so far. */
export const PROGRESS_MS = 10;

/** What a sandbox worker thread runs its jobs with. */
export interface JobWorker {
  readonly module: QuickJSWASMModule;
  /** The WebAssembly memory of `module`, sized for jobs of `memoryMb`. */
  readonly memory: WasmMemory;
  readonly memoryMb: number;
  /** Shared with the host (STEP_MARKS). */
  readonly marks: Int32Array;
  /** The wall clock and this thread's CPU time, where it can be read (job-clock.ts). */
  readonly clock: ClockReadings;
}

export function runJob(worker: JobWorker, job: WorkerJob, post: (message: WorkerMessage) => void): void {
  const { memory, memoryMb, marks } = worker;
  const clock = new JobClock(job.limits.timeMs, worker.clock);
  const started = clock.started;
  Atomics.store(marks, STEP_MARKS.loaded, 0);
  Atomics.store(marks, STEP_MARKS.calls, 0);
  Atomics.store(marks, STEP_MARKS.consoleChars, 0);
  Atomics.store(marks, STEP_MARKS.cpuAtStart, clock.cpuAtStartMs ?? -1);
  Atomics.store(marks, STEP_MARKS.id, job.id);
  const session = new VmSession(worker.module, job.limits, clock, () => isNearlyFull(memory, memoryMb));
  let printedAtLoad: string | undefined;
  let calls: CallReport[] = [];
  let unexported: string[] = [];
  let reported = started;
  const stretch = () => ({ id: job.id, ...(printedAtLoad === undefined ? {} : { printedAtLoad }), calls, unexported });
  const step = (): void => {
    Atomics.store(marks, STEP_MARKS.consoleChars, session.console.kept);
    if (!job.reportEachStep && clock.now() - reported < PROGRESS_MS) return;
    post({ type: 'progress', ...stretch() });
    [printedAtLoad, calls, unexported, reported] = [undefined, [], [], clock.now()];
  };

  let load: RawLoadFailure | undefined;
  try {
    load = session.load(job.code);
    if (!load) {
      printedAtLoad = session.console.takeNew();
      Atomics.store(marks, STEP_MARKS.loaded, 1);
      step();
      const targets = new Map<string, ResolvedFunction | RawCallOutcome>();
      const global = new Set<string>();
      let stopped: 'timeout' | 'memory' | undefined;
      job.calls.forEach((call, index) => {
        let outcome: RawCallOutcome;
        if (stopped) {
          outcome = { kind: stopped };
        } else {
          const target = targets.get(call.exportName) ?? session.resolve(call.exportName);
          targets.set(call.exportName, target);
          if ('fn' in target && target.how === 'global' && !global.has(call.exportName)) {
            global.add(call.exportName);
            unexported.push(call.exportName);
          }
          outcome = 'fn' in target ? session.call(target, call.argsJson) : target;
          // The budget is the job's: after a timeout nothing is left; after running out of memory, nothing is safe.
          if (outcome.kind === 'timeout' || outcome.kind === 'memory') stopped = outcome.kind;
        }
        calls.push({ index, outcome, console: session.console.takeNew() });
        Atomics.store(marks, STEP_MARKS.calls, index + 1);
        step();
      });
    }
  } finally {
    const cpuMs = clock.now() - started;
    let healthy = true;
    try {
      session.dispose();
    } catch {
      healthy = false;
    }
    post({
      type: 'done',
      ...stretch(),
      ...(load ? { load } : {}),
      console: session.console.takeNew(),
      consoleTruncated: session.console.truncated,
      cpuMs,
      wasmBytes: memory.buffer.byteLength,
      healthy,
    });
    // QuickJS found live objects it could not free: its state is suspect, so this worker ends.
    if (!healthy) throw new Error('QuickJS could not free the runtime of a job');
  }
}
