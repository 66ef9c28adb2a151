// The sandbox for a batch: its worker threads start with the first code exercise that
// has code to run, so a class that answers only numbers never pays for them.
import { createFunctionGrader, type GradeFunction, type TimingListener } from '../grade/index.ts';
import { SandboxPool, type WasmModule } from '../sandbox/index.ts';
import { addStageTime } from '../stage-timings.ts';

export interface SandboxSession {
  readonly gradeFunction: GradeFunction;
  close(): Promise<void>;
}

export function openSandbox(options: { readonly size?: number; readonly wasmModule?: WasmModule; readonly onTiming?: TimingListener } = {}): SandboxSession {
  let pool: SandboxPool | undefined;
  let grader: GradeFunction | undefined;
  return {
    gradeFunction: (exercise, source, ctx) => {
      if (!grader) {
        pool = new SandboxPool({ ...(options.size === undefined ? {} : { size: options.size }), ...(options.wasmModule ? { wasmModule: options.wasmModule } : {}) });
        grader = createFunctionGrader(pool, (timing, exerciseId, studentId) => {
          addStageTime('sandbox', timing.cpuMs);
          options.onTiming?.(timing, exerciseId, studentId);
        });
      }
      return grader(exercise, source, ctx);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
