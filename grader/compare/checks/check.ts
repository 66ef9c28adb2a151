import type { Tolerance, VectorCheck } from '../../spec/types.ts';

/** A structural check on a student's vector, whatever the expected values are. */
export interface VectorCheckDefinition {
  readonly id: VectorCheck;
  /** Why the vector fails the check, in a sentence for the student; undefined when it passes. */
  readonly check: (values: readonly number[], tolerance: Tolerance) => string | undefined;
}

/** A number for a sentence: at most four decimals, no float noise. */
export function shortNumber(x: number): string {
  return String(Number(x.toFixed(4)));
}
