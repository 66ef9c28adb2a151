// Activation functions of the notes, each a map from a pre-activation x to an output.

/** σ(x) = 1 / (1 + e^−x), written so that neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z); subtracting the max keeps e^z finite. */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

/** step(x) = 1 if x ≥ 0, else 0 (the notes' threshold unit; the value at 0 is a convention). */
export function step(x: number): number {
  return x >= 0 ? 1 : 0;
}

/** ReLU(x) = max(0, x). */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** LeakyReLU(x) = x if x > 0, else slope · x (slope 0.01 in the notes). */
export function leakyRelu(x: number, slope = 0.01): number {
  return x > 0 ? x : slope * x;
}

/** ELU(x) = x if x > 0, else α (e^x − 1). */
export function elu(x: number, alpha = 1): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}

/** tanh(x) = (e^x − e^−x) / (e^x + e^−x). */
export function tanh(x: number): number {
  return Math.tanh(x);
}
