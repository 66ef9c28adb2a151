import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../grader/grade/index.ts';
import { toJson } from '../../grader/result/json.ts';
import { en, english } from '../messages/english.ts';
import type { ExerciseResult } from '../../grader/result/types.ts';
import type { ExerciseSpec } from '../../grader/spec/types.ts';
import { drawVariant } from '../../grader/variant/index.ts';
import { bceOne, cceOne, dieThree, houseKind, leakySlope, notesCourse, predictedClass, sigmoidClassZero, softmaxThree, vanishing } from './notes-course.ts';

function grade(exercise: ExerciseSpec, raw: unknown, studentId?: string): ExerciseResult {
  const variant = drawVariant(exercise, { salt: notesCourse.salt, ...(studentId === undefined ? {} : { studentId }) });
  if (!variant.ok) throw new Error(variant.problem.message);
  return gradeAnswer(exercise, raw, variant.values, notesCourse, { answersFile: 'answers.yaml' });
}

describe("the notes' worked examples are correct", () => {
  it.each<[ExerciseSpec, unknown]>([
    [dieThree, '0.167'],
    [dieThree, '1/6'],
    [dieThree, '16.7%'],
    [dieThree, '۰٫۱۶۷'],
    [dieThree, '٠٫١٦٧'],
    [dieThree, '1.67e-1'],
    [sigmoidClassZero, '0.6'],
    [softmaxThree, ['0.66', '0.24', '0.10']],
    [softmaxThree, '0.66 0.24 0.10'],
    [bceOne, '0.2231'],
    [cceOne, '0.3567'],
    [cceOne, '0.357'],
    [houseKind, 'Regression'],
    [houseKind, 'b'],
    [houseKind, 'رگرسیون'],
    [predictedClass, 'A'],
    [leakySlope, '0.01'],
    [vanishing, '9.54e-7'],
  ])('%s: %j', (exercise, raw) => {
    const result = grade(exercise, raw);
    expect(result).toMatchObject({ status: 'correct', score: exercise.points, max: exercise.points, feedback: [], hints: [] });
    expect(result.misconception).toBeUndefined();
  });
});

