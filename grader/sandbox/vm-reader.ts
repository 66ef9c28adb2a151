// Reading what the student's code returned or threw, through the prelude's readers inside
// QuickJS: each read has a short deadline of its own, so that a looping getter makes the
// value unreadable rather than spending the whole job's time.
import type { DisposableResult, QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { PreludeFunction } from './prelude.ts';
import type { RawThrown } from './protocol.ts';
import { thrownMessage } from './thrown-message.ts';
import type { PlainValue } from './types.ts';
import { parsePlainValue, parseThrown } from './wire.ts';

/** How long reading one value (its getters, Proxy traps) may take before it counts as unreadable. */
export const READ_MS = 50;

export interface ReaderHost {
  readonly ctx: QuickJSContext;
  /** performance.now() value at which the job's time is up. */
  readonly jobDeadline: number;
  /** Whether the WebAssembly memory is at its maximum. */
  memoryFull(): boolean;
  /** Calls a prelude function with the interrupt handler set to `deadline`. */
  callPrelude(name: PreludeFunction, deadline: number, ...args: QuickJSHandle[]): { result: DisposableResult<QuickJSHandle, QuickJSHandle>; interrupted: boolean };
}

export type Read = PlainValue | 'timeout' | 'memory';

type ReadText = string | { readonly kind: 'timeout' } | { readonly kind: 'failed'; readonly reason: string };

export class VmReader {
  constructor(private readonly host: ReaderHost) {}

  /** What was thrown, and the last throw statement that ran before it. */
  describe(thrown: QuickJSHandle): RawThrown | 'timeout' {
    const site = this.throwSite();
    const text = this.readText('describeThrown', thrown);
    if (typeof text === 'string') return parseThrown(text, site);
    return text.kind === 'timeout' ? 'timeout' : { site, unreadable: text.reason };
  }

  /** The last `throw` statement that ran (the prelude's own code: it cannot loop). */
  private throwSite(): number {
    const { ctx } = this.host;
    const { result } = this.host.callPrelude('throwSite', Infinity);
    if (result.error) {
      result.error.dispose();
      return -1;
    }
    return result.value.consume((h) => (ctx.typeof(h) === 'number' ? ctx.getNumber(h) : -1));
  }

  /** What the function returned; a Promise is described by its state, never awaited. */
  readValue(handle: QuickJSHandle): Read {
    const state = this.host.ctx.getPromiseState(handle);
    if (state.type === 'pending') return { type: 'promise', state: 'pending' };
    if (state.type === 'fulfilled' && state.notAPromise) return this.readPlain(handle);
    if (state.type === 'fulfilled') {
      const value = state.value.consume((inner) => this.readPlain(inner));
      return typeof value === 'string' ? value : { type: 'promise', state: 'fulfilled', value };
    }
    const reason = state.error.consume((inner) => this.describe(inner));
    return reason === 'timeout' ? reason : { type: 'promise', state: 'rejected', reason: thrownMessage(reason) };
  }

  private readPlain(handle: QuickJSHandle): Read {
    const text = this.readText('read', handle);
    if (typeof text === 'string') return parsePlainValue(text);
    if (text.kind === 'timeout') return 'timeout';
    return this.host.memoryFull() ? 'memory' : { type: 'unreadable', reason: text.reason };
  }

  private readText(reader: 'read' | 'describeThrown', value: QuickJSHandle): ReadText {
    const { ctx, jobDeadline } = this.host;
    const { result, interrupted } = this.host.callPrelude(reader, Math.min(jobDeadline, performance.now() + READ_MS), value);
    if (result.error) {
      result.error.dispose();
      if (performance.now() >= jobDeadline) return { kind: 'timeout' };
      return { kind: 'failed', reason: interrupted ? `reading it took longer than ${READ_MS} ms` : 'reading it failed' };
    }
    return result.value.consume((h) => (ctx.typeof(h) === 'string' ? ctx.getString(h) : { kind: 'failed' as const, reason: 'reading it failed' }));
  }
}
