// Comparing a student's number with the reference value under a tolerance rule.
// One comparator per rule (comparators/); adding a rule means adding a file and a line here.
import type { Message } from '../messages/message.ts';
import type { Tolerance } from '../spec/types.ts';
import type { Comparator } from './comparator.ts';
import { abs } from './comparators/abs.ts';
import { both } from './comparators/both.ts';
import { decimals } from './comparators/decimals.ts';
import { rel } from './comparators/rel.ts';
import { sigfigs } from './comparators/sigfigs.ts';

export const comparators: readonly Comparator[] = [both, abs, rel, decimals, sigfigs];

/** When neither the exercise nor the course sets one: three significant figures, as the notes write 0.167. */
export const DEFAULT_TOLERANCE: Tolerance = { sigfigs: 3 };

export function comparatorFor(tolerance: Tolerance): Comparator {
  return comparators.find((c) => c.applies(tolerance)) ?? comparatorFor(DEFAULT_TOLERANCE);
}

/**
 * Whether s is within tolerance of t. NaN matches only NaN and ±Infinity only itself.
 * A few ulps of slack keep answers that sit exactly on an inclusive bound (0.501 vs 0.5 with
 * abs 0.001) from failing on floating-point noise in the subtraction.
 */
export function withinTolerance(received: number, expected: number, tolerance: Tolerance): boolean {
  if (Number.isNaN(expected) || Number.isNaN(received)) return Number.isNaN(expected) && Number.isNaN(received);
  if (!Number.isFinite(expected) || !Number.isFinite(received)) return received === expected;
  const { width, inclusive } = comparatorFor(tolerance).bound(expected, tolerance);
  const difference = Math.abs(received - expected);
  const slack = 4 * Number.EPSILON * Math.max(Math.abs(received), Math.abs(expected), width);
  return inclusive ? difference <= width + slack : difference < width;
}

/** The rule in words, for feedback and reports. */
export function describeTolerance(tolerance: Tolerance): Message {
  return comparatorFor(tolerance).describe(tolerance);
}

/** The exercise's tolerance, else the course's, else the default. */
export function effectiveTolerance(exercise: Tolerance | undefined, course: Tolerance | undefined): Tolerance {
  return exercise ?? course ?? DEFAULT_TOLERANCE;
}
