// Plain values as short text for feedback: what a student's function returned, written
// the way JavaScript people read it. The text is untrusted and always cut short.
import { cutShort } from '../problem.ts';
import type { PlainValue } from './types.ts';

const MAX_TEXT = 200;

export function displayValue(value: PlainValue): string {
  return cutShort(display(value, 0), MAX_TEXT);
}

export function displayNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

function display(value: PlainValue, depth: number): string {
  switch (value.type) {
    case 'number':
      return displayNumber(value.value);
    case 'string': {
      const more = value.length > value.text.length ? `… (${value.length} characters)` : '';
      return JSON.stringify(cutShort(value.text, MAX_TEXT)) + more;
    }
    case 'boolean':
      return String(value.value);
    case 'undefined':
    case 'null':
      return value.type;
    case 'bigint':
      return `${value.text}n`;
    case 'symbol':
      return 'a Symbol';
    case 'function':
      return 'a function';
    case 'array': {
      if (depth >= 2 && value.length > 0) return '[…]';
      const shown = value.items.slice(0, 20).map((item) => display(item, depth + 1));
      if (value.length > shown.length) shown.push(`… ${value.length} entries`);
      return `${value.kind ? `${value.kind} ` : ''}[${shown.join(', ')}]`;
    }
    case 'object':
      return `[object ${value.tag}]`;
    case 'promise':
      if (value.state === 'pending') return 'Promise { <pending> }';
      if (value.state === 'fulfilled') return `Promise { ${value.value ? display(value.value, depth + 1) : 'undefined'} }`;
      return `Promise { <rejected> ${value.reason ?? ''} }`;
    case 'unreadable':
      return `(could not be read: ${value.reason})`;
  }
}

/** What kind of thing a value is, with its article: "a string", "an array of 3 entries". */
export function describeKind(value: PlainValue): string {
  switch (value.type) {
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'undefined':
      return 'undefined';
    case 'null':
      return 'null';
    case 'bigint':
      return 'a BigInt';
    case 'symbol':
      return 'a Symbol';
    case 'function':
      return 'a function';
    case 'array':
      return `${value.kind ? `a ${value.kind}` : 'an array'} of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
    case 'object':
      return value.tag === 'Object' ? 'an object' : `an object (${value.tag})`;
    case 'promise':
      return 'a Promise';
    case 'unreadable':
      return 'a value that could not be read';
  }
}

/** Console text made safe to show: control characters (but newlines and tabs) escaped. */
export function escapeConsole(text: string): string {
  // C0 and C1 controls, and the characters that reorder or hide text (Trojan Source).
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
