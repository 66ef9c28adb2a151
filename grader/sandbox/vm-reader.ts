// Reading what the student's code returned or threw, from the worker, through QuickJS's handle
// API: typeof, numbers and string lengths are read by C functions that run no JavaScript, and
// every step that could run the student's code (a getter, a Proxy trap, a Symbol.toStringTag)
// is a call of a built-in the prelude kept before the student's file ran (Reflect.get,
// Object.prototype.toString, Array.isArray), so it runs inside QuickJS, under a short deadline
// of its own: a looping getter makes the value unreadable rather than spending the job's time.
// Nothing here calls the student's toJSON, valueOf or toString. Strings and arrays are cut.
// Long arrays are walked inside QuickJS instead, in one call (prelude-reader.ts).
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { KeptBuiltin } from './kept.ts';
import { ITEMS_READER, READ_LIMITS } from './prelude-reader.ts';
import type { RawThrown } from './protocol.ts';
import { thrownMessage } from './thrown-message.ts';
import type { PlainValue } from './types.ts';
import { parseItems } from './wire.ts';

/** How long reading one value (its getters, Proxy traps) may take before it counts as unreadable. */
export const READ_MS = 50;
const { maxString: MAX_STRING, maxItems: MAX_ITEMS, maxDepth: MAX_DEPTH, maxNodes: MAX_NODES } = READ_LIMITS;
const MAX_STACK = 4000;
/** Past this many nodes read through the handle API, the rest of a value is walked inside QuickJS (prelude-reader.ts). */
const HOST_NODES = 200;
const READER_FILENAME = '<sandbox-reader>';

/** Runs `fn` on the handle and disposes it, even when `fn` throws. */
function use<T>(handle: QuickJSHandle, fn: (handle: QuickJSHandle) => T): T {
  try {
    return fn(handle);
  } finally {
    if (handle.alive) handle.dispose();
  }
}

export interface ReaderHost {
  readonly ctx: QuickJSContext;
  /** Whether the job's time is up (job-clock.ts). */
  jobTimeUp(): boolean;
  /** The wall clock the job is timed by. */
  now(): number;
  /** Whether the WebAssembly memory is at its maximum. */
  memoryFull(): boolean;
  /** A built-in as it was before the student's code ran. */
  kept(name: KeptBuiltin): QuickJSHandle;
  /** All of them, as the prelude's array (for code compiled in QuickJS that needs them). */
  keptList(): QuickJSHandle;
  /** The last `throw` statement that ran (see throw-sites.ts), or −1. */
  throwSite(): number;
  /** Runs `read` until the job's time is up or `deadline`, whichever comes first; `interrupted()` tells whether the interrupt fired. */
  underDeadline<T>(deadline: number, read: () => T): T;
  interrupted(): boolean;
}

export type Read = PlainValue | 'timeout' | 'memory';

/** The read was abandoned: QuickJS was interrupted, or a step failed that nothing catches. */
class Abandoned {
  constructor(readonly interrupted: boolean) {}
}

/** The student's code threw during a step of the read (a getter, a trap); the handle is the thrown value. */
class StepThrew {
  constructor(readonly error: QuickJSHandle) {}
}

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: 'timeout' | string };

export class VmReader {
  private nodes = 0;
  private lengthKey: QuickJSHandle | undefined;
  private itemsReader: QuickJSHandle | undefined;

  constructor(private readonly host: ReaderHost) {}

  /** What was thrown, and the last throw statement that ran before it. */
  describe(thrown: QuickJSHandle): RawThrown | 'timeout' {
    const site = this.host.throwSite();
    const attempt = this.attempt(() => this.describeThrown(thrown, site));
    if (attempt.ok) return attempt.value;
    return attempt.failure === 'timeout' ? 'timeout' : { site, unreadable: attempt.failure };
  }

  /** What the function returned; a Promise is described by its state, never awaited. */
  readValue(handle: QuickJSHandle): Read {
    const state = this.host.ctx.getPromiseState(handle);
    if (state.type === 'pending') return { type: 'promise', state: 'pending' };
    if (state.type === 'fulfilled' && state.notAPromise) return this.readPlain(handle);
    if (state.type === 'fulfilled') {
      const value = use(state.value, (inner) => this.readPlain(inner));
      return typeof value === 'string' ? value : { type: 'promise', state: 'fulfilled', value };
    }
    const reason = use(state.error, (inner) => this.describe(inner));
    return reason === 'timeout' ? reason : { type: 'promise', state: 'rejected', reason: thrownMessage(reason) };
  }

  dispose(): void {
    this.lengthKey?.dispose();
    this.itemsReader?.dispose();
  }

