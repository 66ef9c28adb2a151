// Reading the items of a long array inside QuickJS: the worker reads values through the handle
// API (vm-reader.ts), one call per property, which costs about a microsecond each; an array of
// thousands of items is read here instead, in one call, compiled the first time a job needs
// it. It walks a value exactly as vm-reader.ts does (same reads, same order, same limits,
// same node count), so where the walk happens changes nothing of what is read; a test holds
// the two to the same answers. It uses only the built-ins the prelude kept.
import { keptIndex as k } from './kept.ts';

export const READ_LIMITS = { maxString: 1000, maxItems: 1000, maxDepth: 3, maxNodes: 20000 } as const;

/**
 * Evaluates to a function of the kept built-ins that returns `items(value, from, count, depth, nodes)`:
 * JSON text `{"nodes":n,"items":[…]}` describing `value[from]` … `value[count - 1]` at `depth + 1`
 * (as PlainValues, numbers as strings), and the node count after them.
 */
export const ITEMS_READER = String.raw`(function (kept) {
  'use strict';
  const quoteString = kept[${k('JSON.stringify')}], apply = kept[${k('Reflect.apply')}], isArray = kept[${k('Array.isArray')}];
  const isView = kept[${k('ArrayBuffer.isView')}], is = kept[${k('Object.is')}];
  const uncurry = (fn) => apply(kept[${k('Function.prototype.bind')}], kept[${k('Function.prototype.call')}], [fn]);
  const slice = uncurry(kept[${k('String.prototype.slice')}]);
  const objectTag = uncurry(kept[${k('Object.prototype.toString')}]);
  const MAX_STRING = ${READ_LIMITS.maxString}, MAX_ITEMS = ${READ_LIMITS.maxItems}, MAX_DEPTH = ${READ_LIMITS.maxDepth}, MAX_NODES = ${READ_LIMITS.maxNodes};
  let nodes = 0;
  const cut = (s, max) => (s.length > max ? slice(s, 0, max) : s);
  const quote = (s) => quoteString(cut(s, MAX_STRING));
  const numberText = (x) => (is(x, -0) ? '-0' : '' + x);
  const tagOf = (value) => {
    try { return slice(objectTag(value), 8, -1); } catch (e) { return 'Object'; }
  };
  function items(value, from, count, depth) {
    let text = '';
    for (let i = from; i < count && nodes < MAX_NODES; i++) text += (i === from ? '' : ',') + encode(value[i], depth + 1);
    return text;
  }
  function encode(value, depth) {
    nodes++;
    switch (typeof value) {
      case 'number': return '{"type":"number","value":"' + numberText(value) + '"}';
      case 'string': return '{"type":"string","text":' + quote(value) + ',"length":' + value.length + '}';
      case 'boolean': return '{"type":"boolean","value":' + (value ? 'true' : 'false') + '}';
      case 'undefined': return '{"type":"undefined"}';
      case 'bigint': return '{"type":"bigint","text":' + quote('' + value) + '}';
      case 'symbol': return '{"type":"symbol"}';
      case 'function': return '{"type":"function"}';
    }
    if (value === null) return '{"type":"null"}';
    const tag = tagOf(value);
    const array = isArray(value);
    if (!array && !(isView(value) && tag !== 'DataView')) return '{"type":"object","tag":' + quote(tag) + '}';
    const length = value.length;
    if (typeof length !== 'number' || !(length >= 0)) return '{"type":"unreadable","reason":"its length is not a number"}';
    const count = depth >= MAX_DEPTH ? 0 : length < MAX_ITEMS ? length : MAX_ITEMS;
    const kind = array ? '' : ',"kind":' + quote(tag);
    return '{"type":"array","items":[' + items(value, 0, count, depth) + '],"length":"' + numberText(length) + '"' + kind + '}';
  }
  return function (value, from, count, depth, startNodes) {
    nodes = startNodes;
    const text = items(value, from, count, depth);
    return '{"nodes":' + nodes + ',"items":[' + text + ']}';
  };
})`;
