// Hossein Mousavi (hossein.mousavi)

export function step(x: number): number {
  return x >= 0 ? 1 : 0;
}

export function stepDerivative(x: number): number {
  // Flat on both sides of the jump.
  return 0;
}

export function relu(x: number): number {
  return Math.max(0, x);
}

export function reluDerivative(x: number): number {
  return x > 0 ? 1 : 0;
}

export function leakyRelu(x: number): number {
  return x > 0 ? x : 0.01 * x;
}

export function leakyReluDerivative(x: number): number {
  return x > 0 ? 1 : 0.01;
}

export function elu(x: number): number {
  return x > 0 ? x : Math.exp(x) - 1;
}

export function eluDerivative(x: number): number {
  return x > 0 ? x : Math.exp(x) - 1;
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function binaryCrossEntropy(y: number[], yHat: number[]): number {
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    sum += y[j] * Math.log(yHat[j]) + (1 - y[j]) * Math.log(1 - yHat[j]);
  }
  return -sum / y.length;
}

export function categoricalCrossEntropy(y: number[][], yHat: number[][]): number {
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    for (let i = 0; i < y[j].length; i++) sum += y[j][i] * Math.log10(yHat[j][i]);
  }
  return -sum / y.length;
}