  private readPlain(handle: QuickJSHandle): Read {
    const attempt = this.attempt(() => {
      try {
        return this.encode(handle, 0);
      } catch (caught: unknown) {
        if (!(caught instanceof StepThrew)) throw caught;
        return { type: 'unreadable', reason: use(caught.error, (error) => this.briefly(error)) } as const;
      }
    });
    if (attempt.ok) return attempt.value;
    if (attempt.failure === 'timeout') return 'timeout';
    return this.host.memoryFull() ? 'memory' : { type: 'unreadable', reason: attempt.failure };
  }

  /** Runs one read under its own deadline; what escapes it is a timeout or the reason it failed. */
  private attempt<T>(read: () => T): Attempt<T> {
    this.nodes = 0;
    try {
      return { ok: true, value: this.host.underDeadline(this.host.now() + READ_MS, read) };
    } catch (caught: unknown) {
      if (caught instanceof StepThrew) caught.error.dispose();
      else if (!(caught instanceof Abandoned)) throw caught;
      if (this.host.jobTimeUp()) return { ok: false, failure: 'timeout' };
      return { ok: false, failure: caught instanceof Abandoned && caught.interrupted ? `reading it took longer than ${READ_MS} ms` : 'reading it failed' };
    }
  }

  /** Calls a kept built-in (or the items reader) inside QuickJS; the student's code it reaches throws StepThrew, an interrupt Abandoned. */
  private call(fn: KeptBuiltin | QuickJSHandle, self: QuickJSHandle, ...args: QuickJSHandle[]): QuickJSHandle {
    const result = this.host.ctx.callFunction(typeof fn === 'string' ? this.host.kept(fn) : fn, self, ...args);
    if (!result.error) return result.value;
    if (this.host.interrupted()) {
      result.error.dispose();
      throw new Abandoned(true);
    }
    throw new StepThrew(result.error);
  }

  private get(object: QuickJSHandle, key: QuickJSHandle): QuickJSHandle {
    return this.call('Reflect.get', this.host.ctx.undefined, object, key);
  }

  private isTrue(name: 'Array.isArray' | 'ArrayBuffer.isView', value: QuickJSHandle): boolean {
    return use(this.call(name, this.host.ctx.undefined, value), (h) => this.host.ctx.eq(h, this.host.ctx.true));
  }

  private encode(value: QuickJSHandle, depth: number): PlainValue {
    const { ctx } = this.host;
    this.nodes++;
    const type = ctx.typeof(value);
    switch (type) {
      case 'number':
        return { type, value: ctx.getNumber(value) };
      case 'string':
        return { type, text: this.text(value, MAX_STRING), length: this.stringLength(value) };
      case 'boolean':
        return { type, value: ctx.eq(value, ctx.true) };
      case 'bigint':
        return { type, text: ctx.getString(value).slice(0, MAX_STRING) };
      case 'undefined':
      case 'symbol':
      case 'function':
        return { type };
    }
    if (ctx.eq(value, ctx.null)) return { type: 'null' };
    const tagHandle = this.tagOf(value);
    try {
      const tag = (): string => (tagHandle ? this.tagText(tagHandle) : 'Object');
      const array = this.isTrue('Array.isArray', value);
      if (!array && !(this.isTrue('ArrayBuffer.isView', value) && tag() !== 'DataView')) return { type: 'object', tag: tag() };
      this.lengthKey ??= ctx.newString('length');
      const length = use(this.get(value, this.lengthKey), (h) => (ctx.typeof(h) === 'number' ? ctx.getNumber(h) : NaN));
      if (!(length >= 0)) return { type: 'unreadable', reason: 'its length is not a number' };
      const count = depth >= MAX_DEPTH ? 0 : length < MAX_ITEMS ? length : MAX_ITEMS;
      const items = this.items(value, count, depth);
      return { type: 'array', items, length, ...(array ? {} : { kind: tag() }) };
    } finally {
      tagHandle?.dispose();
    }
  }

  private items(value: QuickJSHandle, count: number, depth: number): PlainValue[] {
    const items: PlainValue[] = [];
    for (let i = 0; i < count && this.nodes < MAX_NODES; i++) {
      if (this.nodes + count - i > HOST_NODES) return [...items, ...this.itemsInVm(value, i, count, depth)];
      const item = use(this.host.ctx.newNumber(i), (key) => this.get(value, key));
      items.push(use(item, (h) => this.encode(h, depth + 1)));
    }
    return items;
  }

