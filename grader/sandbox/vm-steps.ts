// The steps of reading a value of the student's inside QuickJS (vm-reader.ts): each one that
// could run the student's code (a getter, a Proxy trap, a Symbol.toStringTag) is a call of a
// built-in kept before the student's file ran, so it runs inside QuickJS, under the read's
// own time. What the student's code throws comes out as StepThrew, an interrupt as Abandoned.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { KeptBuiltin } from './kept.ts';
import { READ_LIMITS } from './prelude-reader.ts';

const MAX_STRING = READ_LIMITS.maxString;

export interface ReaderHost {
  readonly ctx: QuickJSContext;
  /** Whether the job's time is up (job-clock.ts). */
  jobTimeUp(): boolean;
  /** Whether the WebAssembly memory is at its maximum. */
  memoryFull(): boolean;
  /** A built-in as it was before the student's code ran. */
  kept(name: KeptBuiltin): QuickJSHandle;
  /** All of them, as the prelude's array (for code compiled in QuickJS that needs them). */
  keptList(): QuickJSHandle;
  /** The last `throw` statement that ran (see throw-sites.ts), or −1. */
  throwSite(): number;
  /** Runs `read` until the job's time is up or it has had `limitMs` of its own, whichever comes first; `interrupted()` tells whether the interrupt fired. */
  underTime<T>(limitMs: number | undefined, read: () => T): T;
  interrupted(): boolean;
}

/** Runs `fn` on the handle and disposes it, even when `fn` throws. */
export function use<T>(handle: QuickJSHandle, fn: (handle: QuickJSHandle) => T): T {
  try {
    return fn(handle);
  } finally {
    if (handle.alive) handle.dispose();
  }
}

/** The read was abandoned: QuickJS was interrupted, or a step failed that nothing catches. */
export class Abandoned {
  constructor(readonly interrupted: boolean) {}
}

/** The student's code threw during a step of the read (a getter, a trap); the handle is the thrown value. */
export class StepThrew {
  constructor(readonly error: QuickJSHandle) {}
}

/** `step()`, or `fallback` when the student's code threw in it (an interrupt still abandons the read). */
export function orElse<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch (caught: unknown) {
    if (!(caught instanceof StepThrew)) throw caught;
    caught.error.dispose();
    return fallback;
  }
}

export class VmSteps {
  private lengthKey: QuickJSHandle | undefined;

  constructor(readonly host: ReaderHost) {}

  dispose(): void {
    this.lengthKey?.dispose();
  }

  /** Calls a kept built-in (or the items reader) inside QuickJS; the student's code it reaches throws StepThrew, an interrupt Abandoned. */
  call(fn: KeptBuiltin | QuickJSHandle, self: QuickJSHandle, ...args: QuickJSHandle[]): QuickJSHandle {
    const result = this.host.ctx.callFunction(typeof fn === 'string' ? this.host.kept(fn) : fn, self, ...args);
    if (!result.error) return result.value;
    if (this.host.interrupted()) {
      result.error.dispose();
      throw new Abandoned(true);
    }
    throw new StepThrew(result.error);
  }

  get(object: QuickJSHandle, key: QuickJSHandle): QuickJSHandle {
    return this.call('Reflect.get', this.host.ctx.undefined, object, key);
  }

  isTrue(name: 'Array.isArray' | 'ArrayBuffer.isView', value: QuickJSHandle): boolean {
    return use(this.call(name, this.host.ctx.undefined, value), (h) => this.host.ctx.eq(h, this.host.ctx.true));
  }

  /** `value.length`, read as the array walk reads it (a getter or trap may run). */
  length(value: QuickJSHandle): number {
    this.lengthKey ??= this.host.ctx.newString('length');
    return use(this.get(value, this.lengthKey), (h) => (this.host.ctx.typeof(h) === 'number' ? this.host.ctx.getNumber(h) : NaN));
  }

  stringLength(value: QuickJSHandle): number {
    // A string's own length: QuickJS answers it without looking at String.prototype.
    return use(this.host.ctx.getProp(value, 'length'), (h) => this.host.ctx.getNumber(h));
  }

  /** Object.prototype.toString of the value (it may run a Symbol.toStringTag getter); undefined when that threw. */
  tagOf(value: QuickJSHandle): QuickJSHandle | undefined {
    return orElse<QuickJSHandle | undefined>(() => this.call('Object.prototype.toString', value), undefined);
  }

  /** `[object Tag]` without `[object ` and `]`, cut to MAX_STRING characters. */
  tagText(tag: QuickJSHandle): string {
    const end = Math.min(this.stringLength(tag) - 1, 8 + MAX_STRING);
    return this.text(tag, end).slice(8);
  }

  /** A string of QuickJS as a host string, cut to `max` characters (lone surrogates survive: it goes through JSON). */
  text(value: QuickJSHandle, max: number): string {
    const { ctx } = this.host;
    const length = this.stringLength(value);
    let cut = value;
    if (length > max) {
      const [start, end] = [ctx.newNumber(0), ctx.newNumber(max)];
      try {
        cut = this.call('String.prototype.slice', value, start, end);
      } finally {
        start.dispose();
        end.dispose();
      }
    }
    try {
      return JSON.parse(use(this.call('JSON.stringify', ctx.undefined, cut), (h) => ctx.getString(h))) as string;
    } finally {
      if (cut !== value) cut.dispose();
    }
  }

  /** A property read as `read` sees it; undefined when it is undefined or reading it threw. */
  property<T>(object: QuickJSHandle, key: string, read: (value: QuickJSHandle) => T): T | undefined {
    const { ctx } = this.host;
    return orElse(() => {
      const value = use(ctx.newString(key), (k) => this.get(object, k));
      return use(value, (h) => (ctx.typeof(h) === 'undefined' ? undefined : read(h)));
    }, undefined);
  }
}
