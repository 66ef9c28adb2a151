// Reading what the student's code returned or threw, from the worker, through QuickJS's handle
// API: typeof, numbers and string lengths are read by C functions that run no JavaScript, and
// every step that could run the student's code is a call of a kept built-in inside QuickJS
// (vm-steps.ts), under a short time of its own (CPU time, as the job's): a looping getter makes the value
// unreadable rather than spending the job's time. Nothing here calls the student's toJSON,
// valueOf or toString. Strings and arrays are cut. Long arrays are walked inside QuickJS
// instead, in one call (prelude-reader.ts).
import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { ITEMS_READER, READ_LIMITS } from './prelude-reader.ts';
import type { RawThrown } from './protocol.ts';
import { thrownMessage } from './thrown-message.ts';
import type { PlainValue } from './types.ts';
import { Abandoned, orElse, StepThrew, use, VmSteps, type ReaderHost } from './vm-steps.ts';
import { parseItems } from './wire.ts';

export type { ReaderHost } from './vm-steps.ts';

/** How long reading one value (its getters, Proxy traps) may take, in CPU time where it can be read, before it counts as unreadable. */
export const READ_MS = 50;
const { maxString: MAX_STRING, maxItems: MAX_ITEMS, maxDepth: MAX_DEPTH, maxNodes: MAX_NODES } = READ_LIMITS;
const MAX_STACK = 4000;
/** Past this many nodes read through the handle API, the rest of a value is walked inside QuickJS (prelude-reader.ts). */
const HOST_NODES = 200;
const READER_FILENAME = '<sandbox-reader>';

export type Read = PlainValue | 'timeout' | 'memory';

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: 'timeout' | string };

export class VmReader {
  private nodes = 0;
  private readonly steps: VmSteps;
  private itemsReader: QuickJSHandle | undefined;

  constructor(private readonly host: ReaderHost) {
    this.steps = new VmSteps(host);
  }

  /** What was thrown, and the last throw statement that ran before it. */
  describe(thrown: QuickJSHandle): RawThrown | 'timeout' {
    const site = this.host.throwSite();
    const attempt = this.attempt(() => this.describeThrown(thrown, site));
    if (attempt.ok) return attempt.value;
    return attempt.failure === 'timeout' ? 'timeout' : { site, unreadable: attempt.failure };
  }

  /** Whether the value is a Promise (a C check: no code of the student's runs). */
  isPromise(handle: QuickJSHandle): boolean {
    const state = this.host.ctx.getPromiseState(handle);
    if (state.type === 'fulfilled' && state.notAPromise) return false;
    if (state.type === 'fulfilled') state.value.dispose();
    if (state.type === 'rejected') state.error.dispose();
    return true;
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
    this.steps.dispose();
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

  /**
   * Runs one read under its own time; what escapes it is a timeout or the reason it failed. A
   * read in which the interrupt fired is abandoned even when it ended: a getter or trap that
   * starts an async function or a Promise catches the interrupt there and goes on.
   */
  private attempt<T>(read: () => T): Attempt<T> {
    this.nodes = 0;
    let abandoned: Abandoned | StepThrew;
    try {
      const value = this.host.underTime(READ_MS, read);
      if (!this.host.interrupted()) return { ok: true, value };
      abandoned = new Abandoned(true);
    } catch (caught: unknown) {
      if (caught instanceof StepThrew) caught.error.dispose();
      else if (!(caught instanceof Abandoned)) throw caught;
      abandoned = caught;
    }
    if (this.host.jobTimeUp()) return { ok: false, failure: 'timeout' };
    return { ok: false, failure: abandoned instanceof Abandoned && abandoned.interrupted ? `reading it took longer than ${READ_MS} ms` : 'reading it failed' };
  }

  private encode(value: QuickJSHandle, depth: number): PlainValue {
    const { ctx } = this.host;
    this.nodes++;
    const type = ctx.typeof(value);
    switch (type) {
      case 'number':
        return { type, value: ctx.getNumber(value) };
      case 'string':
        return { type, text: this.steps.text(value, MAX_STRING), length: this.steps.stringLength(value) };
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
    const tagHandle = this.steps.tagOf(value);
    try {
      const tag = (): string => (tagHandle ? this.steps.tagText(tagHandle) : 'Object');
      const array = this.steps.isTrue('Array.isArray', value);
      if (!array && !(this.steps.isTrue('ArrayBuffer.isView', value) && tag() !== 'DataView')) return { type: 'object', tag: tag() };
      const length = this.steps.length(value);
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
      const item = use(this.host.ctx.newNumber(i), (key) => this.steps.get(value, key));
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
      text = this.steps.call(this.itemsReader, ctx.undefined, value, ...args);
    } finally {
      for (const arg of args) arg.dispose();
    }
    const { nodes, items } = parseItems(use(text, (h) => ctx.getString(h)));
    this.nodes = nodes;
    return items;
  }

  /** A thrown value in a few words (a string as it is, a number as text, an object's message), cut to MAX_STRING characters. */
  private briefly(thrown: QuickJSHandle): string {
    const { ctx } = this.host;
    switch (ctx.typeof(thrown)) {
      case 'string':
        return this.steps.text(thrown, MAX_STRING);
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
    return orElse(() => {
      const message = use(ctx.newString('message'), (key) => this.steps.get(thrown, key));
      return use(message, (m) => (ctx.typeof(m) === 'string' ? this.steps.text(m, MAX_STRING) : 'an object was thrown'));
    }, 'an object was thrown');
  }

  private describeThrown(thrown: QuickJSHandle, site: number): RawThrown {
    const { ctx } = this.host;
    const type = ctx.typeof(thrown);
    if ((type !== 'object' && type !== 'function') || ctx.eq(thrown, ctx.null)) return { value: this.encode(thrown, 0), site };
    let stack: string | undefined;
    const stackValue = this.steps.property(thrown, 'stack', (h) => (ctx.typeof(h) === 'string' ? this.steps.text(h, MAX_STACK) : undefined));
    if (typeof stackValue === 'string') stack = stackValue;
    const tagHandle = this.steps.tagOf(thrown);
    const tag = tagHandle ? use(tagHandle, (h) => this.steps.tagText(h)) : 'Object';
    const name = this.steps.property(thrown, 'name', (h) => this.encode(h, 1));
    const message = this.steps.property(thrown, 'message', (h) => this.encode(h, 1));
    return { site, tag, ...(name ? { name } : {}), ...(message ? { message } : {}), ...(stack !== undefined ? { stack } : {}) };
  }
}
