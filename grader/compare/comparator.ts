import type { Message } from '../messages/message.ts';
import type { Tolerance } from '../spec/types.ts';

/** One tolerance rule of DESIGN.md: when it applies, how wide it is, and how to say it. */
export interface Comparator {
  readonly id: 'abs' | 'rel' | 'both' | 'sigfigs' | 'decimals';
  readonly applies: (tolerance: Tolerance) => boolean;
  /** The largest accepted |s − t| for the reference value t, and whether the bound itself counts. */
  readonly bound: (expected: number, tolerance: Tolerance) => { readonly width: number; readonly inclusive: boolean };
  /** The rule as an introductory course says it: "within 0.005 of the expected value". */
  readonly describe: (tolerance: Tolerance) => Message;
}

/** A relative tolerance as a percentage, without the float noise of r × 100 (1e-6 is 0.0001, not 0.00009999999999999999). */
export function percentOf(rel: number): number {
  return Number((rel * 100).toPrecision(12));
}
