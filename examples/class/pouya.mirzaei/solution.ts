// پویا میرزایی (pouya.mirzaei)

export function step(x: number): number {
  return x >= 0 ? 1 : 0;
}

export function relu(x: number): number {
  return Math.max(0, x);
}

export function reluDerivative(x: number): number {
  return x > 0 ? 1 : 0;
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
