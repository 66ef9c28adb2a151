// Behnam Faraji (behnam.faraji)

export function step(x) {
  return x >= 0 ? 1 : 0;
}

export function stepDerivative(x) {
  // Flat on both sides of the jump.
  return 0;
}

export function relu(x) {
  return x > 0 ? 1 : 0;
}

export function reluDerivative(x) {
  return x > 0 ? 1 : 0;
}

export function leakyRelu(x) {
  return x > 0 ? x : 0.01 * x;
}

export function leakyReluDerivative(x) {
  return x >= 0 ? 1 : 0.01;
}

export function elu(x) {
  return x > 0 ? x : Math.exp(x) - 1;
}

export function eluDerivative(x) {
  return x > 0 ? 1 : Math.exp(x);
}

export function sigmoid(x) {
  return 1 / (1 + Math.exp(x));
}

export function sigmoidDerivative(x) {
  const s = sigmoid(x);
  return s * (1 - s);
}

export function softmax(z) {
  const max = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function binaryCrossEntropy(y, yHat) {
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    sum += y[j] * Math.log(yHat[j]) + (1 - y[j]) * Math.log(1 - yHat[j]);
  }
  return -sum / y.length;
}

export function categoricalCrossEntropy(y, yHat) {
  let sum = 0;
  for (let j = 0; j < y.length; j++) {
    for (let i = 0; i < y[j].length; i++) sum += y[j][i] * Math.log(yHat[j][i]);
  }
  return -sum / y.length;
}
