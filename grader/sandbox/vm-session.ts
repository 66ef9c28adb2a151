// One job's QuickJS runtime, inside a worker: the prelude, the student's file, and the
// calls, each under the job's deadline (the interrupt handler) and memory limit. Every
// failure comes back as data; a host exception here means the sandbox itself broke.
import {
  DefaultIntrinsics,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { ConsoleBuffer } from './console-buffer.ts';
import { ENGINE_FILENAME } from './positions.ts';
import { PRELUDE, PRELUDE_API, PRELUDE_FILENAME, type PreludeFunction } from './prelude.ts';
import type { RawCallOutcome, RawThrown } from './protocol.ts';
import { isOutOfMemory } from './thrown-message.ts';
import type { SandboxLimits } from './types.ts';
import { VmReader, type ReaderHost } from './vm-reader.ts';

/** Freed when the student's code fails, so that reading the failure has memory to work in (copied in, never written). */
const RESERVE = new ArrayBuffer(1024 * 1024);
/** QuickJS's own stack: deep recursion stops here, well before the worker's stack. */
const STACK_BYTES = 1024 * 1024;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export interface ResolvedFunction {
  readonly fn: QuickJSHandle;
  readonly self: QuickJSHandle;
  readonly how: 'export' | 'global';
}

type Failure = { readonly kind: 'timeout' } | { readonly kind: 'memory' } | { readonly kind: 'threw'; readonly thrown: RawThrown };

export class VmSession implements ReaderHost {
  readonly console: ConsoleBuffer;
  private readonly reader = new VmReader(this);
  private readonly rt: QuickJSRuntime;
  readonly ctx: QuickJSContext;
  private readonly api = new Map<PreludeFunction, QuickJSHandle>();
  private readonly owned: QuickJSHandle[] = [];
  private reserve: QuickJSHandle | undefined;
  private deadline = Infinity;
  private interrupted = false;

  /**
   * @param jobDeadline performance.now() value after which the job's code is stopped.
   * @param memoryFull whether the WebAssembly memory is at its maximum (allocations fail).
   */
  constructor(
    module: QuickJSWASMModule,
    limits: SandboxLimits,
    readonly jobDeadline: number,
    readonly memoryFull: () => boolean,
  ) {
    this.console = new ConsoleBuffer(limits.outputKb * 1024);
    this.rt = module.newRuntime();
    this.rt.setMemoryLimit(limits.memoryMb * 1024 * 1024);
    this.rt.setMaxStackSize(STACK_BYTES);
    this.rt.setInterruptHandler(() => {
      if (performance.now() <= this.deadline) return false;
      this.interrupted = true;
      return true;
    });
    // No Date: a submission's output must not depend on when it was graded.
    this.ctx = this.rt.newContext({ intrinsics: { ...DefaultIntrinsics, Date: false } });
    this.installPrelude(limits);
    this.reserve = this.ctx.newArrayBuffer(RESERVE);
  }

  private installPrelude(limits: SandboxLimits): void {
    const { ctx } = this;
    const write = ctx.newFunction('write', (chunk, fullLength) => {
      if (chunk && fullLength && ctx.typeof(chunk) === 'string') this.console.write(ctx.getString(chunk), ctx.getNumber(fullLength));
    });
    const outputLimit = ctx.newNumber(limits.outputKb * 1024);
    const install = ctx.unwrapResult(ctx.evalCode(PRELUDE, PRELUDE_FILENAME, { type: 'global', strict: true }));
    const api = ctx.unwrapResult(ctx.callFunction(install, ctx.undefined, write, outputLimit));
    for (const name of PRELUDE_API) this.api.set(name, ctx.getProp(api, name));
    for (const handle of [api, install, outputLimit, write]) handle.dispose();
  }

  /** Evaluates the student's file and runs the microtasks it queued. */
  load(code: string): Failure | undefined {
    const result = this.underDeadline(this.jobDeadline, () => this.ctx.evalCode(code, ENGINE_FILENAME, { type: 'global' }));
    if (result.error) return this.failure(result.error);
    result.value.dispose();
    return this.drain();
  }

  /** The function to call for `name`, or why there is none. */
  resolve(name: string): ResolvedFunction | RawCallOutcome {
    if (!IDENTIFIER.test(name)) return { kind: 'missing-export', exportName: name };
    if (performance.now() >= this.jobDeadline) return { kind: 'timeout' };
    const nameHandle = this.ctx.newString(name);
    const result = this.underDeadline(this.jobDeadline, () => this.ctx.callFunction(this.fn('resolve'), this.ctx.undefined, nameHandle));
    nameHandle.dispose();
    if (result.error) return this.failure(result.error);
    const record = result.value;
    const fn = this.ctx.getProp(record, 'fn');
    const self = this.ctx.getProp(record, 'self');
    const how = this.ctx.getProp(record, 'how').consume((h) => this.ctx.getString(h));
    record.dispose();
    const type = this.ctx.typeof(fn);
    if (how === 'none' || type !== 'function') {
      fn.dispose();
      self.dispose();
      return { kind: 'missing-export', exportName: name, ...(how === 'none' ? {} : { found: type }) };
    }
    this.owned.push(fn, self);
    return { fn, self, how: how === 'global' ? 'global' : 'export' };
  }

  /** Calls the function with arguments given as JSON text and reads what it returned. */
  call(target: ResolvedFunction, argsJson: string): RawCallOutcome {
    if (performance.now() >= this.jobDeadline) return { kind: 'timeout' };
    const args = this.ctx.newString(argsJson);
    const result = this.underDeadline(this.jobDeadline, () =>
      this.ctx.callFunction(this.fn('invoke'), this.ctx.undefined, target.fn, target.self, args),
    );
    args.dispose();
    if (result.error) return this.failure(result.error);
    try {
      const pending = this.drain();
      if (pending) return pending;
      const value = this.reader.readValue(result.value);
      if (value === 'timeout' || value === 'memory') return { kind: value };
      return { kind: 'returned', value };
    } finally {
      result.value.dispose();
    }
  }

  dispose(): void {
    for (const handle of [...this.owned, ...this.api.values(), ...(this.reserve ? [this.reserve] : [])]) {
      if (handle.alive) handle.dispose();
    }
    this.ctx.dispose();
    this.rt.dispose();
  }

  private fn(name: PreludeFunction): QuickJSHandle {
    return this.api.get(name)!;
  }

  callPrelude(name: PreludeFunction, deadline: number, ...args: QuickJSHandle[]) {
    const result = this.underDeadline(deadline, () => this.ctx.callFunction(this.fn(name), this.ctx.undefined, ...args));
    return { result, interrupted: this.interrupted };
  }

  private underDeadline<T>(deadline: number, run: () => T): T {
    this.deadline = deadline;
    this.interrupted = false;
    try {
      return run();
    } finally {
      this.deadline = Infinity;
    }
  }

  /** Runs queued promise callbacks in batches until none are left or time runs out. */
  private drain(): Failure | undefined {
    while (this.rt.hasPendingJob()) {
      if (performance.now() >= this.jobDeadline) return { kind: 'timeout' };
      const result = this.underDeadline(this.jobDeadline, () => this.rt.executePendingJobs(64));
      if (result.error) {
        const failure = this.failure(result.error);
        if (failure.kind !== 'threw') return failure;
      }
    }
    return undefined;
  }

  /** Classifies (and disposes) what a failed evaluation threw. */
  private failure(error: QuickJSHandle): Failure {
    try {
      if (this.interrupted && performance.now() >= this.jobDeadline) return { kind: 'timeout' };
      this.releaseReserve();
      const thrown = this.reader.describe(error);
      if (thrown === 'timeout') return { kind: 'timeout' };
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
