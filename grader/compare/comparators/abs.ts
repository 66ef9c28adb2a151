import type { Comparator } from '../comparator.ts';

/** abs: |s − t| ≤ a. */
export const abs: Comparator = {
  id: 'abs',
  applies: (t) => t.abs !== undefined && t.rel === undefined,
  bound: (_expected, t) => ({ width: t.abs!, inclusive: true }),
  describe: (t) => `|answer − expected| ≤ ${t.abs}`,
};
