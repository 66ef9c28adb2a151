// What goes into the sandbox and what comes out. Everything here is plain data: the
// student's live objects never leave QuickJS, only these descriptions of them do.
import type { Value } from '../../reference/index.ts';

export interface SandboxLimits {
  /** Time budget for the whole job (loading the file and every call), in milliseconds. */
  readonly timeMs: number;
  /** QuickJS heap for the job, in megabytes. */
  readonly memoryMb: number;
  /** Console output kept, in kilobytes (counted in characters); the rest is cut. */
  readonly outputKb: number;
}

export interface SandboxCall {
  readonly exportName: string;
  readonly args: readonly Value[];
}

export interface SandboxJob {
  /** The student's file text (already decoded), TypeScript or JavaScript. */
  readonly source: string;
  /** Named in messages (`solution.ts:3:7`); `.ts`, `.mts`, `.cts` and `.tsx` are read as TypeScript. */
  readonly filename: string;
  readonly calls: readonly SandboxCall[];
  readonly limits: SandboxLimits;
}

/**
 * A value the student's code returned, read inside QuickJS under the job's deadline and
 * described as data. Strings and arrays are cut short; `length` keeps the full size.
 */
export type PlainValue =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly text: string; readonly length: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'undefined' }
  | { readonly type: 'null' }
  | { readonly type: 'bigint'; readonly text: string }
  | { readonly type: 'symbol' }
  | { readonly type: 'function' }
  /** An Array, or a typed array (`kind` names it: `Float64Array`). */
  | { readonly type: 'array'; readonly items: readonly PlainValue[]; readonly length: number; readonly kind?: string }
  /** Any other object; `tag` is what Object.prototype.toString says (`Object`, `Map`, `Error`). */
  | { readonly type: 'object'; readonly tag: string }
  | { readonly type: 'promise'; readonly state: 'pending' | 'fulfilled' | 'rejected'; readonly value?: PlainValue; readonly reason?: string }
  /** Reading the value threw (a Proxy trap, a getter) or did not finish. */
  | { readonly type: 'unreadable'; readonly reason: string };

/** A position in the student's own source: 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

export type CallOutcome =
  | { readonly kind: 'returned'; readonly value: PlainValue }
  | { readonly kind: 'threw'; readonly message: string; readonly line?: number; readonly col?: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'memory' }
  /**
   * The file has no function of that name; `found` is the type of what it has instead, and
   * `exported` the names it does export (identifiers only) when it has nothing of that name.
   */
  | { readonly kind: 'missing-export'; readonly exportName: string; readonly found?: string; readonly exported?: readonly string[] };

export interface SandboxTiming {
  /** Stripping types and instrumenting the file (host side). */
  readonly transpileMs: number;
  /** Waiting for a free worker (and starting one when needed). */
  readonly queueMs: number;
  /** From handing the job to a worker until its last message (includes messaging). */
  readonly runMs: number;
  /** Time the worker spent inside QuickJS: creating the runtime, loading, calling, reading. */
  readonly cpuMs: number;
}

interface OutcomeBase {
  /** What the code printed, control characters escaped, at most `outputKb` kilobytes. */
  readonly console: string;
  readonly consoleTruncated: boolean;
  readonly timing: SandboxTiming;
}

export type SandboxOutcome = OutcomeBase &
  (
    | {
        readonly kind: 'ran';
        /** One per job call, in order. */
        readonly calls: readonly CallOutcome[];
        /** Functions found as top-level declarations of the file rather than as exports. */
        readonly unexported: readonly string[];
        /** The console output split by when it was printed: while loading, and during each call (escaped). */
        readonly printedAtLoad: string;
        readonly printedByCall: readonly string[];
      }
    | { readonly kind: 'syntax-error'; readonly message: string; readonly line: number; readonly col: number }
    | { readonly kind: 'load-error'; readonly message: string; readonly line?: number; readonly col?: number }
    | { readonly kind: 'timeout'; readonly phase: 'load' }
    | { readonly kind: 'memory'; readonly phase: 'load' }
    | { readonly kind: 'too-large'; readonly bytes: number; readonly limitBytes: number }
    | { readonly kind: 'crashed'; readonly message: string }
  );

export type SandboxOutcomeKind = SandboxOutcome['kind'];
