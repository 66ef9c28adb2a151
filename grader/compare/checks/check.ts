import type { Message } from '../../messages/message.ts';
import type { Tolerance, VectorCheck } from '../../spec/types.ts';

/** A structural check on a student's vector, whatever the expected values are. */
export interface VectorCheckDefinition {
  readonly id: VectorCheck;
  /** Why the vector fails the check, for the student; undefined when it passes. */
  readonly check: (values: readonly number[], tolerance: Tolerance) => Message | undefined;
}
