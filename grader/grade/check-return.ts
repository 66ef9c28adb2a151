// Whether what a student's function returned is the expected number (or vector) under the
// exercise's tolerance, with one clear sentence for each way it can be wrong: a string, a
// Promise, undefined, an array where a number was expected, NaN, Infinity.
import type { Value } from '../../reference/index.ts';
import { describeTolerance, withinTolerance } from '../compare/tolerance.ts';
import { describeKind, displayNumber, displayValue, type PlainValue } from '../sandbox/index.ts';
import type { Tolerance } from '../spec/types.ts';

export type Returns = 'number' | 'vector';

/** The numbers a function returned, or why they are not numbers of the right shape. */
export type ReadNumbers = { readonly ok: true; readonly numbers: number | readonly number[] } | { readonly ok: false; readonly message: string };

export type ReturnCheck =
  | { readonly pass: true; readonly difference?: number }
  | { readonly pass: false; readonly message: string; readonly difference?: number };

export function readNumbers(received: PlainValue, returns: Returns): ReadNumbers {
  const wanted = returns === 'number' ? 'a number' : 'an array of numbers';
  if (received.type === 'number') {
    return returns === 'number' ? { ok: true, numbers: received.value } : wrong(`returned a single number (${displayValue(received)}) where ${wanted} was expected`);
  }
  if (received.type === 'array' && returns === 'vector') {
    if (received.items.length < received.length) return wrong(`returned an array of ${received.length} entries, too long to check`);
    const bad = received.items.findIndex((item) => item.type !== 'number');
    if (bad !== -1) return wrong(`entry ${bad} of the returned array is ${describeKind(received.items[bad]!)} (${displayValue(received.items[bad]!)}), not a number`);
    return { ok: true, numbers: received.items.map((item) => (item as { value: number }).value) };
  }
  return wrong(wrongType(received, wanted));
}

function wrong(message: string): ReadNumbers {
  return { ok: false, message };
}

function wrongType(received: PlainValue, wanted: string): string {
  switch (received.type) {
    case 'undefined':
      return `returned undefined instead of ${wanted}: is a \`return\` missing?`;
    case 'string':
      return Number.isNaN(Number(received.text)) || received.text.trim() === ''
        ? `returned a string (${displayValue(received)}) instead of ${wanted}`
        : `returned the string ${displayValue(received)} instead of ${wanted}: toFixed() and String() give text, return the number itself`;
    case 'array':
      return `returned ${describeKind(received)} where ${wanted} was expected`;
    case 'promise':
      // Never waited for: what it would settle to is not the answer.
      return `returned a Promise instead of ${wanted}: the function must be synchronous and return the value itself`;
    case 'boolean':
      return `returned a boolean (${received.value}) instead of ${wanted}: use 1 and 0`;
    case 'function':
      return `returned a function instead of ${wanted}: did you forget to call it?`;
    case 'unreadable':
      return `the returned value could not be read: ${received.reason}`;
    default:
      return `returned ${describeKind(received)} instead of ${wanted}`;
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

function mismatch(numbers: number | readonly number[], expected: Value, tolerance: Tolerance): string {
  if (typeof numbers === 'number') return nonFinite(numbers, expected as number) ?? `not within tolerance (${describeTolerance(tolerance)})`;
  const target = expected as readonly number[];
  if (numbers.length !== target.length) return `returned ${numbers.length} entries, expected ${target.length}`;
  const i = numbers.findIndex((x, k) => !withinTolerance(x, target[k]!, tolerance));
  const problem = nonFinite(numbers[i]!, target[i]!);
  return `entry ${i} ${problem ? problem.replace(/^returned /, 'is ') : `is ${displayNumber(numbers[i]!)}, expected ${displayNumber(target[i]!)}`}`;
}

function nonFinite(x: number, expected: number): string | undefined {
  if (Number.isNaN(x) && !Number.isNaN(expected)) {
    return 'returned NaN: from 0/0, Math.log of a negative number, or arithmetic on undefined';
  }
  if (!Number.isFinite(x) && !Number.isNaN(x) && x !== expected) {
    return `returned ${displayNumber(x)}: an overflow (Math.exp of a large number?) or a division by zero`;
  }
  return undefined;
}
