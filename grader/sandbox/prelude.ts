// What a job's fresh QuickJS context gets before the student's file runs, installed from the
// worker through the handle API: no JavaScript of the sandbox's own is compiled for it, since
// compiling costs QuickJS about 0.1 ms per KB in every job. The student's file finds `module`,
// `exports`, `require` (which says imports are not available), `console` and a seeded
// `Math.random`; the worker keeps the built-ins it reads values with (vm-reader.ts), taken
// before the student's code ran, so that a student who patches `Array.prototype`, `JSON` or
// `Reflect` changes their own run but not how the grader reads it. Nothing of the student's
// has run while this runs: reading and setting these properties runs no student code.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { PreludeHost } from './prelude-console.ts';
import { KEPT, keptIndex, type KeptBuiltin } from './kept.ts';
import { consoleLog } from './prelude-console.ts';
import { THROW_SITE_FUNCTION } from './throw-sites.ts';

export { PRELUDE_FILENAME } from './positions.ts';

export interface Prelude {
  /** The `module` object whose `exports` the student's file fills. */
  readonly module: QuickJSHandle;
  /** A one-entry array: the last `throw` statement that ran (see throw-sites.ts), or −1. */
  readonly site: QuickJSHandle;
  /** The kept built-ins, by KEPT index, and the same as one array of QuickJS. */
  readonly kept: readonly QuickJSHandle[];
  readonly keptArray: QuickJSHandle;
  /** Frees these handles and the console's formatter, if it was compiled. */
  dispose(): void;
}

export type { PreludeHost } from './prelude-console.ts';

/** Installs the globals in a fresh context; the caller disposes the returned Prelude before the context. */
export function installPrelude(ctx: QuickJSContext, host: PreludeHost): Prelude {
  const scratch: QuickJSHandle[] = [];
  const temp = (handle: QuickJSHandle): QuickJSHandle => (scratch.push(handle), handle);
  const path = (dotted: string): QuickJSHandle => {
    let handle = ctx.global;
    for (const key of dotted.split('.')) handle = temp(ctx.getProp(handle, key));
    return handle.dup();
  };
  try {
    const kept = KEPT.map(path);
    const keptArray = ctx.newArray();
    kept.forEach((builtin, i) => ctx.setProp(keptArray, i, builtin));
    const builtin = (name: KeptBuiltin): QuickJSHandle => kept[keptIndex(name)]!;
    const call = (name: KeptBuiltin, self: QuickJSHandle, ...args: QuickJSHandle[]): QuickJSHandle => temp(ctx.unwrapResult(ctx.callFunction(builtin(name), self, ...args)));
    const define = (object: QuickJSHandle, key: string, value: QuickJSHandle, writable: boolean): void => {
      const descriptor = temp(ctx.newObject());
      ctx.setProp(descriptor, 'value', value);
      if (writable) {
        ctx.setProp(descriptor, 'writable', ctx.true);
        ctx.setProp(descriptor, 'configurable', ctx.true);
      }
      call('Object.defineProperty', ctx.undefined, object, temp(ctx.newString(key)), descriptor);
    };

    // `throw k, x` records k first (throw-sites.ts): a bound Reflect.set, so no code of ours runs for it.
    const site = ctx.newArray();
    ctx.setProp(site, 0, temp(ctx.newNumber(-1)));
    define(ctx.global, THROW_SITE_FUNCTION, call('Function.prototype.bind', builtin('Reflect.set'), ctx.undefined, site, temp(ctx.newNumber(0))), false);

    const module = ctx.newObject();
    const exports = temp(ctx.newObject());
    ctx.setProp(module, 'exports', exports);
    const formatter = consoleLog(ctx, host, keptArray, { construct: temp(path('Reflect.construct')), proxy: temp(path('Proxy')), noop: temp(path('Function.prototype')) });
    const log = temp(formatter.log);
    const console = temp(ctx.newObject());
    for (const key of ['log', 'info', 'warn', 'error', 'debug', 'trace']) ctx.setProp(console, key, log);
    define(ctx.global, 'module', module, true);
    define(ctx.global, 'exports', exports, true);
    define(ctx.global, 'require', temp(requireFunction(ctx, builtin)), true);
    define(ctx.global, 'console', console, true);
    define(temp(path('Math')), 'random', temp(seededRandom(ctx)), true);
    const dispose = (): void => {
      for (const handle of [...kept, keptArray, module, site]) handle.dispose();
      formatter.dispose();
    };
    return { module, site, kept, keptArray, dispose };
  } finally {
    for (const handle of scratch) if (handle.alive && handle !== ctx.global) handle.dispose();
  }
}

function requireFunction(ctx: QuickJSContext, builtin: (name: KeptBuiltin) => QuickJSHandle): QuickJSHandle {
  return ctx.newFunction('require', (name) => {
    let what = 'a module';
    if (name && ctx.typeof(name) === 'string') {
      // Quoted by QuickJS's own JSON.stringify, as the student's text may hold anything.
      const length = ctx.getProp(name, 'length').consume((h) => ctx.getNumber(h));
      const [start, end] = [ctx.newNumber(0), ctx.newNumber(100)];
      const cut = length > 100 ? ctx.unwrapResult(ctx.callFunction(builtin('String.prototype.slice'), name, start, end)) : name.dup();
      what = ctx.unwrapResult(ctx.callFunction(builtin('JSON.stringify'), ctx.undefined, cut)).consume((h) => ctx.getString(h));
      for (const handle of [cut, start, end]) handle.dispose();
    }
    // Made by QuickJS's Error, so that its stack points at the student's `require` call.
    const message = ctx.newString(`imports are not available in the sandbox (cannot load ${what}); write everything in this one file`);
    const error = ctx.unwrapResult(ctx.callFunction(builtin('Error'), ctx.undefined, message));
    message.dispose();
    return { error };
  });
}

/** Math.random from a fixed seed (mulberry32): the same submission prints and returns the same things. */
function seededRandom(ctx: QuickJSContext): QuickJSHandle {
  let seed = 0x2545f491;
  return ctx.newFunction('random', () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ctx.newNumber(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  });
}
