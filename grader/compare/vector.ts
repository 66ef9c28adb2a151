// Comparing a student's vector with the reference vector entry by entry, under the
// same tolerance rule as a scalar; a vector of the wrong length is its own outcome.
import type { Tolerance } from '../spec/types.ts';
import { withinTolerance } from './tolerance.ts';

export type VectorComparison =
  | { readonly ok: true; readonly within: readonly boolean[]; readonly correct: number }
  | { readonly ok: false; readonly lengthMismatch: { readonly received: number; readonly expected: number } };

export function compareVectors(received: readonly number[], expected: readonly number[], tolerance: Tolerance): VectorComparison {
  if (received.length !== expected.length) {
    return { ok: false, lengthMismatch: { received: received.length, expected: expected.length } };
  }
  const within = received.map((value, i) => withinTolerance(value, expected[i]!, tolerance));
  return { ok: true, within, correct: within.filter(Boolean).length };
}

/** Whether every entry is within tolerance (and the lengths agree). */
export function vectorsMatch(received: readonly number[], expected: readonly number[], tolerance: Tolerance): boolean {
  const comparison = compareVectors(received, expected, tolerance);
  return comparison.ok && comparison.correct === expected.length;
}
