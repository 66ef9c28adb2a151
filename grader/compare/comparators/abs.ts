import { message } from '../../messages/message.ts';
import type { Comparator } from '../comparator.ts';

/** abs: |s − t| ≤ a. */
export const abs: Comparator = {
  id: 'abs',
  applies: (t) => t.abs !== undefined && t.rel === undefined,
  bound: (_expected, t) => ({ width: t.abs!, inclusive: true }),
  describe: (t) => message('tolerance.abs', { abs: t.abs! }),
};
