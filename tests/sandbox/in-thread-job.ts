// Runs one sandbox job in the test's own thread, with the worker's own runJob and clocks the test
// chooses (a job held up by a loaded machine, a time that runs out at a chosen reading).
import baseVariant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { ClockReadings } from '../../grader/sandbox/job-clock.ts';
import { encodeArgs, STEP_MARKS, type RawCallOutcome, type RawLoadFailure, type WorkerMessage } from '../../grader/sandbox/protocol.ts';
import { runJob } from '../../grader/sandbox/run-job.ts';
import { transpile } from '../../grader/sandbox/transpile.ts';
import { createWasmMemory } from '../../grader/sandbox/wasm-memory.ts';

const MEMORY_MB = 32;
const memory = createWasmMemory(MEMORY_MB);
let module: Promise<QuickJSWASMModule> | undefined;

export interface InThreadJob {
  /** The exported function called, once for each list of arguments. */
  readonly name: string;
  readonly calls: readonly (readonly unknown[])[];
  readonly limitMs: number;
}

export interface InThreadRun {
  readonly load?: RawLoadFailure;
  readonly calls: readonly RawCallOutcome[];
}

/** Runs `source` as a worker would, timed by `clock`; answers the load failure, if any, and every call's outcome. */
export async function runInThread(source: string, clock: ClockReadings, job: InThreadJob): Promise<InThreadRun> {
  module ??= newQuickJSWASMModuleFromVariant(newVariant(baseVariant, { wasmMemory: memory }));
  const code = await transpile(source, 'solution.js');
  if (!code.ok) throw new Error(code.message);
  const messages: WorkerMessage[] = [];
  runJob(
    { module: await module, memory, memoryMb: MEMORY_MB, marks: new Int32Array(STEP_MARKS.length), clock },
    {
      id: 1,
      code: code.code,
      calls: job.calls.map((args) => ({ exportName: job.name, argsJson: encodeArgs(args) })),
      limits: { timeMs: job.limitMs, memoryMb: MEMORY_MB, outputKb: 1 },
    },
    (message) => messages.push(message),
  );
  const done = messages.find((message) => message.type === 'done');
  const calls = messages.flatMap((message) => (message.type === 'progress' || message.type === 'done' ? message.calls.map((call) => call.outcome) : []));
  return { ...(done?.type === 'done' && done.load ? { load: done.load } : {}), calls };
}

/** Clocks that are counters: each reading of the wall clock moves it `wallStep` on, and the CPU clock one step. */
export interface CountingClock extends ClockReadings {
  /** Readings of the wall clock so far: the CPU time the job had. */
  readonly ticks: () => number;
}

/**
 * A quiet machine (`wallStep` 1: the thread runs all the time) or a loaded one (4: it gets a
 * quarter of a core). QuickJS reads the clock every so many operations, so a job's CPU time on
 * these clocks is the work it did, the same on any machine, and its time runs out at a reading
 * the test can pick with the limit.
 */
export function countingClock(wallStep: number): CountingClock {
  let ticks = 0;
  return { now: () => ++ticks * wallStep, threadCpuMs: () => ticks, ticks: () => ticks };
}
