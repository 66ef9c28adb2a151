import { message } from '../../messages/message.ts';
import { mathNumber } from '../../messages/numbers.ts';
import type { VectorCheckDefinition } from './check.ts';

/** Every entry lies in [0, 1], as a probability must. */
export const probabilities: VectorCheckDefinition = {
  id: 'probabilities',
  check: (values) => {
    const index = values.findIndex((x) => !(x >= 0 && x <= 1));
    if (index === -1) return undefined;
    return message('entry-not-probability', { entry: index + 1, value: outsideValue(values[index]!) });
  },
};

/** The entry with at most four decimals, or all its digits when fewer would put it in [0, 1] (1.0001, never 1). */
function outsideValue(x: number): string {
  if (!Number.isFinite(x)) return mathNumber(x);
  const short = Number(x.toFixed(4));
  return String(short >= 0 && short <= 1 ? x : short);
}
