// Turning a network's outputs into a class.
import { softmax } from './activations.ts';

/**
 * class = 1 if ŷ > threshold, else 0: the notes' rule ("greater than 0.5 → class 1, otherwise
 * class 0", threshold 0.5), which Keras' binary accuracy also follows. At ŷ = threshold
 * conventions differ, so exercises do not draw it.
 */
export function decide(yHat: number, threshold = 0.5): number {
  return yHat > threshold ? 1 : 0;
}

/** argmax(v): the index of the largest entry, the first one on ties. */
export function argmax(v: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** The class a softmax output picks: argmax(softmax(z)) = argmax(z). */
export function predictClass(z: readonly number[]): number {
  return argmax(softmax(z));
}

/** oneHot(c, k): a vector of k zeros with a 1 at index c. */
export function oneHot(c: number, k: number): number[] {
  if (!Number.isInteger(c) || c < 0 || c >= k) throw new RangeError(`class index ${c} is outside 0..${k - 1}`);
  return Array.from({ length: k }, (_, i) => (i === c ? 1 : 0));
}
