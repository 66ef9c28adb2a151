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
}

export interface WorkerJob {
  readonly id: number;
  readonly code: string;
  /** Arguments as JSON text; NaN, ±Infinity and −0 are written as strings ("NaN"). */
  readonly calls: readonly { readonly exportName: string; readonly argsJson: string }[];
  readonly limits: SandboxLimits;
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
  | { readonly kind: 'missing-export'; readonly exportName: string; readonly found?: string };

export type RawLoadFailure =
  | { readonly kind: 'threw'; readonly thrown: RawThrown }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'memory' };

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'loaded'; readonly id: number; readonly console: string }
  | { readonly type: 'call'; readonly id: number; readonly index: number; readonly outcome: RawCallOutcome; readonly console: string }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly load?: RawLoadFailure;
      readonly unexported: readonly string[];
      readonly console: string;
      readonly consoleTruncated: boolean;
      readonly cpuMs: number;
      /** Size of the worker's WebAssembly memory after the job (it never shrinks). */
      readonly wasmBytes: number;
      /** False when the runtime could not be freed; the worker exits after this message. */
      readonly healthy: boolean;
    }
  /** The worker itself failed (not the student's code); it exits after sending this. */
  | { readonly type: 'fatal'; readonly message: string; readonly memory: boolean };

/** Encodes call arguments so that non-finite numbers and −0 survive JSON. */
export function encodeArgs(args: readonly unknown[]): string {
  const special = (x: number): number | string => (Object.is(x, -0) ? '-0' : Number.isFinite(x) ? x : String(x));
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === 'number' ? special(value) : value));
}
