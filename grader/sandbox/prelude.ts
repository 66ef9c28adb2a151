// The sandbox's own code inside QuickJS, evaluated before the student's file. It keeps its
// own references to every built-in it uses, so a student who patches `Array.prototype`,
// `JSON` or `Object` changes their own run but not how the grader reads it. It describes
// values by concatenating strings of primitives (which runs no user code), never with
// JSON.stringify on objects (which would call a student's `toJSON`). Getters and Proxy
// traps it touches run here, inside QuickJS, under the job's deadline.
import { CONSOLE_FACTORY } from './prelude-console.ts';
import { THROW_SITE_FUNCTION } from './throw-sites.ts';

/** The functions the prelude returns for the worker to call. */
export const PRELUDE_API = ['read', 'describeThrown', 'throwSite', 'invoke', 'resolve'] as const;
export type PreludeFunction = (typeof PRELUDE_API)[number];

export const PRELUDE_FILENAME = '<sandbox>';

/** Evaluates to a function of (write, outputLimit) that installs the globals and returns the API. */
export const PRELUDE = String.raw`(function (write, outputLimit) {
  'use strict';
  const G = globalThis;
  const defineProperty = Object.defineProperty;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const is = Object.is;
  const apply = Reflect.apply;
  const parse = JSON.parse;
  const quoteString = JSON.stringify;
  const imul = Math.imul;
  const globalEval = eval;
  const call = Function.prototype.call;
  const bind = Function.prototype.bind;
  const uncurry = (fn) => apply(bind, call, [fn]);
  const slice = uncurry(String.prototype.slice);
  const objectTag = uncurry(Object.prototype.toString);
  const MAX_STRING = 1000;
  const MAX_ITEMS = 1000;
  const MAX_DEPTH = 3;
  const MAX_NODES = 20000;
  let nodes = 0;

  const cut = (s, max) => (s.length > max ? slice(s, 0, max) : s);
  const quote = (s) => quoteString(cut(s, MAX_STRING));
  const numberText = (x) => (is(x, -0) ? '-0' : '' + x);
  const tagOf = (value) => {
    try { return slice(objectTag(value), 8, -1); } catch (e) { return 'Object'; }
  };

  function encode(value, depth) {
    nodes++;
    switch (typeof value) {
      case 'number': return '{"type":"number","value":"' + numberText(value) + '"}';
      case 'string': return '{"type":"string","length":' + value.length + ',"text":' + quote(value) + '}';
      case 'boolean': return '{"type":"boolean","value":' + (value ? 'true' : 'false') + '}';
      case 'undefined': return '{"type":"undefined"}';
      case 'bigint': return '{"type":"bigint","text":' + quote('' + value) + '}';
      case 'symbol': return '{"type":"symbol"}';
      case 'function': return '{"type":"function"}';
    }
    if (value === null) return '{"type":"null"}';
    const tag = tagOf(value);
    if (isArray(value) || (isView(value) && tag !== 'DataView')) {
      const length = value.length;
      if (typeof length !== 'number' || !(length >= 0)) return '{"type":"unreadable","reason":"its length is not a number"}';
      const count = depth >= MAX_DEPTH ? 0 : length < MAX_ITEMS ? length : MAX_ITEMS;
      let items = '';
      for (let i = 0; i < count && nodes < MAX_NODES; i++) items += (i === 0 ? '' : ',') + encode(value[i], depth + 1);
      const kind = isArray(value) ? '' : ',"kind":' + quote(tag);
      return '{"type":"array","length":"' + numberText(length) + '"' + kind + ',"items":[' + items + ']}';
    }
    return '{"type":"object","tag":' + quote(tag) + '}';
  }

  function briefly(thrown) {
    if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) return typeof thrown === 'string' ? thrown : numberText(thrown);
    try {
      const message = thrown.message;
      return typeof message === 'string' ? message : 'an object was thrown';
    } catch (e) { return 'an object was thrown'; }
  }

  /** A value as JSON text the worker parses; reading it may throw only when interrupted. */
  function read(value) {
    nodes = 0;
    try { return encode(value, 0); } catch (e) { return '{"type":"unreadable","reason":' + quote(briefly(e)) + '}'; }
  }

  let site = -1;
  defineProperty(G, '${THROW_SITE_FUNCTION}', { value: (k) => { site = k; }, writable: false, configurable: false, enumerable: false });

  function property(object, key) {
    try {
      const value = object[key];
      return value === undefined ? 'null' : encode(value, 1);
    } catch (e) { return 'null'; }
  }

  /** The last throw statement that ran (asked before describeThrown, whose getters may throw again). */
  const throwSite = () => site;

  /** What was thrown, as JSON text: its tag, name, message and stack. */
  function describeThrown(thrown) {
    nodes = 0;
    if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) {
      return '{"value":' + encode(thrown, 0) + '}';
    }
    let stack = null;
    try {
      const s = thrown.stack;
      if (typeof s === 'string') stack = quoteString(cut(s, 4000));
    } catch (e) {}
    return '{"tag":' + quote(tagOf(thrown)) + ',"name":' + property(thrown, 'name') + ',"message":' + property(thrown, 'message') +
      ',"stack":' + stack + '}';
  }

  const revive = (key, value) => (typeof value === 'string' ? +value : value);
  function invoke(fn, self, argsJson) {
    site = -1;
    return apply(fn, self, parse(argsJson, revive));
  }

  const module = { exports: {} };
  function lookup(exported, name) {
    if (exported === null || (typeof exported !== 'object' && typeof exported !== 'function')) return undefined;
    const direct = exported[name];
    if (direct !== undefined) return { fn: direct, self: exported, how: 'export' };
    const fallback = exported.default;
    if (typeof fallback === 'function' && fallback.name === name) return { fn: fallback, self: undefined, how: 'export' };
    if (fallback !== null && typeof fallback === 'object' && fallback[name] !== undefined) return { fn: fallback[name], self: fallback, how: 'export' };
    return undefined;
  }
  /** The function the grader calls: an export, else a top-level declaration of that name. */
  function resolve(name) {
    const exported = lookup(module.exports, name);
    if (exported !== undefined) return exported;
    const declared = globalEval('typeof ' + name + ' === "undefined" ? undefined : ' + name);
    return declared === undefined ? { fn: undefined, self: undefined, how: 'none' } : { fn: declared, self: undefined, how: 'global' };
  }

  // Console output. Its formatter is compiled on the first call, since most submissions never
  // print; it sees only what is passed to it here, never a global a student could have replaced.
  const consoleFactory = ${JSON.stringify(CONSOLE_FACTORY)};
  let format;
  const log = function log() {
    if (format === undefined) {
      format = globalEval(consoleFactory)(write, outputLimit, cut, quoteString, numberText, tagOf, briefly, isArray, isView, keysOf, slice);
    }
    apply(format, undefined, arguments);
  };

  // Math.random from a fixed seed: the same submission prints and returns the same things.
  let seed = 0x2545f491;
  const random = function random() {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  defineProperty(Math, 'random', { value: random, writable: true, configurable: true, enumerable: false });

  const require = function require(name) {
    const what = typeof name === 'string' ? quote(cut(name, 100)) : 'a module';
    throw new Error('imports are not available in the sandbox (cannot load ' + what + '); write everything in this one file');
  };
  const console = { log: log, info: log, warn: log, error: log, debug: log, trace: log };
  for (const [key, value] of [['module', module], ['exports', module.exports], ['require', require], ['console', console]]) {
    defineProperty(G, key, { value: value, writable: true, configurable: true, enumerable: false });
  }
  return { read: read, describeThrown: describeThrown, throwSite: throwSite, invoke: invoke, resolve: resolve };
})`;
