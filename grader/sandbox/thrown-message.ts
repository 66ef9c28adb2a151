// What a student's code threw, in words. Any value can be thrown: an Error, a number,
// null, a Proxy whose every property access throws; each gets a clean sentence.
import { cutShort } from '../problem.ts';
import { displayValue } from './display.ts';
import type { RawThrown } from './protocol.ts';
import type { PlainValue } from './types.ts';

const MAX_MESSAGE = 300;

const text = (value: PlainValue | undefined): string | undefined => (value?.type === 'string' ? value.text : undefined);

export function isOutOfMemory(thrown: RawThrown): boolean {
  return text(thrown.name) === 'InternalError' && text(thrown.message) === 'out of memory';
}

export function isSyntaxError(thrown: RawThrown): boolean {
  return text(thrown.name) === 'SyntaxError' && thrown.tag === 'Error';
}

export function thrownMessage(thrown: RawThrown): string {
  return cutShort(sentence(thrown), MAX_MESSAGE);
}

function sentence(thrown: RawThrown): string {
  if (thrown.unreadable !== undefined) return `threw a value that could not be read (${thrown.unreadable})`;
  if (thrown.value) return primitiveSentence(thrown.value);
  const name = text(thrown.name);
  const message = text(thrown.message);
  if (name === 'InternalError' && message === 'stack overflow') {
    return 'stack overflow: too many nested calls (does a recursion never reach its base case?)';
  }
  if (message !== undefined && name !== undefined) return name === '' ? message : message === '' ? name : `${name}: ${message}`;
  if (message !== undefined) return `threw an object with the message: ${message}`;
  if (thrown.message) return `threw an object whose message is ${displayValue(thrown.message)}, not a string`;
  return thrown.tag && thrown.tag !== 'Object' ? `threw an object (${thrown.tag}) without a readable message` : 'threw an object without a readable message';
}

function primitiveSentence(value: PlainValue): string {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return `threw ${value.type}`;
    case 'string':
      return `threw the string ${displayValue(value)} (throw new Error(...) gives a stack trace)`;
    default:
      return `threw ${displayValue(value)} (not an Error)`;
  }
}
