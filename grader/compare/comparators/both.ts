import { message } from '../../messages/message.ts';
import { percentOf, type Comparator } from '../comparator.ts';

/** abs and rel together: |s − t| ≤ a + r·|t|, as numpy's isclose. */
export const both: Comparator = {
  id: 'both',
  applies: (t) => t.abs !== undefined && t.rel !== undefined,
  bound: (expected, t) => ({ width: t.abs! + t.rel! * Math.abs(expected), inclusive: true }),
  describe: (t) => message('tolerance.abs-rel', { abs: t.abs!, percent: percentOf(t.rel!) }),
};
