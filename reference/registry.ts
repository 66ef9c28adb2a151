// The reference functions by name, with the kinds of their parameters: exercises call them
// by name (`softmax(z)`) and the validator checks each argument against its kind.
import * as activations from './activations.ts';
import * as decisions from './decisions.ts';
import * as derivatives from './derivatives.ts';
import * as logarithms from './logarithms.ts';
import * as losses from './losses.ts';
import * as probability from './probability.ts';
import type { Matrix, Value, ValueKind, Vector } from './values.ts';

export interface ReferenceParam {
  readonly name: string;
  readonly kind: ValueKind;
  readonly description: string;
  /** Present when the parameter may be left out. */
  readonly default?: number;
}

export interface ReferenceFunction {
  readonly name: string;
  readonly summary: string;
  readonly formula: string;
  readonly params: readonly ReferenceParam[];
  readonly returns: ValueKind;
  /** A scalar function of its first argument that `name.each(v)` maps over a vector. */
  readonly elementwise: boolean;
  /** Calls the function on arguments already checked against `params` (defaults filled in). */
  readonly call: (args: readonly Value[]) => Value;
}

const num = (v: Value): number => v as number;
const vec = (v: Value): Vector => v as Vector;
const mat = (v: Value): Matrix => v as Matrix;

const x: ReferenceParam = { name: 'x', kind: 'number', description: 'the pre-activation' };
const slope: ReferenceParam = { name: 'slope', kind: 'number', description: 'the slope for x ≤ 0', default: 0.01 };
const alpha: ReferenceParam = { name: 'alpha', kind: 'number', description: 'the scale for x ≤ 0', default: 1 };
const eps: ReferenceParam = {
  name: 'eps',
  kind: 'number',
  description: 'predictions are clipped to [eps, 1 − eps] before the log',
  default: losses.DEFAULT_EPSILON,
};

function activation(
  name: string,
  summary: string,
  formula: string,
  fn: (x: number, extra?: number) => number,
  returns: ValueKind,
  extra?: ReferenceParam,
): ReferenceFunction {
  return {
    name,
    summary,
    formula,
    params: extra ? [x, extra] : [x],
    returns,
    elementwise: true,
    call: (args) => (extra ? fn(num(args[0]!), num(args[1]!)) : fn(num(args[0]!))),
  };
}

