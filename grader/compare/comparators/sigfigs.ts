import { message } from '../../messages/message.ts';
import type { Comparator } from '../comparator.ts';

/** sigfigs: |s − t| < 0.51·10^(floor(log10 |t|) − n + 1); for t = 0, as decimals n − 1. */
export const sigfigs: Comparator = {
  id: 'sigfigs',
  applies: (t) => t.sigfigs !== undefined && t.decimals === undefined,
  bound: (expected, t) => {
    const n = t.sigfigs!;
    const exponent = expected === 0 ? -(n - 1) : Math.floor(Math.log10(Math.abs(expected))) - n + 1;
    return { width: 0.51 * 10 ** exponent, inclusive: false };
  },
  describe: (t) => message('tolerance.sigfigs', { sigfigs: t.sigfigs! }),
};
