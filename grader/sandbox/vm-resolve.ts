// Finding the function a job calls in the student's loaded file: an export (`module.exports`,
// its `default`), else a top-level declaration of that name. Every property read goes through
// the kept Reflect.get, so an exports getter or Proxy runs inside QuickJS, under the job's
// deadline, and what it throws is the call's failure.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { KeptBuiltin } from './kept.ts';
import type { RawCallOutcome } from './protocol.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const GLOBAL_LOOKUP_FILENAME = '<sandbox-lookup>';

export interface ResolvedFunction {
  readonly fn: QuickJSHandle;
  readonly self: QuickJSHandle;
  readonly how: 'export' | 'global';
}

export interface ResolveHost {
  readonly ctx: QuickJSContext;
  kept(name: KeptBuiltin): QuickJSHandle;
  /** Whether QuickJS was interrupted (the job's time is up). */
  interrupted(): boolean;
}

type Found = { readonly fn: QuickJSHandle; readonly self: QuickJSHandle; readonly how: 'export' | 'global' };
/** What the student's code threw while the function was looked up. */
type Threw = { readonly error: QuickJSHandle };

class LookupThrew {
  constructor(readonly error: QuickJSHandle) {}
}

/** Runs inside the job's deadline; the caller owns the handles of a ResolvedFunction. */
export function resolveFunction(host: ResolveHost, module: QuickJSHandle, name: string): ResolvedFunction | RawCallOutcome | Threw {
  if (!IDENTIFIER.test(name)) return { kind: 'missing-export', exportName: name };
  const { ctx } = host;
  let found: Found | undefined;
  try {
    found = fromExports(host, module, name) ?? fromGlobals(ctx, name);
  } catch (caught: unknown) {
    if (caught instanceof LookupThrew) return { error: caught.error };
    throw caught;
  }
  if (!found) {
    let exported: string[];
    try {
      exported = exportedNames(host, module);
    } catch (caught: unknown) {
      if (caught instanceof LookupThrew) return { error: caught.error };
      throw caught;
    }
    return { kind: 'missing-export', exportName: name, ...(exported.length > 0 ? { exported } : {}) };
  }
  const type = ctx.typeof(found.fn);
  if (type === 'function') return found;
  found.fn.dispose();
  found.self.dispose();
  return { kind: 'missing-export', exportName: name, found: type };
}

function fromExports(host: ResolveHost, module: QuickJSHandle, name: string): Found | undefined {
  const { ctx } = host;
  const read: QuickJSHandle[] = [];
  const get = (object: QuickJSHandle, key: string): QuickJSHandle => {
    const keyHandle = ctx.newString(key);
    const result = ctx.callFunction(host.kept('Reflect.get'), ctx.undefined, object, keyHandle);
    keyHandle.dispose();
    if (result.error) throw new LookupThrew(result.error);
    read.push(result.value);
    return result.value;
  };
  const isObject = (h: QuickJSHandle) => ctx.typeof(h) === 'object' && !ctx.eq(h, ctx.null);
  let found: Found | undefined;
  try {
    const exported = get(module, 'exports');
    if (!isObject(exported) && ctx.typeof(exported) !== 'function') return undefined;
    const direct = get(exported, name);
    if (ctx.typeof(direct) !== 'undefined') return (found = { fn: direct, self: exported, how: 'export' });
    const fallback = get(exported, 'default');
    if (ctx.typeof(fallback) === 'function') {
      const fallbackName = get(fallback, 'name');
      if (ctx.typeof(fallbackName) === 'string' && ctx.getString(fallbackName) === name) return (found = { fn: fallback, self: ctx.undefined, how: 'export' });
    }
    if (isObject(fallback) && ctx.typeof(get(fallback, name)) !== 'undefined') return (found = { fn: get(fallback, name), self: fallback, how: 'export' });
    return undefined;
  } finally {
    for (const handle of read) if (handle !== found?.fn && handle !== found?.self) handle.dispose();
  }
}

/** At most this many of the file's exported names are listed for a function it does not have. */
const MAX_EXPORTED_NAMES = 100;

/**
 * The names `module.exports` has that could be a function's (identifiers), so that a
 * function under another name (`tanh_layer` for `tanhLayer`) can be suggested. Nothing is
 * listed when they cannot be read (an exports Proxy whose trap throws); an interrupt (the
 * job's time is up) is the lookup's failure.
 */
function exportedNames(host: ResolveHost, module: QuickJSHandle): string[] {
  const { ctx } = host;
  const call = (fn: KeptBuiltin, ...args: QuickJSHandle[]): QuickJSHandle | undefined => {
    const result = ctx.callFunction(host.kept(fn), ctx.undefined, ...args);
    if (!result.error) return result.value;
    if (host.interrupted()) throw new LookupThrew(result.error);
    result.error.dispose();
    return undefined;
  };
  const exported = ctx.newString('exports').consume((key) => call('Reflect.get', module, key));
  if (!exported) return [];
  const keys = exported.consume((object) => (ctx.typeof(object) === 'object' && !ctx.eq(object, ctx.null) ? call('Object.keys', object) : undefined));
  if (!keys) return [];
  return keys.consume((list) => {
    const names: string[] = [];
    const length = ctx.getProp(list, 'length').consume((h) => ctx.getNumber(h));
    for (let i = 0; i < length && names.length < MAX_EXPORTED_NAMES; i++) {
      const key = ctx.getProp(list, i).consume((h) => ctx.getString(h));
      if (IDENTIFIER.test(key) && key.length <= 100) names.push(key);
    }
    return names;
  });
}

/** A top-level declaration of the file (`function f`, `let f`), as a global evaluation sees it. */
function fromGlobals(ctx: QuickJSContext, name: string): Found | undefined {
  const result = ctx.evalCode(`typeof ${name} === "undefined" ? undefined : ${name}`, GLOBAL_LOOKUP_FILENAME, { type: 'global' });
  if (result.error) throw new LookupThrew(result.error);
  if (ctx.typeof(result.value) === 'undefined') {
    result.value.dispose();
    return undefined;
  }
  return { fn: result.value, self: ctx.undefined, how: 'global' };
}