describe('misconceptions are named', () => {
  it.each<[string, ExerciseSpec, unknown, string]>([
    ['log10 in BCE', bceOne, '0.0969', 'log10-instead-of-ln'],
    ['log2 in BCE', bceOne, '0.322', 'log2-instead-of-ln'],
    ['the minus sign left out', bceOne, '-0.2231', 'missing-minus-sign'],
    ['y and ŷ swapped', bceOne, '3.22', 'swapped-y-and-yhat'],
    ['log10 in CCE', cceOne, '0.155', 'log10-instead-of-ln'],
    ['sigmoid instead of softmax', softmaxThree, '[0.88, 0.73, 0.52]', 'sigmoid-instead-of-softmax'],
    ['a percentage for P(3)', dieThree, '16.7', 'percent-instead-of-probability'],
    ['the complement of P(3)', dieThree, '0.833', 'forgot-complement'],
    ['P(Y=1) given for P(Y=0)', sigmoidClassZero, '0.4', 'forgot-complement'],
    ['a percentage for P(Y=0)', sigmoidClassZero, '60', 'percent-instead-of-probability'],
    ["Leaky ReLU's slope taken as 0", leakySlope, '0', 'leaky-slope-zero'],
    ["Leaky ReLU's slope taken as 1", leakySlope, '1', 'leaky-slope-one'],
    ['σ(0) as the largest slope', vanishing, '0.000977', 'sigmoid-max-as-half'],
  ])('%s: %j', (_name, exercise, raw, id) => {
    const result = grade(exercise, raw);
    expect(result.status).toBe('incorrect');
    expect(result.score).toBe(0);
    expect(result.misconception).toEqual({ id, title: { code: `misconception.${id}.title` }, feedback: { code: `misconception.${id}.feedback` } });
    expect(en(result.misconception?.title)).not.toMatch(/^\[|^$/);
    expect(en(result.misconception?.feedback)).not.toMatch(/^\[|^$/);
    // Named once, as the diagnosis: not repeated as a line of feedback.
    expect(result.feedback).not.toContainEqual(result.misconception?.feedback);
    expect(result.roundedTooEarly).toBeUndefined();
  });

  it('says what is wrong with sigmoid values besides naming the mistake', () => {
    const result = grade(softmaxThree, '[0.88, 0.73, 0.52]');
    expect(result.misconception?.id).toBe('sigmoid-instead-of-softmax');
    expect(result.feedback).toContainEqual({ code: 'values-sum', params: { sum: expect.closeTo(2.13, 9) } });
    expect(english(result.feedback).some((f) => f.includes('add up to 2.13, not 1'))).toBe(true);
    expect(result.elements?.map((e) => e.correct)).toEqual([false, false, false]);
  });

  it("diagnoses each student's own variant", () => {
    for (const student of ['s001', 's002', 's003']) {
      const variant = drawVariant(bceOne, { salt: notesCourse.salt, studentId: student });
      if (!variant.ok) throw new Error(variant.problem.message);
      const yHat = variant.values.yHat as number;
      const right = -Math.log(yHat);
      expect(grade(bceOne, String(right), student).status).toBe('correct');
      const log10 = grade(bceOne, (-Math.log10(yHat)).toFixed(4), student);
      expect(log10.misconception?.id).toBe('log10-instead-of-ln');
    }
  });

  it('gives a misconception its credit as partial', () => {
    const lenient: ExerciseSpec = { ...bceOne, misconceptions: [{ use: 'log10-instead-of-ln', credit: 0.5 }] };
    expect(grade(lenient, '0.0969')).toMatchObject({ status: 'partial', score: 1, misconception: { id: 'log10-instead-of-ln' } });
  });
});

describe('rounded too early', () => {
  it.each<[ExerciseSpec, unknown, string]>([
    [dieThree, '0.17', 'incorrect'],
    [dieThree, '0.2', 'incorrect'],
    [dieThree, '17%', 'incorrect'],
    [dieThree, '۰٫۱۷', 'incorrect'],
    [bceOne, '0.22', 'incorrect'],
    // 0.1 is within 0.005 of 0.0986, so one entry of three earns its credit.
    [softmaxThree, '[0.7, 0.2, 0.1]', 'partial'],
  ])('%$: %j says so instead of only incorrect', (exercise, raw, status) => {
    const result = grade(exercise, raw);
    expect(result).toMatchObject({ status, roundedTooEarly: true });
    expect(result.misconception).toBeUndefined();
    expect(result.feedback[0]?.code).toBe(exercise.answer.kind === 'vector' ? 'values-rounded-too-early' : 'rounded-too-early');
    expect(en(result.feedback[0])).toMatch(/rounding too early/);
  });

  it.each<[ExerciseSpec, unknown]>([
    [dieThree, '0.18'],
    [dieThree, '1/5'],
    [dieThree, '0'],
    [bceOne, '0.3'],
  ])('%s: %j is only incorrect', (exercise, raw) => {
    const result = grade(exercise, raw);
    expect(result.status).toBe('incorrect');
    expect(result.roundedTooEarly).toBeUndefined();
    expect(result.misconception).toBeUndefined();
  });
});

describe('vectors', () => {
  it('gives per-element credit and marks each entry', () => {
    const result = grade(softmaxThree, '[0.66, 0.24, 0.5]');
    expect(result).toMatchObject({ status: 'partial', score: 2, max: 3 });
    expect(result.elements?.map((e) => [e.index, e.received, e.correct])).toEqual([
      [0, 0.66, true],
      [1, 0.24, true],
      [2, 0.5, false],
    ]);
    // Entries are counted from 1.
    expect(result.feedback[0]).toEqual({ code: 'entries-wrong', params: { correct: 2, total: 3, wrong: [3], incorrect: 1 } });
    expect(en(result.feedback[0])).toBe('2 of 3 entries are right; entry 3 is not.');
    expect(result.feedback).toContainEqual({ code: 'values-sum', params: { sum: expect.closeTo(1.4, 9) } });
    expect(english(result.feedback).some((f) => f.includes('add up to 1.4, not 1'))).toBe(true);
  });
  it('is all or nothing without per-element partial credit', () => {
    const strict: ExerciseSpec = { ...softmaxThree, answer: { kind: 'vector', reference: 'softmax(z)', tolerance: { abs: 0.005 } } };
    expect(grade(strict, '[0.66, 0.24, 0.5]')).toMatchObject({ status: 'incorrect', score: 0 });
  });
  it.each<[unknown, number]>([
    ['[0.66, 0.24]', 2],
    ['[0.66, 0.24, 0.10, 0]', 4],
    ['0.66', 1],
  ])('a length mismatch has its own message: %j', (raw, received) => {
    const result = grade(softmaxThree, raw);
    expect(result.status).toBe('invalid');
    expect(result.feedback[0]).toEqual({ code: 'list-length', params: { received, expected: 3 } });
    expect(en(result.feedback[0])).toBe(`Your list has ${received} entr${received === 1 ? 'y' : 'ies'}, but this exercise asks for 3.`);
  });
  it('reports an entry outside [0, 1] as not a probability', () => {
    const result = grade(softmaxThree, '[1.2, -0.1, -0.1]');
    expect(result.feedback).toContainEqual({ code: 'entry-not-probability', params: { entry: 1, value: '1.2' } });
    expect(english(result.feedback)).toContain('Entry 1 is 1.2, but a probability lies between 0 and 1.');
  });
});

describe('choices', () => {
  it('reads the correct set from a reference index for the variant', () => {
    const variant = drawVariant(predictedClass, { salt: notesCourse.salt, studentId: 's007' });
    if (!variant.ok) throw new Error('variant');
    const z = variant.values.z as number[];
    const best = ['A', 'B', 'C'][z.indexOf(Math.max(...z))]!;
    expect(grade(predictedClass, best, 's007').status).toBe('correct');
  });
  it('does not reveal the right option when the exercise hides it', () => {
    const result = grade(houseKind, 'Classification');
    expect(result.status).toBe('incorrect');
    expect(result.expected).toBeUndefined();
    expect(result.picked).toEqual(['A']);
    // Every option is listed, for the report to show them by their labels; none is marked as the right one.
    expect(result.options).toEqual([
      { id: 'A', label: { en: 'Classification', fa: 'دسته‌بندی' } },
      { id: 'B', label: { en: 'Regression', fa: 'رگرسیون' } },
    ]);
    expect(toJson({ ...result, options: undefined })).not.toMatch(/Regression|رگرسیون|"B"/);
  });
  it('gives per-option credit in a multiple choice', () => {
    const multiple: ExerciseSpec = {
      ...houseKind,
      id: 'outputs',
      points: 4,
      answer: {
        kind: 'choice',
        multiple: true,
        partial: 'per-option',
        options: [
          { id: 'A', label: 'sigmoid' },
          { id: 'B', label: 'softmax' },
          { id: 'C', label: 'ReLU' },
          { id: 'D', label: 'step' },
        ],
        correct: ['A', 'B'],
      },
    };
    expect(grade(multiple, ['softmax', 'sigmoid'])).toMatchObject({ status: 'correct', score: 4 });
    expect(grade(multiple, 'A, C')).toMatchObject({ status: 'partial', score: 2 });
  });
});

describe('answers that cannot be graded', () => {
  it.each<[unknown]>([[undefined], [null], ['  ']])('%j is missing', (raw) => {
    const result = grade(dieThree, raw);
    expect(result).toMatchObject({ status: 'missing', score: 0, feedback: [{ code: 'no-answer', params: { file: 'answers.yaml' } }] });
    expect(english(result.feedback)).toEqual(['No answer to this exercise in answers.yaml.']);
  });
  it('an unreadable number is invalid, saying what was expected', () => {
    const result = grade(dieThree, 'one sixth');
    expect(result.status).toBe('invalid');
    expect(result.answer).toBe('one sixth');
    expect(result.feedback).toEqual([
      { code: 'answer-unreadable', params: { expected: { code: 'expected.number' }, received: { code: 'received.text', params: { text: 'one sixth' } }, example: '0.167' } },
    ]);
    expect(en(result.feedback[0])).toMatch(/expected a number such as 0.167.*received one sixth.*example: 0.167/);
  });
  it('a reference that fails for the variant is an error of the exercise, not of the student', () => {
    const broken: ExerciseSpec = { ...bceOne, answer: { kind: 'scalar', reference: 'binaryCrossEntropyOne(1, yHat * 2)' } };
    const result = grade(broken, '0.2231');
    expect(result.status).toBe('error');
    expect(result.feedback[0]).toMatchObject({ code: 'reference-failed' });
    expect(en(result.feedback[0])).toMatch(/tell your instructor/i);
  });
});

describe('what the result shows', () => {
  it('renders the prompt and records the variant and tolerance', () => {
    const result = grade(softmaxThree, '[0.66, 0.24, 0.10]');
    expect(result.prompt).toEqual({ en: 'A classifier gives the logits z = [2, 1, 0.1] for classes A, B, C. Apply softmax.' });
    expect(result.variant).toEqual({ z: [2, 1, 0.1] });
    expect(result.tolerance).toEqual({ code: 'tolerance.abs', params: { abs: 0.005 } });
    expect(en(result.tolerance)).toBe('within 0.005 of the expected value');
    expect(result.expected).toEqual([expect.closeTo(0.659, 3), expect.closeTo(0.2424, 3), expect.closeTo(0.0986, 3)]);
  });
  it('never shows an expected value the exercise hides, in any field or sentence', () => {
    for (const raw of ['0.001', '0.000977', '9.5e-7', 'abc']) {
      const result = grade(vanishing, raw);
      const json = toJson(result);
      expect(result.expected).toBeUndefined();
      // No field holds an expected value (a message may have a param named `expected`: what a good answer looks like).
      expect(json).not.toMatch(/"expected":\s*[-\d[]/);
      expect(json).not.toMatch(/9\.5367|9\.54e-7|0\.00000095/);
      expect(english(result.feedback).join('\n')).not.toMatch(/9\.5367|9\.54e-7|0\.00000095/);
    }
  });
  it('shows hints only when the answer is not correct', () => {
    expect(grade(dieThree, '0.5').hints).toEqual([{ en: 'P(A) = favourable outcomes / possible outcomes.' }]);
    expect(grade(dieThree, '0.5').hints.map((h) => h.en)).toEqual(dieThree.hints);
    expect(grade(dieThree, '0.167').hints).toEqual([]);
  });
});

describe('a slash that could be a decimal mark (issue 12, item 6)', () => {
  const exponentials: ExerciseSpec = {
    id: 'exponentials',
    title: 'e^z',
    topic: 'softmax',
    points: 2,
    prompt: 'Give e^z for z = {{z}}.',
    params: { z: { default: [0.5, 1], vector: { length: 2, min: 0, max: 2, step: 0.5 } } },
    answer: { kind: 'vector', reference: 'exp(z)', tolerance: { abs: 0.005 }, partial: 'per-element' },
  };
  it('grades entries as fractions, and names those that would be right as decimals', () => {
    const result = grade(exponentials, '[1/65, 2/72]');
    expect(result).toMatchObject({ status: 'incorrect', score: 0 });
    expect(result.feedback).toContainEqual({ code: 'slash-entries-read-as-fractions', params: { entries: [1, 2], count: 2, decimal: '1.65', persian: '۱٫۶۵' } });
    expect(english(result.feedback)).toContain(
      'A slash between two whole numbers is read as a fraction: entries 1 and 2 are read so. With / as the decimal mark they would be right: write the decimal mark as a dot or ٫ (1.65 or ۱٫۶۵).',
    );
    const one = grade(exponentials, '[1.65, 2/72]');
    expect(one).toMatchObject({ status: 'partial', score: 1 });
    expect(one.elements?.map((e) => [e.received, e.correct])).toEqual([
      [1.65, true],
      [expect.closeTo(2 / 72, 9), false],
    ]);
    expect(one.feedback).toContainEqual({ code: 'slash-entries-read-as-fractions', params: { entries: [2], count: 1, decimal: '2.72', persian: '۲٫۷۲' } });
    expect(english(one.feedback)).toContain(
      'A slash between two whole numbers is read as a fraction: entry 2 is read so. With / as the decimal mark it would be right: write the decimal mark as a dot or ٫ (2.72 or ۲٫۷۲).',
    );
  });
});

describe('rounded too early comes before a misconception that only rounds to the same digits (issue 12, item 7)', () => {
  // 0.45 rounds to 0.5, which is also exactly what the mistake gives: the mistake explains 0.5 better.
  const half: ExerciseSpec = {
    id: 'half',
    title: 'P(not A)',
    topic: 'probability',
    points: 1,
    prompt: 'P(A) = {{p}}. What is P(not A)?',
    params: { p: { default: 0.55, choice: [0.55] } },
    answer: { kind: 'scalar', reference: 'complement(p)', tolerance: { abs: 0.001 } },
    misconceptions: [
      { id: 'a-coin', title: 'A fair coin', reference: '0.5', feedback: 'This is a fair coin.' },
      { id: 'near-half', title: 'Near a half', reference: '0.47', feedback: 'Near a half.' },
    ],
  };
  it.each<[string, string | undefined, boolean]>([
    ['0.5', 'a-coin', false],
    ['0.50', 'a-coin', false],
    // 0.47 is not 0.45 rounded, so the mistake is named.
    ['0.47', 'near-half', false],
  ])('%s: misconception %s, rounded too early %s', (raw, id, rounded) => {
    const result = grade(half, raw);
    expect(result.misconception?.id).toBe(id);
    expect(result.roundedTooEarly === true).toBe(rounded);
  });

  it('in a vector too: entries rounded too early are not a misconception that rounds the same', () => {
    // softmax([2, 1, 0.1]) = [0.659, 0.242, 0.0986], typed [0.7, 0.2, 0.1]; the mistake is within 0.005 of that.
    const close: ExerciseSpec = { ...softmaxThree, misconceptions: [{ id: 'close', title: 'Close', reference: '[0.702, 0.198, 0.1]', feedback: 'Close.' }] };
    expect(grade(close, '[0.7, 0.2, 0.1]')).toMatchObject({ roundedTooEarly: true });
    expect(grade(close, '[0.7, 0.2, 0.1]').misconception).toBeUndefined();
    // The exercise's own mistake, named in its own words.
    expect(grade(close, '[0.702, 0.198, 0.1]').misconception).toEqual({
      id: 'close',
      title: { code: 'course-text', params: { text: { en: 'Close' } } },
      feedback: { code: 'course-text', params: { text: { en: 'Close.' } } },
    });
    expect(en(grade(close, '[0.702, 0.198, 0.1]').misconception?.feedback)).toBe('Close.');
  });
});
