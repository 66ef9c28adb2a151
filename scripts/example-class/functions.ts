// The functions of the code exercises as students write them: right, right in another way,
// with the classic mistakes the course sees, and failing in the ways student code fails.
// Bodies carry no type annotations, so that the same body serves solution.ts and solution.js.

export interface FunctionSource {
  /** Parameters and return type in TypeScript and in JavaScript. */
  readonly ts: string;
  readonly js: string;
  readonly right: string;
  /** Also right: another way to write it, or another accepted convention at a kink. */
  readonly alternative?: string;
  /** Classic mistakes by name; the first is the function's `mistake`. */
  readonly mistakes: Readonly<Record<string, string>>;
  /** A loop that never ends, where the function has a realistic one. */
  readonly loops?: string;
  /** An allocation without end, where the function has a realistic one. */
  readonly allocates?: string;
}

const unary = { ts: '(x: number): number', js: '(x)' };

export const FUNCTIONS: Readonly<Record<string, FunctionSource>> = {
  step: {
    ...unary,
    right: 'return x >= 0 ? 1 : 0;',
    alternative: 'return x > 0 ? 1 : 0;',
    mistakes: { sign: 'return x >= 0 ? 1 : -1;' },
  },
  stepDerivative: {
    ...unary,
    right: '// Flat on both sides of the jump.\nreturn 0;',
    mistakes: { one: 'return 1;' },
  },
  relu: {
    ...unary,
    right: 'return Math.max(0, x);',
    alternative: 'return x > 0 ? x : 0;',
    mistakes: { step: 'return x > 0 ? 1 : 0;' },
  },
  reluDerivative: {
    ...unary,
    right: 'return x > 0 ? 1 : 0;',
    alternative: 'return x >= 0 ? 1 : 0;',
    mistakes: { leaky: 'return x > 0 ? 1 : 0.01;' },
  },
  leakyRelu: {
    ...unary,
    right: 'return x > 0 ? x : 0.01 * x;',
    alternative: 'return Math.max(0.01 * x, x);',
    mistakes: { 'slope-zero': 'return Math.max(0, x);' },
  },
  leakyReluDerivative: {
    ...unary,
    right: 'return x > 0 ? 1 : 0.01;',
    alternative: 'return x >= 0 ? 1 : 0.01;',
    mistakes: { 'slope-zero': 'return x > 0 ? 1 : 0;' },
  },
  elu: {
    ...unary,
    right: 'return x > 0 ? x : Math.exp(x) - 1;',
    alternative: 'return x > 0 ? x : Math.expm1(x);',
    mistakes: { 'no-minus-one': 'return x > 0 ? x : Math.exp(x);' },
    // e^x − 1 by its series x + x²/2! + x³/3! + …, with the counter never advanced.
    loops: [
      'if (x > 0) return x;',
      'let sum = 0;',
      'let term = 1;',
      'let n = 1;',
      'while (Math.abs(term) > 1e-12) {',
      '  term = (term * x) / n;',
      '  sum += term;',
      '}',
      'return sum;',
    ].join('\n'),
  },
  eluDerivative: {
    ...unary,
    right: 'return x > 0 ? 1 : Math.exp(x);',
    mistakes: { function: 'return x > 0 ? x : Math.exp(x) - 1;' },
  },
  sigmoid: {
    ...unary,
    right: ['if (x >= 0) return 1 / (1 + Math.exp(-x));', 'const e = Math.exp(x);', 'return e / (1 + e);'].join('\n'),
    alternative: 'return 1 / (1 + Math.exp(-x));',
    mistakes: { sign: 'return 1 / (1 + Math.exp(x));' },
  },
  sigmoidDerivative: {
    ...unary,
    right: ['const s = sigmoid(x);', 'return s * (1 - s);'].join('\n'),
    mistakes: { sigmoid: 'return sigmoid(x);' },
  },
  softmax: {
    ts: '(z: number[]): number[]',
    js: '(z)',
    right: [
      'const max = Math.max(...z);',
      'const exps = z.map((zi) => Math.exp(zi - max));',
      'const sum = exps.reduce((a, b) => a + b, 0);',
      'return exps.map((e) => e / sum);',
    ].join('\n'),
    mistakes: {
      unstable: ['const exps = z.map((zi) => Math.exp(zi));', 'const sum = exps.reduce((a, b) => a + b, 0);', 'return exps.map((e) => e / sum);'].join('\n'),
      sigmoid: 'return z.map((zi) => 1 / (1 + Math.exp(-zi)));',
    },
  },
  binaryCrossEntropy: {
    ts: '(y: number[], yHat: number[]): number',
    js: '(y, yHat)',
    right: bce('Math.log', true),
    mistakes: { log10: bce('Math.log10', true), sum: bce('Math.log', false) },
  },
  categoricalCrossEntropy: {
    ts: '(y: number[][], yHat: number[][]): number',
    js: '(y, yHat)',
    right: cce('Math.log', true),
    mistakes: { sum: cce('Math.log', false), log10: cce('Math.log10', true) },
    // A table of ln at 10⁻⁸ steps "to avoid calling Math.log": 10⁸ entries.
    allocates: [
      'const steps = 1e8;',
      'const table = new Array(steps + 1).fill(0).map((_, i) => Math.log(i / steps));',
      'let sum = 0;',
      'for (let j = 0; j < y.length; j++) {',
      '  for (let i = 0; i < y[j].length; i++) sum += y[j][i] * table[Math.round(yHat[j][i] * steps)];',
      '}',
      'return -sum / y.length;',
    ].join('\n'),
  },
};

function bce(log: string, mean: boolean): string {
  return [
    'let sum = 0;',
    'for (let j = 0; j < y.length; j++) {',
    `  sum += y[j] * ${log}(yHat[j]) + (1 - y[j]) * ${log}(1 - yHat[j]);`,
    '}',
    mean ? 'return -sum / y.length;' : 'return -sum;',
  ].join('\n');
}

function cce(log: string, mean: boolean): string {
  return [
    'let sum = 0;',
    'for (let j = 0; j < y.length; j++) {',
    `  for (let i = 0; i < y[j].length; i++) sum += y[j][i] * ${log}(yHat[j][i]);`,
    '}',
    mean ? 'return -sum / y.length;' : 'return -sum;',
  ].join('\n');
}

/** A loop that never ends, for functions without a realistic one of their own. */
export const ENDLESS_LOOP = 'let result = 0;\nfor (let i = 0; i < 10; i--) result += i;\nreturn result;';
/** An allocation without end, for functions without a realistic one of their own. */
export const ENDLESS_ALLOCATION = 'const kept = [];\nfor (;;) kept.push(new Array(10000).fill(0));';
