// The entry point of a sandbox worker thread (bundled to dist/sandbox-worker.js). It owns
// one QuickJS WebAssembly module in a memory of fixed maximum size and runs one job at a
// time; the host's watchdog terminates it when a job overruns.
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import baseVariant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import { STEP_MARKS, type WorkerData, type WorkerJob, type WorkerMessage } from './protocol.ts';
import { runJob, type JobWorker } from './run-job.ts';
import { ThreadCpu } from './thread-cpu.ts';
import { THREAD_NAMES, nameThisThread } from '../thread-name.ts';
import { createWasmMemory, isNearlyFull } from './wasm-memory.ts';

const port = parentPort;
if (!port) throw new Error('sandbox-worker.js runs as a worker thread of the grader');

nameThisThread(THREAD_NAMES.sandbox);
const { memoryMb, reports, wasmModule, marks: sharedMarks, cpuTime } = workerData as WorkerData;
const marks = new Int32Array(sharedMarks, 0, STEP_MARKS.length);
const memory = createWasmMemory(memoryMb);
const module = await newQuickJSWASMModuleFromVariant(
  newVariant(baseVariant, { wasmMemory: memory, ...(wasmModule ? { wasmModule: wasmModule as WebAssembly.Module } : {}) }),
);
const post = (message: WorkerMessage): void => reports.postMessage(message);
const statPath = cpuTime ? threadStatPath() : undefined;
const threadCpu = ThreadCpu.open(statPath);
const worker: JobWorker = { module, memory, memoryMb, marks, clock: { now: () => performance.now(), threadCpuMs: () => threadCpu.read(), cpuStepMs: threadCpu.stepMs } };

// A first job compiles and warms up the WebAssembly code, which would otherwise happen on a
// student's time: several times the cost of a job, far more on a busy machine.
const WARM_UP: WorkerJob = {
  id: 0,
  code: "module.exports = { f: (x) => { console.log('warm', [x], { x }); return [x, String(x)]; } };",
  calls: [{ exportName: 'f', argsJson: '[1]' }, { exportName: 'g', argsJson: '[]' }],
  limits: { timeMs: 60_000, memoryMb, outputKb: 1 },
};
runJob({ ...worker, marks: new Int32Array(STEP_MARKS.length) }, WARM_UP, () => undefined);

port.on('message', (job: WorkerJob) => {
  try {
    runJob(worker, job, post);
  } catch (error: unknown) {
    // Not the student's fault: QuickJS or this code failed. The module may be corrupt; start over.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: 'fatal', message, memory: isNearlyFull(memory, memoryMb) });
    process.exit(1);
  }
});
post({ type: 'ready', ...(statPath ? { statPath } : {}) });

/** This thread's /proc stat file (Linux): its CPU time is read there or beside it (thread-cpu.ts), by the job clock and the host's watchdog (job-clock.ts). */
function threadStatPath(): string | undefined {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`;
  } catch {
    return undefined;
  }
}
