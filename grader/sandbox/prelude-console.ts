// The console inside QuickJS: what `console.log` prints, formatted the way Node shows values,
// and cut to what is left of the output limit before it leaves QuickJS. It is compiled on the
// first print and gets the built-ins kept before the student's code ran (prelude.ts, KEPT,
// read by index), so nothing here uses a global a student could have replaced.
import { keptIndex as k } from './kept.ts';

export const CONSOLE_FACTORY = String.raw`(function (write, outputLimit, kept) {
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
  return function log() {
    if (remaining <= 0) {
      if (!dropped) { dropped = true; write('', 1); }
      return;
    }
    let line = '';
    for (let i = 0; i < arguments.length && line.length <= remaining; i++) {
      line += (i === 0 ? '' : ' ') + show(arguments[i], 0, remaining - line.length);
    }
    line += '\n';
    const full = line.length;
    if (full > remaining) line = slice(line, 0, remaining);
    remaining -= line.length;
    write(line, full);
  };
})`;
