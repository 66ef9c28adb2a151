import { comparatorFor } from '../tolerance.ts';
import { message } from '../../messages/message.ts';
import type { VectorCheckDefinition } from './check.ts';

/**
 * The entries add up to 1, as a distribution's must. Each entry may be off by the
 * exercise's tolerance, so their sum may be off by the sum of those widths: the notes'
 * rounded [0.66, 0.24, 0.10] passes, sigmoid's [0.88, 0.73, 0.52] (2.13) does not.
 */
export const sumsToOne: VectorCheckDefinition = {
  id: 'sums-to-one',
  check: (values, tolerance) => {
    const sum = values.reduce((s, x) => s + x, 0);
    const comparator = comparatorFor(tolerance);
    const allowed = values.reduce((s, x) => s + comparator.bound(x, tolerance).width, 0);
    if (Math.abs(sum - 1) <= allowed + 1e-9) return undefined;
    return message('values-sum', { sum });
  },
};
