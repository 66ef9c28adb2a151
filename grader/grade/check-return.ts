// Whether what a student's function returned is the expected number (or vector) under the
// exercise's tolerance, with one clear message for each way it can be wrong: a string, a
// Promise, undefined, an array where a number was expected, NaN, Infinity.
import type { Value } from '../../reference/index.ts';
import { withinTolerance } from '../compare/tolerance.ts';
import { message, type Message } from '../messages/message.ts';
import { displayNumber, displayValue, type PlainValue } from '../sandbox/index.ts';
import type { Tolerance } from '../spec/types.ts';
import { kindOf } from './value-kind.ts';

export type Returns = 'number' | 'vector';

/** The numbers a function returned, or why they are not numbers of the right shape. */
export type ReadNumbers = { readonly ok: true; readonly numbers: number | readonly number[] } | { readonly ok: false; readonly message: Message };

export type ReturnCheck =
  | { readonly pass: true; readonly difference?: number }
  | { readonly pass: false; readonly message: Message; readonly difference?: number };

export function readNumbers(received: PlainValue, returns: Returns): ReadNumbers {
  if (received.type === 'number') {
    return returns === 'number' ? { ok: true, numbers: received.value } : wrong(message('case.number-not-vector', { value: displayValue(received) }));
  }
  if (received.type === 'array' && returns === 'vector') {
    if (received.items.length < received.length) return wrong(message('case.array-too-long', { length: received.length }));
    const bad = received.items.findIndex((item) => item.type !== 'number');
    if (bad !== -1) return wrong(message('case.entry-not-number', { entry: bad + 1, kind: kindOf(received.items[bad]!), value: displayValue(received.items[bad]!) }));
    return { ok: true, numbers: received.items.map((item) => (item as { value: number }).value) };
  }
  return wrong(wrongType(received, message(returns === 'number' ? 'wanted.number' : 'wanted.vector')));
}

function wrong(why: Message): ReadNumbers {
  return { ok: false, message: why };
}

function wrongType(received: PlainValue, wanted: Message): Message {
  switch (received.type) {
    case 'undefined':
      return message('case.returned-undefined', { wanted });
    case 'string': {
      const numeric = !(Number.isNaN(Number(received.text)) || received.text.trim() === '');
      return message(numeric ? 'case.returned-numeric-string' : 'case.returned-string', { value: displayValue(received), wanted });
    }
    case 'promise':
      // Never waited for: what it would settle to is not the answer.
      return message('case.returned-promise', { wanted });
    case 'boolean':
      return message('case.returned-boolean', { value: String(received.value), wanted });
    case 'function':
      return message('case.returned-function', { wanted });
    case 'unreadable':
      return message('case.returned-unreadable', { reason: received.reason });
    default:
      return message('case.returned-other', { kind: kindOf(received), wanted });
  }
}

/** Whether the numbers are within tolerance of a target value (same shape, entry by entry). */
export function closeTo(numbers: number | readonly number[], target: Value, tolerance: Tolerance): boolean {
  if (typeof numbers === 'number' || typeof target === 'number') {
    return typeof numbers === 'number' && typeof target === 'number' && withinTolerance(numbers, target, tolerance);
  }
  return numbers.length === target.length && numbers.every((x, i) => typeof target[i] === 'number' && withinTolerance(x, target[i] as number, tolerance));
}

/** |received − expected|, the largest over the entries of a vector; undefined when the shapes differ. */
export function differenceFrom(numbers: number | readonly number[], target: Value): number | undefined {
  if (typeof numbers === 'number') return typeof target === 'number' ? Math.abs(numbers - target) : undefined;
  if (typeof target === 'number' || numbers.length !== target.length) return undefined;
  return numbers.reduce((max, x, i) => Math.max(max, Math.abs(x - (target[i] as number))), 0);
}

export function checkReturn(received: PlainValue, expected: Value, accepted: readonly Value[], tolerance: Tolerance, returns: Returns): ReturnCheck {
  const read = readNumbers(received, returns);
  if (!read.ok) return { pass: false, message: read.message };
  const { numbers } = read;
  const difference = differenceFrom(numbers, expected);
  const at = (d: number | undefined) => (d === undefined || Number.isNaN(d) ? {} : { difference: d });
  if (closeTo(numbers, expected, tolerance)) return { pass: true, ...at(difference) };
  const alternative = accepted.find((value) => closeTo(numbers, value, tolerance));
  if (alternative !== undefined) return { pass: true, ...at(differenceFrom(numbers, alternative)) };
  return { pass: false, message: mismatch(numbers, expected, tolerance), ...at(difference) };
}

function mismatch(numbers: number | readonly number[], expected: Value, tolerance: Tolerance): Message {
  if (typeof numbers === 'number') {
    const odd = nonFinite(numbers, expected as number);
    if (odd === 'nan') return message('case.returned-nan');
    if (odd === 'infinite') return message('case.returned-infinite', { value: displayNumber(numbers) });
    return message('case.not-within-tolerance');
  }
  const target = expected as readonly number[];
  if (numbers.length !== target.length) return message('case.length', { received: numbers.length, expected: target.length });
  const i = numbers.findIndex((x, k) => !withinTolerance(x, target[k]!, tolerance));
  const entry = i + 1;
  const odd = nonFinite(numbers[i]!, target[i]!);
  if (odd === 'nan') return message('case.entry-nan', { entry });
  if (odd === 'infinite') return message('case.entry-infinite', { entry, value: displayNumber(numbers[i]!) });
  return message('case.entry-wrong', { entry, received: displayNumber(numbers[i]!), expected: displayNumber(target[i]!) });
}

/** NaN where a number was expected, or an infinity where a finite number was. */
function nonFinite(x: number, expected: number): 'nan' | 'infinite' | undefined {
  if (Number.isNaN(x) && !Number.isNaN(expected)) return 'nan';
  if (!Number.isFinite(x) && !Number.isNaN(x) && x !== expected) return 'infinite';
  return undefined;
}
