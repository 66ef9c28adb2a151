// Derivatives of the activations. At a kink (x = 0 for step, ReLU, Leaky ReLU) the
// derivative is undefined; these return the convention of most libraries (the left
// side), and exercises list which other conventions they accept.
import { sigmoid, tanh } from './activations.ts';

/** σ′(x) = σ(x) (1 − σ(x)), at most 0.25 (at x = 0). */
export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

/** step′(x) = 0 wherever it is defined (x ≠ 0). */
export function stepDerivative(_x: number): number {
  return 0;
}

/** ReLU′(x) = 1 if x > 0, else 0 (0 at x = 0 by convention). */
export function reluDerivative(x: number): number {
  return x > 0 ? 1 : 0;
}

/** LeakyReLU′(x) = 1 if x > 0, else slope (slope at x = 0 by convention). */
export function leakyReluDerivative(x: number, slope = 0.01): number {
  return x > 0 ? 1 : slope;
}

/** ELU′(x) = 1 if x > 0, else α e^x. */
export function eluDerivative(x: number, alpha = 1): number {
  return x > 0 ? 1 : alpha * Math.exp(x);
}

/** tanh′(x) = 1 − tanh²(x). */
export function tanhDerivative(x: number): number {
  const t = tanh(x);
  return 1 - t * t;
}
