// The right values in the wrong order (a softmax answer [0.24, 0.66, 0.10] for
// [0.66, 0.24, 0.10]): the classes are mixed up. Found as a matching of the answer's entries
// to the expected ones, each entry to one within tolerance of it, keeping every entry that is
// already right where it is.
import { message } from '../messages/message.ts';
import type { NamedMistake } from '../result/types.ts';

/** Vectors longer than this are not searched (an exercise's vectors have a handful of entries). */
const MAX_ENTRIES = 64;

export const PERMUTED_CLASSES_ID = 'classes-in-wrong-order';

/**
 * For each entry of the answer, the index of the expected entry it matches, when every entry
 * matches a different one and at least one is out of place; otherwise undefined.
 */
export function permutationOf(values: readonly number[], expected: readonly number[], close: (value: number, target: number) => boolean): number[] | undefined {
  const n = values.length;
  if (n !== expected.length || n < 2 || n > MAX_ENTRIES) return undefined;
  const owner: (number | undefined)[] = Array.from({ length: n }, () => undefined);
  // Kuhn's augmenting paths; each entry tries its own position first, so right entries stay put.
  const place = (i: number, seen: boolean[]): boolean => {
    for (const j of [i, ...expected.keys()]) {
      if (seen[j] || !close(values[i]!, expected[j]!)) continue;
      seen[j] = true;
      if (owner[j] === undefined || place(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < n; i++) if (!place(i, [])) return undefined;
  const matched = Array.from({ length: n }, () => 0);
  owner.forEach((i, j) => (matched[i!] = j));
  return matched.some((j, i) => j !== i) ? matched : undefined;
}

/** The right values in the wrong order; which entry holds which value only when expected values are shown. */
export function permutedClasses(matched: readonly number[], reveal: boolean): NamedMistake {
  return {
    id: PERMUTED_CLASSES_ID,
    title: message('misconception.classes-in-wrong-order.title'),
    feedback: reveal
      ? message('misconception.classes-in-wrong-order.feedback-order', { order: matched.map((j) => j + 1) })
      : message('misconception.classes-in-wrong-order.feedback'),
  };
}
