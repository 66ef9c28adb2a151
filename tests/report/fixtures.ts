// Hand-built results with the course notes' numbers: softmax of [2, 1, 0.1], BCE(1, 0.8) with
// the log10 mistake, P(3) = 1/6, and a code exercise with visible, hidden and random cases.
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';

export const softmaxPartial: ExerciseResult = {
  id: 'softmax-three-logits',
  title: 'Softmax of three logits',
  topic: 'softmax',
  kind: 'vector',
  status: 'partial',
  score: 2.6666666666666665,
  max: 4,
  prompt: 'A classifier gives the logits z = [2, 1, 0.1] for classes A, B, C.\n\nApply `softmax` and give the probability of each class.',
  prompt_fa: 'یک طبقه‌بند لاجیت‌های z = [2, 1, 0.1] را می‌دهد. احتمال هر کلاس را با softmax بدست آورید.',
  variant: { z: [2, 1, 0.1] },
  answer: '[0.66, 0.24, 0.2]',
  expected: [0.6590011388859679, 0.2424329707047139, 0.09856589040931818],
  tolerance: '|answer − expected| ≤ 0.005',
  feedback: ['Two of the three probabilities are within tolerance.', 'Your values sum to 1.1, not 1.'],
  elements: [
    { index: 0, received: 0.66, expected: 0.6590011388859679, correct: true },
    { index: 1, received: 0.24, expected: 0.2424329707047139, correct: true },
    { index: 2, received: 0.2, expected: 0.09856589040931818, correct: false },
  ],
  hints: ['Softmax divides e^zᵢ by the sum of e^zⱼ over all classes.'],
};

export const bceLog10: ExerciseResult = {
  id: 'bce-one-example',
  title: 'Binary cross-entropy of one prediction',
  topic: 'binary-cross-entropy',
  kind: 'scalar',
  status: 'incorrect',
  score: 0,
  max: 3,
  prompt: 'The true label is y = 1 and the model predicts ŷ = 0.8. Compute the binary cross-entropy loss.',
  variant: { y: 1, yHat: 0.8 },
  answer: '0.0969',
  expected: 0.2231435513142097,
  tolerance: '3 significant figures',
  feedback: ['0.0969 is not within tolerance of the expected value.'],
  misconception: {
    id: 'log10-instead-of-ln',
    title: 'Common logarithm instead of natural logarithm',
    feedback: 'This is the value with log base 10. Cross-entropy uses the natural logarithm ln: −ln(0.8) = 0.2231, while −log₁₀(0.8) = 0.0969.',
  },
  hints: [],
};

export const dieCorrect: ExerciseResult = {
  id: 'die-probability',
  title: 'Probability of rolling a 3',
  topic: 'probability',
  kind: 'scalar',
  status: 'correct',
  score: 2,
  max: 2,
  prompt: 'A fair six-sided die is rolled once. What is P(3)?',
  variant: {},
  answer: '1/6',
  expected: 0.16666666666666666,
  tolerance: '3 significant figures',
  feedback: ['Correct: P(3) = 1/6 ≈ 0.167.'],
  hints: [],
};

export const reluCode: ExerciseResult = {
  id: 'relu-derivative-code',
  title: 'ReLU derivative in code',
  topic: 'activations',
  kind: 'function',
  status: 'partial',
  score: 3,
  max: 5,
  prompt: 'Export `reluDerivative(x: number): number`. At x = 0 either 0 or 1 is accepted.',
  variant: {},
  answer: 'export function reluDerivative(x) {\n  console.log("x is", x);\n  return x >= 0 ? 1 : 0.01;\n}',
  feedback: ['2 of 3 visible tests failed.'],
  cases: [
    { visibility: 'visible', status: 'pass', args: { x: 2 }, expected: 1, received: '1' },
    { visibility: 'visible', status: 'fail', args: { x: -3 }, expected: 0, received: '0.01', difference: 0.01 },
    { visibility: 'visible', status: 'timeout', args: { x: 1e9 }, message: 'stopped after 1000 ms of CPU time' },
    { visibility: 'hidden', status: 'fail' },
    { visibility: 'hidden', status: 'pass' },
    { visibility: 'random', status: 'pass' },
  ],
  hidden: { failed: 1, total: 3 },
  console: 'x is 2\nx is -3\n',
  hints: ['The derivative of ReLU is 0 for negative inputs.'],
};

export function studentResult(overrides: Partial<StudentResult> & { id?: string; name?: string } = {}): StudentResult {
  const { id = 's001', name = 'Sara Ahmadi', ...rest } = overrides;
  const exercises = rest.exercises ?? [softmaxPartial, bceLog10, dieCorrect, reluCode];
  const score = exercises.reduce((sum, e) => sum + e.score, 0);
  const max = exercises.reduce((sum, e) => sum + e.max, 0);
  return {
    student: { id, name, email: `${id}@example.edu`, section: 'A' },
    course: 'Introduction to Machine Learning',
    assignment: { id: 'week-3', title: 'Week 3: probabilities and losses' },
    exercises,
    problems: [],
    score,
    max,
    ...rest,
  };
}

/** The escaping test's student (issue 5, item 8). */
export function hostileResult(): StudentResult {
  const exercise: ExerciseResult = {
    ...reluCode,
    answer: '{{constructor}}',
    console: '<img src=x onerror=alert(1)>\n',
    cases: [
      {
        visibility: 'visible',
        status: 'error',
        args: { x: 1 },
        received: '<img src=x onerror=alert(1)>',
        message: 'Error: <img src=x onerror=alert(1)> at line 2',
      },
    ],
    hidden: { failed: 0, total: 0 },
    feedback: ['Your code printed <b>markup</b>.'],
  };
  return studentResult({
    id: 'evil-1',
    name: '<script>alert(1)</script>',
    exercises: [exercise, { ...bceLog10, answer: '{{constructor}}' }],
    problems: [{ code: 'unknown-exercise', file: '<svg onload=alert(1)>.txt', message: '[click](javascript:alert(1)) | *bold*' }],
  });
}
