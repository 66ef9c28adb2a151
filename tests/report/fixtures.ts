// Hand-built results with the course notes' numbers: softmax of [2, 1, 0.1], BCE(1, 0.8) with
// the log10 mistake, P(3) = 1/6, and a code exercise with visible, hidden and random cases.
import { expect } from 'vitest';
import { message } from '../../grader/messages/message.ts';
import { createSummaryBuilder, type ClassSummary } from '../../grader/report/summary.ts';
import { RESULT_FORMAT, type ExerciseResult, type StudentResult } from '../../grader/result/types.ts';

export const softmaxPartial: ExerciseResult = {
  id: 'softmax-three-logits',
  title: { en: 'Softmax of three logits', fa: 'سافت‌مکس سه لاجیت' },
  topic: 'softmax',
  kind: 'vector',
  status: 'partial',
  score: 2.6666666666666665,
  max: 4,
  prompt: {
    en: 'A classifier gives the logits z = [2, 1, 0.1] for classes A, B, C.\n\nApply `softmax` and give the probability of each class.',
    fa: 'یک طبقه‌بند لاجیت‌های z = [2, 1, 0.1] را می‌دهد. احتمال هر کلاس را با softmax بدست آورید.',
  },
  variant: { z: [2, 1, 0.1] },
  answer: '[0.66, 0.24, 0.2]',
  expected: [0.6590011388859679, 0.2424329707047139, 0.09856589040931818],
  tolerance: message('tolerance.abs', { abs: 0.005 }),
  feedback: [message('entries-wrong', { correct: 2, total: 3, wrong: [3], incorrect: 1 }), message('values-sum', { sum: 1.1 })],
  elements: [
    { index: 0, received: 0.66, expected: 0.6590011388859679, correct: true },
    { index: 1, received: 0.24, expected: 0.2424329707047139, correct: true },
    { index: 2, received: 0.2, expected: 0.09856589040931818, correct: false },
  ],
  hints: [{ en: 'Softmax divides e^zᵢ by the sum of e^zⱼ over all classes.' }],
};

export const bceLog10: ExerciseResult = {
  id: 'bce-one-example',
  title: { en: 'Binary cross-entropy of one prediction' },
  topic: 'binary-cross-entropy',
  kind: 'scalar',
  status: 'incorrect',
  score: 0,
  max: 3,
  prompt: { en: 'The true label is y = 1 and the model predicts ŷ = 0.8. Compute the binary cross-entropy loss.' },
  variant: { y: 1, yHat: 0.8 },
  answer: '0.0969',
  expected: 0.2231435513142097,
  tolerance: message('tolerance.sigfigs', { sigfigs: 3 }),
  feedback: [],
  misconception: {
    id: 'log10-instead-of-ln',
    title: { code: 'misconception.log10-instead-of-ln.title' },
    feedback: { code: 'misconception.log10-instead-of-ln.feedback' },
  },
  hints: [],
};

export const dieCorrect: ExerciseResult = {
  id: 'die-probability',
  title: { en: 'Probability of rolling a 3' },
  topic: 'probability',
  kind: 'scalar',
  status: 'correct',
  score: 2,
  max: 2,
  prompt: { en: 'A fair six-sided die is rolled once. What is P(3)?' },
  variant: {},
  answer: '1/6',
  expected: 0.16666666666666666,
  tolerance: message('tolerance.sigfigs', { sigfigs: 3 }),
  feedback: [],
  hints: [],
};

export const reluCode: ExerciseResult = {
  id: 'relu-derivative-code',
  title: { en: 'ReLU derivative in code' },
  topic: 'activations',
  kind: 'function',
  status: 'partial',
  score: 3,
  max: 5,
  prompt: { en: 'Export `reluDerivative(x: number): number`. At x = 0 either 0 or 1 is accepted.' },
  variant: {},
  answer: 'export function reluDerivative(x) {\n  console.log("x is", x);\n  return x >= 0 ? 1 : 0.01;\n}',
  feedback: [message('tests-passed', { passed: 3, total: 6 })],
  cases: [
    { visibility: 'visible', status: 'pass', args: { x: 2 }, expected: 1, received: '1' },
    { visibility: 'visible', status: 'fail', args: { x: -3 }, expected: 0, received: '0.01', difference: 0.01, message: message('case.not-within-tolerance') },
    { visibility: 'visible', status: 'timeout', args: { x: 1e9 }, message: message('case.timeout', { ms: 1000 }) },
    { visibility: 'hidden', status: 'fail' },
    { visibility: 'hidden', status: 'pass' },
    { visibility: 'random', status: 'pass' },
  ],
  hidden: { failed: 1, total: 3 },
  console: 'x is 2\nx is -3\n',
  hints: [{ en: 'The derivative of ReLU is 0 for negative inputs.' }],
};

export function studentResult(overrides: Partial<StudentResult> & { id?: string; name?: string } = {}): StudentResult {
  const { id = 's001', name = 'Sara Ahmadi', ...rest } = overrides;
  const exercises = rest.exercises ?? [softmaxPartial, bceLog10, dieCorrect, reluCode];
  const score = exercises.reduce((sum, e) => sum + e.score, 0);
  const max = exercises.reduce((sum, e) => sum + e.max, 0);
  return {
    format: RESULT_FORMAT,
    student: { id, name, email: `${id}@example.edu`, section: 'A' },
    course: { en: 'Introduction to Machine Learning', fa: 'مقدمه‌ای بر یادگیری ماشین' },
    languages: ['en', 'fa'],
    assignment: { id: 'week-3', title: { en: 'Week 3: probabilities and losses' } },
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
        message: message('case.threw-at', { line: 2, error: 'Error: <img src=x onerror=alert(1)>' }),
      },
    ],
    hidden: { failed: 0, total: 0 },
    feedback: [message('function-threw', { name: '<b>markup</b>', error: '[click](javascript:alert(1)) | *bold*' })],
  };
  return studentResult({
    id: 'evil-1',
    name: '<script>alert(1)</script>',
    exercises: [exercise, { ...bceLog10, answer: '{{constructor}}' }],
    problems: [{ code: 'unknown-exercise', params: { id: '[click](javascript:alert(1)) | *bold*' }, file: '<svg onload=alert(1)>.txt' }],
  });
}

/** The class summary of these results, each added once. */
export function summarise(results: readonly StudentResult[], options?: Parameters<typeof createSummaryBuilder>[0]): ClassSummary {
  const builder = createSummaryBuilder(options);
  for (const result of results) expect(builder.add(result)).toBe(true);
  return builder.finish();
}
