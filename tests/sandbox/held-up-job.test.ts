// A job held up by a loaded machine, simulated: the job's wall clock jumps ahead (as if the
// thread had waited for a core) while its CPU clock does not. Run in this thread, with the
// worker's own runJob, so that the clocks can be what the test says.
import baseVariant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClockReadings } from '../../grader/sandbox/job-clock.ts';
import { encodeArgs, STEP_MARKS, type WorkerMessage } from '../../grader/sandbox/protocol.ts';
import { runJob } from '../../grader/sandbox/run-job.ts';
import { transpile } from '../../grader/sandbox/transpile.ts';
import { createWasmMemory } from '../../grader/sandbox/wasm-memory.ts';

let module: QuickJSWASMModule;
const memory = createWasmMemory(32);
beforeAll(async () => {
  module = await newQuickJSWASMModuleFromVariant(newVariant(baseVariant, { wasmMemory: memory }));
});

const LIMIT_MS = 100;
const SUM = 'export const f = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };';
const LOOP = 'export const f = () => { for (;;) {} };';

/** Runs one job with these clocks; answers the call outcomes and the real time it took. */
async function run(source: string, clock: ClockReadings, args: number[] = [1000]) {
  const code = await transpile(source, 'solution.js');
  if (!code.ok) throw new Error(code.message);
  const messages: WorkerMessage[] = [];
  const started = performance.now();
  runJob(
    { module, memory, memoryMb: 32, marks: new Int32Array(STEP_MARKS.length), clock },
    { id: 1, code: code.code, calls: [{ exportName: 'f', argsJson: encodeArgs(args) }], limits: { timeMs: LIMIT_MS, memoryMb: 32, outputKb: 1 } },
    (message) => messages.push(message),
  );
  const calls = messages.flatMap((message) => (message.type === 'progress' || message.type === 'done' ? message.calls.map((call) => call.outcome) : []));
  return { calls, ms: performance.now() - started };
}

/** A wall clock that runs `heldUpMs` ahead from the job's start on, and a CPU clock that does not. */
function heldUp(heldUpMs: number, cpuShare = 1): ClockReadings {
  const origin = performance.now();
  let reads = 0;
  return {
    // The first reading is the job's start; every later one comes after the hold-up.
    now: () => performance.now() + (reads++ === 0 ? 0 : heldUpMs),
    threadCpuMs: () => (performance.now() - origin) * cpuShare,
  };
}

describe('a job held up past its limit by the machine, not by its code', () => {
  it('is not a timeout when its CPU time can be read', async () => {
    // Clocks that stand still but for the hold-up: a loaded machine running this test cannot
    // move them on (heldUp's follow the real time, which the sum takes too).
    let reads = 0;
    const standing: ClockReadings = { now: () => (reads++ === 0 ? 0 : 3 * LIMIT_MS), threadCpuMs: () => 0 };
    expect((await run(SUM, standing)).calls).toEqual([{ kind: 'returned', value: { type: 'number', value: 499500 } }]);
  });

  it('is a timeout on the wall clock alone (where the pool runs it again)', async () => {
    const wallOnly = heldUp(3 * LIMIT_MS);
    expect((await run(SUM, { now: wallOnly.now, threadCpuMs: () => undefined })).calls).toEqual([{ kind: 'timeout' }]);
  });

  it('still stops an endless loop once it has had its limit in CPU time', async () => {
    const { calls, ms } = await run(LOOP, heldUp(3 * LIMIT_MS));
    expect(calls).toEqual([{ kind: 'timeout' }]);
    // It ran for its limit (90% of it, at least), not on until the latest end (4 times the limit).
    expect(ms).toBeGreaterThanOrEqual(0.9 * LIMIT_MS - 5);
    expect(ms).toBeLessThan(3 * LIMIT_MS);
  });

  it('stops an endless loop that gets a tenth of a core at four times its limit', async () => {
    const { calls, ms } = await run(LOOP, heldUp(0, 0.1));
    expect(calls).toEqual([{ kind: 'timeout' }]);
    expect(ms).toBeGreaterThanOrEqual(4 * LIMIT_MS - 5);
    expect(ms).toBeLessThan(5 * LIMIT_MS);
  });
});
