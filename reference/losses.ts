// Cross-entropy losses as the notes write them: natural log, mean over a batch of m examples.
// Predictions are clipped to [eps, 1 − eps] before the log, as Keras does (eps = 1e-7), so a
// confident wrong prediction costs −ln(eps) ≈ 16.12 instead of Infinity.

/** Keras' default epsilon (keras.backend.epsilon()). */
export const DEFAULT_EPSILON = 1e-7;

/** clip(p) = min(max(p, eps), 1 − eps). */
export function clip(p: number, eps = DEFAULT_EPSILON): number {
  return Math.min(Math.max(p, eps), 1 - eps);
}

/** BCE = −(1/m) Σⱼ [yⱼ ln ŷⱼ + (1 − yⱼ) ln(1 − ŷⱼ)]. */
export function binaryCrossEntropy(y: readonly number[], yHat: readonly number[], eps = DEFAULT_EPSILON): number {
  assertSameLength(y.length, yHat.length, 'y', 'yHat');
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    const t = y[j]!;
    const p = clip(yHat[j]!, eps);
    sum += t * Math.log(p) + (1 - t) * Math.log(1 - p);
  }
  return -sum / y.length;
}

/** BCE of one example: −[y ln ŷ + (1 − y) ln(1 − ŷ)]. */
export function binaryCrossEntropyOne(y: number, yHat: number, eps = DEFAULT_EPSILON): number {
  return binaryCrossEntropy([y], [yHat], eps);
}

/**
 * CCE = −(1/m) Σⱼ Σᵢ yⱼᵢ ln ŷⱼᵢ, with one-hot (or soft) target rows yⱼ. Each row ŷⱼ must be a
 * distribution (a softmax output): Keras would first rescale a row that does not sum to 1, this
 * takes it as it is, and exercises are refused by `grader validate` when a row is not one.
 */
export function categoricalCrossEntropy(
  y: readonly (readonly number[])[],
  yHat: readonly (readonly number[])[],
  eps = DEFAULT_EPSILON,
): number {
  assertSameLength(y.length, yHat.length, 'y', 'yHat');
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    const target = y[j]!;
    const predicted = yHat[j]!;
    assertSameLength(target.length, predicted.length, `y[${j}]`, `yHat[${j}]`);
    for (let i = 0; i < target.length; i++) sum += target[i]! * Math.log(clip(predicted[i]!, eps));
  }
  return -sum / y.length;
}

/** CCE of one example: −Σᵢ yᵢ ln ŷᵢ. */
export function categoricalCrossEntropyOne(y: readonly number[], yHat: readonly number[], eps = DEFAULT_EPSILON): number {
  return categoricalCrossEntropy([y], [yHat], eps);
}

/** Sparse CCE = −(1/m) Σⱼ ln ŷⱼ[cⱼ], with the true class cⱼ given as an index (0-based). */
export function sparseCategoricalCrossEntropy(
  classes: readonly number[],
  yHat: readonly (readonly number[])[],
  eps = DEFAULT_EPSILON,
): number {
  assertSameLength(classes.length, yHat.length, 'classes', 'yHat');
  let sum = 0;
  for (let j = 0; j < classes.length; j++) {
    const row = yHat[j]!;
    const c = classes[j]!;
    if (!Number.isInteger(c) || c < 0 || c >= row.length) {
      throw new RangeError(`class index ${c} is outside 0..${row.length - 1}`);
    }
    sum += Math.log(clip(row[c]!, eps));
  }
  return -sum / classes.length;
}

function assertSameLength(a: number, b: number, nameA: string, nameB: string): void {
  if (a !== b) throw new RangeError(`${nameA} has ${a} entries but ${nameB} has ${b}`);
  if (a === 0) throw new RangeError(`${nameA} is empty: a loss needs at least one example`);
}
