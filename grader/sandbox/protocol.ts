// Messages between the pool (host) and a sandbox worker. Positions in them are still the
// engine's (transpiled code); the host maps them back to the student's file.
import type { MessagePort } from 'node:worker_threads';
import type { PlainValue, SandboxLimits } from './types.ts';

export interface WorkerData {
  /** The QuickJS heap this worker's WebAssembly memory is sized for. */
  readonly memoryMb: number;
  /**
   * Where the worker reports (its jobs arrive on parentPort). A port of its own lets the host's
   * watchdog read, synchronously, whatever already arrived before it decides to kill.
   */
  readonly reports: MessagePort;
  /** QuickJS's compiled WebAssembly.Module, shared by the host (see wasm-module.ts). */
  readonly wasmModule?: object;
  /** Where the worker marks each step it finishes, for the watchdog to read (see STEP_MARKS). */
  readonly marks: SharedArrayBuffer;
  /** False: count a job's time on the wall clock only, even where the thread's CPU time can be read. */
  readonly cpuTime: boolean;
}

/**
 * Int32s the worker sets for the job it runs: its id, the thread's CPU time when it started
 * (ms, −1 when it cannot be read), and after each step: 1 once the file loaded, the calls
 * finished, the console characters kept. A step is cheap to mark and costly to report, so
 * the worker reports once, at the end; the watchdog reads the marks to tell whether the job
 * has had its time in CPU (job-clock.ts), and, when it kills the worker, whether anything was
 * done that had not been reported.
 */
export const STEP_MARKS = { id: 0, cpuAtStart: 1, loaded: 2, calls: 3, consoleChars: 4, length: 5 } as const;

export interface WorkerJob {
  readonly id: number;
  readonly code: string;
  /** Arguments as JSON text; NaN, ±Infinity and −0 are written as strings ("NaN"). */
  readonly calls: readonly { readonly exportName: string; readonly argsJson: string }[];
  readonly limits: SandboxLimits;
  /**
   * Report each step as soon as it is done (a second run after a watchdog kill, so that what
   * finished before a hang is not lost). Otherwise the worker reports once, at the end, and
   * before that only when the job has run long (see run-job.ts).
   */
  readonly reportEachStep?: boolean;
}

/** What was thrown, as the prelude read it inside QuickJS. */
export interface RawThrown {
  /** Set when a primitive (or null) was thrown. */
  readonly value?: PlainValue;
  /** For an object: Object.prototype.toString's tag, and its name and message when readable. */
  readonly tag?: string;
  readonly name?: PlainValue;
  readonly message?: PlainValue;
  readonly stack?: string;
  /** The last `throw` statement that ran (see throw-sites.ts), or −1. */
  readonly site: number;
  /** Set when the thrown value itself could not be read. */
  readonly unreadable?: string;
}

export type RawCallOutcome =
  | { readonly kind: 'returned'; readonly value: PlainValue }
  | { readonly kind: 'threw'; readonly thrown: RawThrown }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'memory' }
  | { readonly kind: 'missing-export'; readonly exportName: string; readonly found?: string; readonly exported?: readonly string[] };

export type RawLoadFailure =
  | { readonly kind: 'threw'; readonly thrown: RawThrown }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'memory' };

/** A call that finished, with what it printed. */
export interface CallReport {
  readonly index: number;
  readonly outcome: RawCallOutcome;
  readonly console: string;
}

/** The steps done since the worker last reported. */
export interface Progress {
  readonly id: number;
  /** Set when the file finished loading in this stretch: what it printed while loading. */
  readonly printedAtLoad?: string;
  readonly calls: readonly CallReport[];
  /** Functions found as top-level declarations rather than exports, new in this stretch. */
  readonly unexported: readonly string[];
}

export type WorkerMessage =
  /** `statPath`: the worker thread's /proc stat file, where the host can read its CPU time (Linux). */
  | { readonly type: 'ready'; readonly statPath?: string }
  | ({ readonly type: 'progress' } & Progress)
  | ({
      readonly type: 'done';
      readonly load?: RawLoadFailure;
      /** Printed after the last reported step. */
      readonly console: string;
      readonly consoleTruncated: boolean;
      readonly cpuMs: number;
      /** Size of the worker's WebAssembly memory after the job (it never shrinks). */
      readonly wasmBytes: number;
      /** False when the runtime could not be freed; the worker exits after this message. */
      readonly healthy: boolean;
    } & Progress)
  /** The worker itself failed (not the student's code); it exits after sending this. */
  | { readonly type: 'fatal'; readonly message: string; readonly memory: boolean };

/** Encodes call arguments so that non-finite numbers and −0 survive JSON. */
export function encodeArgs(args: readonly unknown[]): string {
  const special = (x: number): number | string => (Object.is(x, -0) ? '-0' : Number.isFinite(x) ? x : String(x));
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === 'number' ? special(value) : value));
}
