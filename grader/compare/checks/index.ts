// Structural checks on vectors, one file each; adding a check means adding a file and a line here.
import type { VectorCheck } from '../../spec/types.ts';
import type { VectorCheckDefinition } from './check.ts';
import { probabilities } from './probabilities.ts';
import { sumsToOne } from './sums-to-one.ts';

export type { VectorCheckDefinition } from './check.ts';

export const vectorChecks: ReadonlyMap<VectorCheck, VectorCheckDefinition> = new Map(
  [sumsToOne, probabilities].map((definition) => [definition.id, definition]),
);
