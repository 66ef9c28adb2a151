// The course notes' worked examples as exercises, for grading tests: each answered in the
// notes with a number the grader must accept, and each with the mistakes the notes warn of.
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';

export const dieThree: ExerciseSpec = {
  id: 'die-three',
  title: 'Rolling a three',
  topic: 'probability',
  points: 2,
  prompt: 'A fair die has {{sides}} faces. What is the probability of rolling a 3?',
  params: { sides: { default: 6, integer: { min: 4, max: 12 } } },
  answer: { kind: 'scalar', reference: 'probability(1, sides)', tolerance: { abs: 0.001 } },
  misconceptions: [{ use: 'percent-instead-of-probability' }, { use: 'forgot-complement' }],
  hints: ['P(A) = favourable outcomes / possible outcomes.'],
};

export const sigmoidClassZero: ExerciseSpec = {
  id: 'sigmoid-class-zero',
  title: 'The other class of a sigmoid',
  topic: 'sigmoid',
  points: 2,
  prompt: 'A sigmoid output is ŷ = {{yHat}} = P(Y=1 | X). What is P(Y=0 | X)?',
  params: { yHat: { default: 0.4, number: { min: 0.05, max: 0.95, step: 0.05 } } },
  answer: { kind: 'scalar', reference: 'complement(yHat)' },
  misconceptions: [{ use: 'forgot-complement' }, { use: 'percent-instead-of-probability' }],
};

export const softmaxThree: ExerciseSpec = {
  id: 'softmax-three-logits',
  title: 'Softmax of three logits',
  topic: 'softmax',
  points: 3,
  prompt: 'A classifier gives the logits z = {{z}} for classes A, B, C. Apply softmax.',
  params: { z: { default: [2, 1, 0.1], vector: { length: 3, min: -3, max: 3, step: 0.1 } } },
  answer: { kind: 'vector', reference: 'softmax(z)', tolerance: { abs: 0.005 }, partial: 'per-element', checks: ['sums-to-one', 'probabilities'] },
  misconceptions: [{ use: 'sigmoid-instead-of-softmax', reference: 'sigmoid.each(z)' }],
};

export const bceOne: ExerciseSpec = {
  id: 'bce-one',
  title: 'Binary cross-entropy of one example',
  topic: 'binary-cross-entropy',
  points: 2,
  prompt: 'The true label is y = 1 and the model predicts ŷ = {{yHat}}. Compute the binary cross-entropy.',
  params: { yHat: { default: 0.8, number: { min: 0.55, max: 0.95, step: 0.05 } } },
  answer: { kind: 'scalar', reference: 'binaryCrossEntropyOne(1, yHat)' },
  misconceptions: [
    { use: 'log10-instead-of-ln' },
    { use: 'log2-instead-of-ln' },
    { use: 'missing-minus-sign' },
    // y and ŷ swapped: −[ŷ ln y + (1 − ŷ) ln(1 − y)] with y = 1, the log of 0 clipped as Keras does.
    { use: 'swapped-y-and-yhat', reference: '-(1 - yHat) * ln(clip(0))' },
  ],
};

export const cceOne: ExerciseSpec = {
  id: 'cce-one',
  title: 'Categorical cross-entropy of one example',
  topic: 'categorical-cross-entropy',
  points: 2,
  prompt: 'The true class is A, y = [1, 0, 0], and the model predicts ŷ = {{yHat}}. Compute the categorical cross-entropy.',
  params: { yHat: { default: [0.7, 0.2, 0.1], distribution: { length: 3, step: 0.05 } } },
  answer: { kind: 'scalar', reference: 'categoricalCrossEntropyOne([1, 0, 0], yHat)', tolerance: { decimals: 3 } },
  misconceptions: [{ use: 'log10-instead-of-ln' }, { use: 'missing-minus-sign' }],
};

export const houseKind: ExerciseSpec = {
  id: 'house-price-kind',
  title: 'Classification or regression?',
  topic: 'classification-vs-regression',
  points: 1,
  prompt: 'A model predicts the price of a house. Is that classification or regression?',
  answer: {
    kind: 'choice',
    options: [
      { id: 'A', label: 'Classification' },
      { id: 'B', label: 'Regression' },
    ],
    correct: ['B'],
  },
  reveal: false,
  translations: { fa: { options: { A: 'دسته‌بندی', B: 'رگرسیون' } } },
};

export const predictedClass: ExerciseSpec = {
  id: 'softmax-class',
  title: 'The class softmax picks',
  topic: 'binary-vs-multiclass',
  points: 1,
  prompt: 'The logits are z = {{z}} for classes A, B, C. Which class does the model predict?',
  params: { z: { default: [2, 1, 0.1], vector: { length: 3, min: -3, max: 3, step: 0.1 } } },
  answer: { kind: 'choice', options: [{ id: 'A', label: 'A' }, { id: 'B', label: 'B' }, { id: 'C', label: 'C' }], reference: 'predictClass(z)' },
};

export const leakySlope: ExerciseSpec = {
  id: 'leaky-relu-slope',
  title: "Leaky ReLU's derivative for a negative input",
  topic: 'activations',
  points: 1,
  prompt: "What is Leaky ReLU's derivative at x = {{x}} (slope 0.01)?",
  params: { x: { default: -2, number: { min: -5, max: -0.5, step: 0.5 } } },
  answer: { kind: 'scalar', reference: 'leakyReluDerivative(x)', tolerance: { abs: 0.0001 } },
  misconceptions: [
    { use: 'leaky-slope-zero', reference: 'reluDerivative(x)' },
    { use: 'leaky-slope-one', reference: '1' },
  ],
};

export const vanishing: ExerciseSpec = {
  id: 'vanishing-gradient',
  title: 'How far can ten sigmoid layers shrink a gradient?',
  topic: 'vanishing-gradient',
  points: 2,
  prompt: 'At most, by what factor do {{n}} sigmoid layers shrink a gradient?',
  params: { n: { default: 10, integer: { min: 3, max: 12 } } },
  answer: { kind: 'scalar', reference: 'vanishingGradientBound(n)' },
  misconceptions: [{ use: 'sigmoid-max-as-half', reference: '0.5 ^ n' }],
  reveal: false,
};

export const notesExercises: readonly ExerciseSpec[] = [
  dieThree,
  sigmoidClassZero,
  softmaxThree,
  bceOne,
  cceOne,
  houseKind,
  predictedClass,
  leakySlope,
  vanishing,
];

export const notesCourse: CourseSpec = {
  name: 'Introduction to machine learning',
  salt: 'fall-2026',
  assignments: [
    { id: 'hw1', title: 'Probability and activations', due: '2026-10-05T23:59:00+03:30', exercises: ['die-three', 'sigmoid-class-zero', 'softmax-three-logits', 'softmax-class', 'leaky-relu-slope'] },
    { id: 'hw2', title: 'Losses', due: '2026-10-19T23:59:00+03:30', exercises: ['bce-one', 'cce-one', 'house-price-kind', 'vanishing-gradient'] },
  ],
};

/** The notes' own answers to their worked examples, as a student would type them. */
export const notesAnswersYaml = [
  'die-three: 0.167',
  'sigmoid-class-zero: 0.6',
  'softmax-three-logits: [0.66, 0.24, 0.10]',
  'bce-one: 0.2231',
  'cce-one: 0.3567',
  'house-price-kind: Regression',
  'softmax-class: A',
  'leaky-relu-slope: 0.01',
  'vanishing-gradient: 9.54e-7',
  '',
].join('\n');