const definitions: readonly ReferenceFunction[] = [
  {
    name: 'probability',
    summary: 'The probability of an event from counts of equally likely outcomes.',
    formula: 'P(A) = favourable / possible',
    params: [
      { name: 'favourable', kind: 'integer', description: 'outcomes in the event' },
      { name: 'possible', kind: 'integer', description: 'all outcomes' },
    ],
    returns: 'probability',
    elementwise: false,
    call: ([a, b]) => probability.probability(num(a!), num(b!)),
  },
  {
    name: 'complement',
    summary: 'The probability that an event does not happen.',
    formula: 'P(not A) = 1 − P(A)',
    params: [{ name: 'p', kind: 'probability', description: 'P(A)' }],
    returns: 'probability',
    elementwise: true,
    call: ([p]) => probability.complement(num(p!)),
  },
  {
    name: 'total',
    summary: 'The sum of the probabilities of a distribution (1 for a valid one).',
    formula: 'Σ P(Aᵢ)',
    params: [{ name: 'distribution', kind: 'vector', description: 'the probabilities' }],
    returns: 'number',
    elementwise: false,
    call: ([v]) => probability.total(vec(v!)),
  },
  {
    name: 'percent',
    summary: 'A probability written as a percentage.',
    formula: '100 · p',
    params: [{ name: 'p', kind: 'number', description: 'a probability' }],
    returns: 'number',
    elementwise: true,
    call: ([p]) => probability.percent(num(p!)),
  },
  activation('sigmoid', 'The logistic sigmoid.', 'σ(x) = 1 / (1 + e^−x)', activations.sigmoid, 'probability'),
  {
    name: 'softmax',
    summary: 'Softmax of a vector of logits (numerically stable).',
    formula: 'softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ',
    params: [{ name: 'z', kind: 'vector', description: 'the logits' }],
    returns: 'distribution',
    elementwise: false,
    call: ([z]) => activations.softmax(vec(z!)),
  },
  activation('step', 'The step (threshold) function.', 'step(x) = 1 if x ≥ 0, else 0', activations.step, 'label'),
  activation('relu', 'The rectified linear unit.', 'ReLU(x) = max(0, x)', activations.relu, 'number'),
  activation('leakyRelu', 'Leaky ReLU.', 'x if x > 0, else slope · x', activations.leakyRelu, 'number', slope),
  activation('elu', 'The exponential linear unit.', 'x if x > 0, else α (e^x − 1)', activations.elu, 'number', alpha),
  activation('tanh', 'The hyperbolic tangent.', 'tanh(x) = (e^x − e^−x) / (e^x + e^−x)', activations.tanh, 'number'),
  activation('sigmoidDerivative', "The sigmoid's derivative.", 'σ′(x) = σ(x)(1 − σ(x))', derivatives.sigmoidDerivative, 'number'),
  activation('stepDerivative', "The step function's derivative.", 'step′(x) = 0 (x ≠ 0)', derivatives.stepDerivative, 'number'),
  activation('reluDerivative', "ReLU's derivative.", 'ReLU′(x) = 1 if x > 0, else 0', derivatives.reluDerivative, 'label'),
  activation(
    'leakyReluDerivative',
    "Leaky ReLU's derivative.",
    'LeakyReLU′(x) = 1 if x > 0, else slope',
    derivatives.leakyReluDerivative,
    'number',
    slope,
  ),
  activation('eluDerivative', "ELU's derivative.", 'ELU′(x) = 1 if x > 0, else α e^x', derivatives.eluDerivative, 'number', alpha),
  activation('tanhDerivative', "tanh's derivative.", 'tanh′(x) = 1 − tanh²(x)', derivatives.tanhDerivative, 'number'),
  {
    name: 'clip',
    summary: 'A prediction clipped away from 0 and 1 before taking its log, as Keras does.',
    formula: 'clip(p) = min(max(p, eps), 1 − eps)',
    params: [{ name: 'p', kind: 'number', description: 'a prediction' }, eps],
    returns: 'probability',
    elementwise: true,
    call: ([p, e]) => losses.clip(num(p!), num(e!)),
  },
  {
    name: 'binaryCrossEntropy',
    summary: 'Binary cross-entropy, the mean over a batch.',
    formula: 'BCE = −(1/m) Σⱼ [yⱼ ln ŷⱼ + (1 − yⱼ) ln(1 − ŷⱼ)]',
    params: [
      { name: 'y', kind: 'label-vector', description: 'the true labels' },
      { name: 'yHat', kind: 'probability-vector', description: 'the predicted P(y = 1)' },
      eps,
    ],
    returns: 'number',
    elementwise: false,
    call: ([y, p, e]) => losses.binaryCrossEntropy(vec(y!), vec(p!), num(e!)),
  },
  {
    name: 'binaryCrossEntropyOne',
    summary: 'Binary cross-entropy of one example.',
    formula: 'BCE = −[y ln ŷ + (1 − y) ln(1 − ŷ)]',
    params: [
      { name: 'y', kind: 'label', description: 'the true label' },
      { name: 'yHat', kind: 'probability', description: 'the predicted P(y = 1)' },
      eps,
    ],
    returns: 'number',
    elementwise: false,
    call: ([y, p, e]) => losses.binaryCrossEntropyOne(num(y!), num(p!), num(e!)),
  },
  {
    name: 'categoricalCrossEntropy',
    summary: 'Categorical cross-entropy with one-hot targets, the mean over a batch.',
    formula: 'CCE = −(1/m) Σⱼ Σᵢ yⱼᵢ ln ŷⱼᵢ',
    params: [
      { name: 'y', kind: 'one-hot-matrix', description: 'one one-hot target row per example' },
      { name: 'yHat', kind: 'distribution-matrix', description: 'one predicted distribution per example' },
      eps,
    ],
    returns: 'number',
    elementwise: false,
    call: ([y, p, e]) => losses.categoricalCrossEntropy(mat(y!), mat(p!), num(e!)),
  },
  {
    name: 'categoricalCrossEntropyOne',
    summary: 'Categorical cross-entropy of one example with a one-hot target.',
    formula: 'CCE = −Σᵢ yᵢ ln ŷᵢ',
    params: [
      { name: 'y', kind: 'one-hot', description: 'the one-hot target' },
      { name: 'yHat', kind: 'distribution', description: 'the predicted distribution' },
      eps,
    ],
    returns: 'number',
    elementwise: false,
    call: ([y, p, e]) => losses.categoricalCrossEntropyOne(vec(y!), vec(p!), num(e!)),
  },
  {
    name: 'sparseCategoricalCrossEntropy',
    summary: 'Categorical cross-entropy with targets given as class indices (0-based), the mean over a batch.',
    formula: 'CCE = −(1/m) Σⱼ ln ŷⱼ[cⱼ]',
    params: [
      { name: 'classes', kind: 'integer-vector', description: 'the true class index of each example' },
      { name: 'yHat', kind: 'distribution-matrix', description: 'one predicted distribution per example' },
      eps,
    ],
    returns: 'number',
    elementwise: false,
    call: ([c, p, e]) => losses.sparseCategoricalCrossEntropy(vec(c!), mat(p!), num(e!)),
  },
  {
    name: 'log',
    summary: 'The logarithm in any base (natural when the base is left out).',
    formula: 'log_b(x) = ln x / ln b',
    params: [
      { name: 'x', kind: 'number', description: 'a positive number' },
      { name: 'base', kind: 'number', description: 'the base', default: Math.E },
    ],
    returns: 'number',
    elementwise: true,
    call: ([v, b]) => logarithms.log(num(v!), num(b!)),
  },
  activation('ln', 'The natural logarithm.', 'ln x', logarithms.ln, 'number'),
  activation('log10', 'The common logarithm.', 'log₁₀ x', logarithms.log10, 'number'),
  {
    name: 'vanishingGradientBound',
    summary: 'How much n sigmoid layers can shrink a gradient at most.',
    formula: '(max σ′)ⁿ = 0.25ⁿ',
    params: [{ name: 'layers', kind: 'integer', description: 'the number of sigmoid layers' }],
    returns: 'number',
    elementwise: false,
    call: ([n]) => logarithms.vanishingGradientBound(num(n!)),
  },
  {
    name: 'decide',
    summary: 'The class a sigmoid output gives at a threshold.',
    formula: 'class = 1 if ŷ > threshold, else 0',
    params: [
      { name: 'yHat', kind: 'probability', description: 'the sigmoid output' },
      { name: 'threshold', kind: 'probability', description: 'the decision threshold', default: 0.5 },
    ],
    returns: 'label',
    elementwise: true,
    call: ([p, t]) => decisions.decide(num(p!), num(t!)),
  },
  {
    name: 'argmax',
    summary: 'The index of the largest entry (0-based; the first on ties).',
    formula: 'argmax(v)',
    params: [{ name: 'v', kind: 'vector', description: 'a vector' }],
    returns: 'integer',
    elementwise: false,
    call: ([v]) => decisions.argmax(vec(v!)),
  },
  {
    name: 'predictClass',
    summary: 'The class (0-based index) a softmax output picks.',
    formula: 'argmax(softmax(z))',
    params: [{ name: 'z', kind: 'vector', description: 'the logits' }],
    returns: 'integer',
    elementwise: false,
    call: ([z]) => decisions.predictClass(vec(z!)),
  },
  {
    name: 'oneHot',
    summary: 'The one-hot vector of a class.',
    formula: 'oneHot(c, k)ᵢ = 1 if i = c, else 0',
    params: [
      { name: 'c', kind: 'integer', description: 'the class index (0-based)' },
      { name: 'k', kind: 'integer', description: 'the number of classes' },
    ],
    returns: 'one-hot',
    elementwise: false,
    call: ([c, k]) => decisions.oneHot(num(c!), num(k!)),
  },
];

/** Every reference function by name. */
export const referenceFunctions: ReadonlyMap<string, ReferenceFunction> = new Map(
  definitions.map((definition) => [definition.name, definition]),
);

export function getReferenceFunction(name: string): ReferenceFunction | undefined {
  return referenceFunctions.get(name);
}