  /** The same walk as `items` from item `from` on, inside QuickJS: one call instead of several per item. */
  private itemsInVm(value: QuickJSHandle, from: number, count: number, depth: number): PlainValue[] {
    const { ctx } = this.host;
    this.itemsReader ??= use(ctx.unwrapResult(ctx.evalCode(ITEMS_READER, READER_FILENAME, { type: 'global', strict: true })), (factory) =>
      ctx.unwrapResult(ctx.callFunction(factory, ctx.undefined, this.host.keptList())),
    );
    const args = [ctx.newNumber(from), ctx.newNumber(count), ctx.newNumber(depth), ctx.newNumber(this.nodes)];
    let text: QuickJSHandle;
    try {
      text = this.call(this.itemsReader, ctx.undefined, value, ...args);
    } finally {
      for (const arg of args) arg.dispose();
    }
    const { nodes, items } = parseItems(use(text, (h) => ctx.getString(h)));
    this.nodes = nodes;
    return items;
  }

  private stringLength(value: QuickJSHandle): number {
    // A string's own length: QuickJS answers it without looking at String.prototype.
    return use(this.host.ctx.getProp(value, 'length'), (h) => this.host.ctx.getNumber(h));
  }

  /** Object.prototype.toString of the value (it may run a Symbol.toStringTag getter); undefined when that threw. */
  private tagOf(value: QuickJSHandle): QuickJSHandle | undefined {
    try {
      return this.call('Object.prototype.toString', value);
    } catch (caught: unknown) {
      if (!(caught instanceof StepThrew)) throw caught;
      caught.error.dispose();
      return undefined;
    }
  }

  /** `[object Tag]` without `[object ` and `]`, cut to MAX_STRING characters. */
  private tagText(tag: QuickJSHandle): string {
    const end = Math.min(this.stringLength(tag) - 1, 8 + MAX_STRING);
    return this.text(tag, end).slice(8);
  }

  /** A string of QuickJS as a host string, cut to `max` characters (lone surrogates survive: it goes through JSON). */
  private text(value: QuickJSHandle, max: number): string {
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

  /** A thrown value in a few words (a string as it is, a number as text, an object's message), cut to MAX_STRING characters. */
  private briefly(thrown: QuickJSHandle): string {
    const { ctx } = this.host;
    switch (ctx.typeof(thrown)) {
      case 'string':
        return this.text(thrown, MAX_STRING);
      case 'number': {
        const x = ctx.getNumber(thrown);
        return Object.is(x, -0) ? '-0' : String(x);
      }
      case 'boolean':
        return String(ctx.eq(thrown, ctx.true));
      case 'undefined':
        return 'undefined';
      case 'bigint':
        return ctx.getString(thrown).slice(0, MAX_STRING);
      case 'symbol':
        // The in-VM reader's `'' + symbol` threw here, and nothing caught it.
        throw new Abandoned(false);
    }
    if (ctx.eq(thrown, ctx.null)) return 'null';
    try {
      const message = use(ctx.newString('message'), (key) => this.get(thrown, key));
      return use(message, (m) => (ctx.typeof(m) === 'string' ? this.text(m, MAX_STRING) : 'an object was thrown'));
    } catch (caught: unknown) {
      if (!(caught instanceof StepThrew)) throw caught;
      caught.error.dispose();
      return 'an object was thrown';
    }
  }

  private describeThrown(thrown: QuickJSHandle, site: number): RawThrown {
    const { ctx } = this.host;
    const type = ctx.typeof(thrown);
    if ((type !== 'object' && type !== 'function') || ctx.eq(thrown, ctx.null)) return { value: this.encode(thrown, 0), site };
    let stack: string | undefined;
    const stackValue = this.property(thrown, 'stack', (h) => (ctx.typeof(h) === 'string' ? this.text(h, MAX_STACK) : undefined));
    if (typeof stackValue === 'string') stack = stackValue;
    const tagHandle = this.tagOf(thrown);
    const tag = tagHandle ? use(tagHandle, (h) => this.tagText(h)) : 'Object';
    const name = this.property(thrown, 'name', (h) => this.encode(h, 1));
    const message = this.property(thrown, 'message', (h) => this.encode(h, 1));
    return { site, tag, ...(name ? { name } : {}), ...(message ? { message } : {}), ...(stack !== undefined ? { stack } : {}) };
  }

  /** A property read as `read` sees it; undefined when it is undefined or reading it threw. */
  private property<T>(object: QuickJSHandle, key: string, read: (value: QuickJSHandle) => T): T | undefined {
    const { ctx } = this.host;
    try {
      const value = use(ctx.newString(key), (k) => this.get(object, k));
      return use(value, (h) => (ctx.typeof(h) === 'undefined' ? undefined : read(h)));
    } catch (caught: unknown) {
      if (!(caught instanceof StepThrew)) throw caught;
      caught.error.dispose();
      return undefined;
    }
  }
}
