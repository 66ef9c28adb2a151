// Messages between a batch and its grade workers (threads that each grade whole students:
// read, grade with a sandbox of their own, render and write). Everything here is plain data.
import type { TemplateFile } from '../report/index.ts';
import type { WasmModule } from '../sandbox/index.ts';
import type { StageTotals } from '../stage-timings.ts';
import type { ClassRun, StudentOutcome, StudentTarget } from './student-run.ts';

/** A ClassRun as it crosses to a worker: compiled templates and the sandbox are made there. */
export interface GradeWorkerSetup extends Omit<ClassRun, 'templates' | 'gradeFunction'> {
  /** The templates the batch compiled, compiled again in the worker (the same bytes come out). */
  readonly templateSources: readonly TemplateFile[];
  /** The language the reports are written in: its catalogue is read again in the worker. */
  readonly catalogue: { readonly lang: string; readonly file: string };
  /** Sandbox worker threads of this grade worker. */
  readonly sandboxSize: number;
  /** QuickJS compiled once for every sandbox of the batch (see sandbox/wasm-module.ts). */
  readonly wasmModule: WasmModule;
  /** Record stage timings (for the bench) and send them back at the end. */
  readonly timings: boolean;
}

export type GradeWorkerRequest = { readonly type: 'student'; readonly index: number; readonly target: StudentTarget } | { readonly type: 'finish' };

export type GradeWorkerReply =
  | { readonly type: 'graded'; readonly index: number; readonly outcome: StudentOutcome }
  /** Grading a student threw (a file that cannot be written): the batch stops, as it would in one thread. */
  | { readonly type: 'failed'; readonly index: number; readonly message: string; readonly stack?: string }
  /** After `finish`: the worker's stage timings, when asked for. */
  | { readonly type: 'finished'; readonly timings?: StageTotals };
