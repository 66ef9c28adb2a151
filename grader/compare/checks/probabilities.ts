import { message } from '../../messages/message.ts';
import type { VectorCheckDefinition } from './check.ts';

/** Every entry lies in [0, 1], as a probability must. */
export const probabilities: VectorCheckDefinition = {
  id: 'probabilities',
  check: (values) => {
    const index = values.findIndex((x) => !(x >= 0 && x <= 1));
    if (index === -1) return undefined;
    return message('entry-not-probability', { entry: index + 1, value: values[index]! });
  },
};
