import { message } from '../../messages/message.ts';
import type { Comparator } from '../comparator.ts';

/** decimals: |s − t| < 0.51·10^(−d): right when rounded to d decimal places (with a little slack). */
export const decimals: Comparator = {
  id: 'decimals',
  applies: (t) => t.decimals !== undefined,
  bound: (_expected, t) => ({ width: 0.51 * 10 ** -t.decimals!, inclusive: false }),
  describe: (t) => message('tolerance.decimals', { decimals: t.decimals! }),
};
