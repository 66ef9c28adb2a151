// One job's QuickJS runtime, inside a worker: the prelude, the student's file, and the
// calls, each under the job's deadline (the interrupt handler) and memory limit. Every
// failure comes back as data; a host exception here means the sandbox itself broke.
// Functions are found and called from here, through built-ins kept before the student's code
// ran (prelude.ts): a job compiles no JavaScript of the sandbox's own unless it prints or
// returns a long array.
// QuickJS's promise machinery catches even the interrupt: a promise callback, an async
// function's body or a Promise executor that is interrupted rejects its promise, and the code
// around it goes on (a call returns, the queue of callbacks empties). So a section of the
// student's code in which the interrupt fired is out of time however it ended (outOfTime).
import {
  DefaultIntrinsics,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { ConsoleBuffer } from './console-buffer.ts';
import { ENGINE_FILENAME } from './positions.ts';
import { keptIndex, type KeptBuiltin } from './kept.ts';
import { installPrelude, PRELUDE_FILENAME, type Prelude } from './prelude.ts';
import type { RawCallOutcome, RawThrown } from './protocol.ts';
import { isOutOfMemory } from './thrown-message.ts';
import { StretchClock, type JobClock } from './job-clock.ts';
import type { SandboxLimits } from './types.ts';
import { VmReader, type ReaderHost } from './vm-reader.ts';
import { resolveFunction, type ResolvedFunction } from './vm-resolve.ts';

export type { ResolvedFunction } from './vm-resolve.ts';

/**
 * Freed when the student's code fails, so that reading the failure has memory to work in.
 * Allocated inside QuickJS (no copy from the host); 256 KB is far more than reading a thrown
 * error takes, and QuickJS zero-fills it in every job (1 MB was 4% of a worker's time).
 */
const RESERVE = 'new ArrayBuffer(262144)';
/** QuickJS's own stack: deep recursion stops here, well before the worker's stack. */
const STACK_BYTES = 1024 * 1024;
/** Arguments come as JSON text; these strings in it stand for NaN, ±Infinity and −0 (see encodeArgs). */
const REVIVE_NUMBERS = "(key, value) => (typeof value === 'string' ? +value : value)";

type Failure = { readonly kind: 'timeout' } | { readonly kind: 'memory' } | { readonly kind: 'threw'; readonly thrown: RawThrown };

const TIMEOUT = { kind: 'timeout' } as const;

export class VmSession implements ReaderHost {
  readonly console: ConsoleBuffer;
  private readonly reader = new VmReader(this);
  private readonly rt: QuickJSRuntime;
  readonly ctx: QuickJSContext;
  private readonly prelude: Prelude;
  private revive: QuickJSHandle | undefined;
  private readonly owned: QuickJSHandle[] = [];
  private reserve: QuickJSHandle | undefined;
  /** The time of the section of QuickJS code running now ('job': only the job's), or undefined outside one. */
  private section: StretchClock | 'job' | undefined;
  private wasInterrupted = false;

  /**
   * @param clock says when the job's time is up (job-clock.ts).
   * @param memoryFull whether the WebAssembly memory is at its maximum (allocations fail).
   */
  constructor(
    module: QuickJSWASMModule,
    limits: SandboxLimits,
    private readonly clock: JobClock,
    readonly memoryFull: () => boolean,
  ) {
    this.console = new ConsoleBuffer(limits.outputKb * 1024);
    this.rt = module.newRuntime();
    this.rt.setMemoryLimit(limits.memoryMb * 1024 * 1024);
    this.rt.setMaxStackSize(STACK_BYTES);
    this.rt.setInterruptHandler(() => {
      if (this.section === undefined) return false;
      const now = this.clock.now();
      const sectionUp = this.section !== 'job' && this.section.isUp(now);
      if (!sectionUp && (now < this.clock.deadline || !this.clock.isUp(now))) return false;
      this.wasInterrupted = true;
      return true;
    });
    // No Date: a submission's output must not depend on when it was graded.
    this.ctx = this.rt.newContext({ intrinsics: { ...DefaultIntrinsics, Date: false } });
    this.prelude = installPrelude(this.ctx, { write: (chunk, fullLength) => this.console.write(chunk, fullLength), outputLimit: limits.outputKb * 1024 });
    this.reserve = this.ctx.unwrapResult(this.ctx.evalCode(RESERVE, PRELUDE_FILENAME, { type: 'global', strict: true }));
  }

  kept(name: KeptBuiltin): QuickJSHandle {
    return this.prelude.kept[keptIndex(name)]!;
  }

  keptList(): QuickJSHandle {
    return this.prelude.keptArray;
  }

  throwSite(): number {
    return this.ctx.getProp(this.prelude.site, 0).consume((h) => (this.ctx.typeof(h) === 'number' ? this.ctx.getNumber(h) : -1));
  }

  interrupted(): boolean {
    return this.wasInterrupted;
  }

  /** Evaluates the student's file and runs the microtasks it queued. */
  load(code: string): Failure | undefined {
    const result = this.underTime(undefined, () => this.ctx.evalCode(code, ENGINE_FILENAME, { type: 'global' }));
    if (result.error) return this.failure(result.error);
    result.value.dispose();
    return this.outOfTime() ?? this.drain();
  }

  /** The function to call for `name`, or why there is none. */
  resolve(name: string): ResolvedFunction | RawCallOutcome {
    if (this.clock.isUp()) return TIMEOUT;
    const result = this.underTime(undefined, () => resolveFunction(this, this.prelude.module, name));
    if ('error' in result) return this.failure(result.error);
    // `self` may be the context's own `undefined`, which is never disposed.
    const handles = 'fn' in result ? [result.fn, result.self].filter((handle) => handle !== this.ctx.undefined) : [];
    const late = this.outOfTime();
    if (late) {
      for (const handle of handles) if (handle.alive) handle.dispose();
      return late;
    }
    this.owned.push(...handles);
    return result;
  }

  /** Calls the function with arguments given as JSON text, runs the callbacks it queued, and reads what it returned. */
  call(target: ResolvedFunction, argsJson: string): RawCallOutcome {
    if (this.clock.isUp()) return TIMEOUT;
    const { ctx } = this;
    // Only non-finite numbers and −0 are written as strings.
    if (argsJson.includes('"')) this.revive ??= ctx.unwrapResult(ctx.evalCode(REVIVE_NUMBERS, PRELUDE_FILENAME, { type: 'global', strict: true }));
    const minusOne = ctx.newNumber(-1);
    ctx.setProp(this.prelude.site, 0, minusOne);
    minusOne.dispose();
    const text = ctx.newString(argsJson);
    const args = ctx.callFunction(this.kept('JSON.parse'), ctx.undefined, text, ...(argsJson.includes('"') ? [this.revive!] : []));
    text.dispose();
    const result = this.underTime(undefined, () =>
      args.error ? args : ctx.callFunction(this.kept('Reflect.apply'), ctx.undefined, target.fn, target.self, args.value),
    );
    if (result !== args) args.dispose();
    if (result.error) return this.failure(result.error);
    try {
      // A Promise is read as it is now, never waited for: the callbacks it queued do not run.
      const pending = this.outOfTime() ?? (this.reader.isPromise(result.value) ? undefined : this.drain());
      if (pending) return pending;
      const value = this.reader.readValue(result.value);
      if (value === 'timeout' || value === 'memory') return { kind: value };
      return { kind: 'returned', value };
    } finally {
      result.value.dispose();
    }
  }

  dispose(): void {
    this.reader.dispose();
    this.prelude.dispose();
    for (const handle of [...this.owned, this.revive, this.reserve]) {
      if (handle?.alive) handle.dispose();
    }
    this.ctx.dispose();
    this.rt.dispose();
  }

  jobTimeUp(): boolean {
    return this.clock.isUp();
  }

  /**
   * Runs QuickJS code until the job's time is up, or until it has had `limitMs` of its own first;
   * `interrupted()` then tells whether the interrupt fired in it, even where the code caught it.
   */
  underTime<T>(limitMs: number | undefined, run: () => T): T {
    const outer = this.section;
    this.section = limitMs === undefined ? 'job' : new StretchClock(limitMs, this.clock.readings, this.clock.now());
    this.wasInterrupted = false;
    try {
      return run();
    } finally {
      this.section = outer;
    }
  }

  /** Runs queued promise callbacks in batches until none are left or time runs out. */
  private drain(): Failure | undefined {
    while (this.rt.hasPendingJob()) {
      if (this.clock.isUp()) return TIMEOUT;
      const result = this.underTime(undefined, () => this.rt.executePendingJobs(64));
      if (result.error) {
        const failure = this.failure(result.error);
        if (failure.kind !== 'threw') return failure;
      } else if (this.outOfTime()) {
        return TIMEOUT;
      }
    }
    return undefined;
  }

  /**
   * A timeout when the job's section of code that just ended without failing was interrupted
   * all the same: a promise callback, an async function or a Promise executor caught the
   * interrupt (see the top of this file). The interrupt fires there only when the job's time is up.
   */
  private outOfTime(): typeof TIMEOUT | undefined {
    return this.wasInterrupted ? TIMEOUT : undefined;
  }

  /** Classifies (and disposes) what a failed evaluation threw. */
  private failure(error: QuickJSHandle): Failure {
    try {
      if (this.wasInterrupted && this.clock.isUp()) return TIMEOUT;
      this.releaseReserve();
      const thrown = this.reader.describe(error);
      if (thrown === 'timeout') return TIMEOUT;
      if (isOutOfMemory(thrown) || (this.memoryFull() && (thrown.unreadable !== undefined || thrown.value?.type === 'null'))) {
        return { kind: 'memory' };
      }
      return { kind: 'threw', thrown };
    } finally {
      error.dispose();
    }
  }

  private releaseReserve(): void {
    this.reserve?.dispose();
    this.reserve = undefined;
  }
}
