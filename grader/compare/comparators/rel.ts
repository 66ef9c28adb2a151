import { message } from '../../messages/message.ts';
import { percentOf, type Comparator } from '../comparator.ts';

/** rel: |s − t| ≤ r·|t|. */
export const rel: Comparator = {
  id: 'rel',
  applies: (t) => t.rel !== undefined && t.abs === undefined,
  bound: (expected, t) => ({ width: t.rel! * Math.abs(expected), inclusive: true }),
  describe: (t) => message('tolerance.rel', { percent: percentOf(t.rel!) }),
};
