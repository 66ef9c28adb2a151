// The console inside QuickJS: what `console.log` prints, formatted the way Node shows values,
// and cut to what is left of the output limit before it leaves QuickJS. `console.log` is a
// Proxy of the built-in no-op `Function.prototype` whose `apply` trap prints: the formatter is
// compiled on the first print (most submissions never print) and becomes the trap, and once
// the output limit is reached the trap is removed, so that a million more lines cost no more
// than calls of a built-in that does nothing: output beyond the limit costs a function nothing.
// The formatter gets the built-ins kept before the student's code ran (prelude.ts, KEPT, read
// by index), so nothing here uses a global a student could have replaced.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { keptIndex as k } from './kept.ts';
import { PRELUDE_FILENAME } from './positions.ts';

export interface PreludeHost {
  /** Where console output goes: a chunk the formatter cut, and its full length. */
  write(chunk: string, fullLength: number): void;
  readonly outputLimit: number;
}

/** Built-ins taken from the fresh context, before the student's code ran. */
export interface ConsoleBuiltins {
  readonly construct: QuickJSHandle;
  readonly proxy: QuickJSHandle;
  readonly noop: QuickJSHandle;
}

/** `console.log` and the rest (one function), and what frees it; made through the handle API, with nothing compiled until the first print. */
export function consoleLog(ctx: QuickJSContext, host: PreludeHost, keptArray: QuickJSHandle, builtins: ConsoleBuiltins): { log: QuickJSHandle; dispose: () => void } {
  // Without a prototype: a trap the student puts on Object.prototype is never the console's.
  const handler = ctx.newObject(ctx.null);
  let trap: QuickJSHandle | undefined;
  const firstPrint = ctx.newFunction('log', (target, self, args) => {
    if (!trap) {
      const factory = ctx.evalCode(CONSOLE_FACTORY, PRELUDE_FILENAME, { type: 'global', strict: true });
      if (factory.error) return factory;
      const write = ctx.newFunction('write', (chunk, fullLength) => {
        if (chunk && fullLength && ctx.typeof(chunk) === 'string') host.write(ctx.getString(chunk), ctx.getNumber(fullLength));
      });
      const limit = ctx.newNumber(host.outputLimit);
      const made = ctx.callFunction(factory.value, ctx.undefined, write, limit, keptArray, handler);
      for (const handle of [factory.value, write, limit]) handle.dispose();
      if (made.error) return made;
      trap = made.value;
      // The next prints go to the formatter without leaving QuickJS.
      ctx.setProp(handler, 'apply', trap);
    }
    // What the formatter throws (a getter of a printed object, an interrupt) goes on into the student's code.
    const printed = ctx.callFunction(trap, ctx.undefined, target, self, args);
    if (printed.error) return printed;
    printed.value.dispose();
    return undefined;
  });
  ctx.setProp(handler, 'apply', firstPrint);
  firstPrint.dispose();
  const proxyArgs = ctx.newArray();
  ctx.setProp(proxyArgs, 0, builtins.noop);
  ctx.setProp(proxyArgs, 1, handler);
  const log = ctx.callFunction(builtins.construct, ctx.undefined, builtins.proxy, proxyArgs);
  proxyArgs.dispose();
  return {
    log: ctx.unwrapResult(log),
    dispose: () => {
      trap?.dispose();
      handler.dispose();
    },
  };
}

export const CONSOLE_FACTORY = String.raw`(function (write, outputLimit, kept, handler) {
  'use strict';
  const quoteString = kept[${k('JSON.stringify')}], apply = kept[${k('Reflect.apply')}], isArray = kept[${k('Array.isArray')}];
  const isView = kept[${k('ArrayBuffer.isView')}], keysOf = kept[${k('Object.keys')}], is = kept[${k('Object.is')}];
  const uncurry = (fn) => apply(kept[${k('Function.prototype.bind')}], kept[${k('Function.prototype.call')}], [fn]);
  const slice = uncurry(kept[${k('String.prototype.slice')}]);
  const objectTag = uncurry(kept[${k('Object.prototype.toString')}]);
  const cut = (s, max) => (s.length > max ? slice(s, 0, max) : s);
  const numberText = (x) => (is(x, -0) ? '-0' : '' + x);
  const tagOf = (value) => {
    try { return slice(objectTag(value), 8, -1); } catch (e) { return 'Object'; }
  };
  function briefly(thrown) {
    if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) return typeof thrown === 'string' ? thrown : numberText(thrown);
    try {
      const message = thrown.message;
      return typeof message === 'string' ? message : 'an object was thrown';
    } catch (e) { return 'an object was thrown'; }
  }
  let remaining = outputLimit;
  let dropped = false;
  function show(value, depth, room) {
    switch (typeof value) {
      case 'string': return depth === 0 ? cut(value, room) : quoteString(cut(value, room));
      case 'number': return numberText(value);
      case 'bigint': return cut('' + value, room) + 'n';
      case 'symbol': return 'Symbol()';
      case 'function': return '[Function]';
      case 'boolean': case 'undefined': return '' + value;
    }
    if (value === null) return 'null';
    const tag = tagOf(value);
    if (tag === 'Error') {
      let name;
      try { name = value.name; } catch (e) {}
      return cut((typeof name === 'string' ? name + ': ' : '') + briefly(value), room);
    }
    if (isArray(value) || (isView(value) && tag !== 'DataView')) {
      if (depth >= 2) return '[Array]';
      const length = typeof value.length === 'number' ? value.length : 0;
      let text = '[';
      for (let i = 0; i < length && i < 100 && text.length < room; i++) text += (i === 0 ? ' ' : ', ') + show(value[i], depth + 1, room - text.length);
      if (length > 100) text += ', ... ' + (length - 100) + ' more';
      return text + (length > 0 ? ' ]' : ']');
    }
    if (depth >= 2) return '[Object]';
    const keys = keysOf(value);
    let text = '{';
    for (let i = 0; i < keys.length && i < 20 && text.length < room; i++) {
      const key = keys[i];
      text += (i === 0 ? ' ' : ', ') + cut(key, 100) + ': ' + show(value[key], depth + 1, room - text.length);
    }
    if (keys.length > 20) text += ', ...';
    return text + (keys.length > 0 ? ' }' : '}');
  }
  return function apply(target, self, args) {
    if (remaining <= 0) {
      if (!dropped) { dropped = true; write('', 1); }
      // console.log is now the built-in no-op it wraps.
      delete handler.apply;
      return;
    }
    let line = '';
    for (let i = 0; i < args.length && line.length <= remaining; i++) {
      line += (i === 0 ? '' : ' ') + show(args[i], 0, remaining - line.length);
    }
    line += '\n';
    const full = line.length;
    if (full > remaining) line = slice(line, 0, remaining);
    remaining -= line.length;
    write(line, full);
  };
})`;
