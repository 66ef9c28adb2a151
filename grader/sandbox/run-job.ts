// A worker runs one job: a fresh QuickJS runtime, the student's file, then each call in
// order, reporting every step as it happens so that a killed worker loses nothing done.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { RawCallOutcome, RawLoadFailure, WorkerJob, WorkerMessage } from './protocol.ts';
import { isNearlyFull, type WasmMemory } from './wasm-memory.ts';
import { VmSession, type ResolvedFunction } from './vm-session.ts';

export function runJob(
  module: QuickJSWASMModule,
  memory: WasmMemory,
  memoryMb: number,
  job: WorkerJob,
  post: (message: WorkerMessage) => void,
): void {
  const started = performance.now();
  const session = new VmSession(module, job.limits, started + job.limits.timeMs, () => isNearlyFull(memory, memoryMb));
  const unexported: string[] = [];
  let load: RawLoadFailure | undefined;
  try {
    load = session.load(job.code);
    if (!load) {
      post({ type: 'loaded', id: job.id, console: session.console.takeNew() });
      const targets = new Map<string, ResolvedFunction | RawCallOutcome>();
      let stopped: 'timeout' | 'memory' | undefined;
      job.calls.forEach((call, index) => {
        let outcome: RawCallOutcome;
        if (stopped) {
          outcome = { kind: stopped };
        } else {
          const target = targets.get(call.exportName) ?? session.resolve(call.exportName);
          targets.set(call.exportName, target);
          if ('fn' in target && target.how === 'global' && !unexported.includes(call.exportName)) unexported.push(call.exportName);
          outcome = 'fn' in target ? session.call(target, call.argsJson) : target;
          // The budget is the job's: after a timeout nothing is left; after running out of memory, nothing is safe.
          if (outcome.kind === 'timeout' || outcome.kind === 'memory') stopped = outcome.kind;
        }
        post({ type: 'call', id: job.id, index, outcome, console: session.console.takeNew() });
      });
    }
  } finally {
    const cpuMs = performance.now() - started;
    let healthy = true;
    try {
      session.dispose();
    } catch {
      healthy = false;
    }
    post({
      type: 'done',
      id: job.id,
      ...(load ? { load } : {}),
      unexported,
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
