import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeFunctionExercise, type StudentFile } from '../../grader/grade/function-exercise.ts';
import { planCases } from '../../grader/grade/function-cases.ts';
import { SandboxPool } from '../../grader/sandbox/index.ts';
import type { Message } from '../../grader/messages/message.ts';
import type { ExerciseSpec, FunctionAnswer } from '../../grader/spec/types.ts';
import { en, english } from '../messages/english.ts';
import { COURSE, EXERCISES } from './fixtures/function-exercises.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ size: 2 });
});
afterAll(() => pool.close());

const SOLUTIONS = new URL('./fixtures/solutions/', import.meta.url);

function solution(kind: 'correct' | 'mistakes', key: string): StudentFile {
  const dir = new URL(`${kind}/`, SOLUTIONS);
  const name = readdirSync(dir).find((file) => file.replace(/\.(ts|js)$/, '') === key);
  if (!name) throw new Error(`no ${kind} solution for ${key}`);
  return { filename: `solution.${name.split('.').pop()}`, content: new Uint8Array(readFileSync(new URL(name, dir))) };
}

const grade = (exercise: ExerciseSpec, file: StudentFile | undefined, studentId = 'student-1') =>
  gradeFunctionExercise(exercise, file, { course: COURSE, studentId, pool }).then((g) => g.result);

const source = (text: string, filename = 'solution.js'): StudentFile => ({ filename, content: text });

describe('the reference implementation, submitted as a student', () => {
  it.each(Object.keys(EXERCISES))('%s gets full marks', async (key) => {
    const result = await grade(EXERCISES[key]!, solution('correct', key));
    expect(result).toMatchObject({ status: 'correct', score: 4, max: 4, kind: 'function' });
    expect(result.cases?.every((c) => c.status === 'pass')).toBe(true);
    expect(result.misconception).toBeUndefined();
  });
});

describe('classic mistakes', () => {
  it.each([
    ['relu', 'partial', 'min-instead-of-max'],
    ['reluDerivative', 'partial', 'function-instead-of-derivative'],
    ['reluDerivativeStrict', 'partial', 'relu-derivative-at-zero'],
    ['leakyRelu', 'partial', 'leaky-slope-zero'],
    ['elu', 'partial', 'elu-without-minus-one'],
    ['sigmoid', 'partial', 'exp-sign'],
    ['sigmoidDerivative', 'incorrect', 'sigmoid-instead-of-derivative'],
    ['step', 'partial', 'step-strict'],
    ['softmax', 'partial', 'sigmoid-instead-of-softmax'],
    ['binaryCrossEntropy', 'incorrect', 'log10-instead-of-ln'],
    ['categoricalCrossEntropy', 'partial', 'sum-instead-of-mean'],
  ])('%s: %s, diagnosed as %s', async (key, status, misconception) => {
    const result = await grade(EXERCISES[key]!, solution('mistakes', key));
    expect(result.status).toBe(status);
    expect(result.misconception?.id).toBe(misconception);
    expect(en(result.misconception?.title)).not.toMatch(/^\[|^$/);
    expect(en(result.misconception?.feedback)).not.toMatch(/^\[|^$/);
    // Named once, as the diagnosis: not repeated as a line of feedback.
    expect(result.feedback).not.toContainEqual(result.misconception?.feedback);
    expect(result.score).toBeLessThan(4);
  });

  it("names an exercise's own mistake in the exercise's words, and a catalogue mistake by its code", async () => {
    const own = await grade(EXERCISES.relu!, solution('mistakes', 'relu'));
    expect(own.misconception).toEqual({
      id: 'min-instead-of-max',
      title: { code: 'course-text', params: { text: { en: 'min instead of max' } } },
      feedback: { code: 'course-text', params: { text: { en: 'This is min(0, x). ReLU keeps the positive part: max(0, x).' } } },
    });
    const catalogue = await grade(EXERCISES.leakyRelu!, solution('mistakes', 'leakyRelu'));
    expect(catalogue.misconception).toMatchObject({ id: 'leaky-slope-zero', title: { code: 'misconception.leaky-slope-zero.title' }, feedback: { code: 'misconception.leaky-slope-zero.feedback' } });
  });

  it('accepts a convention the exercise allows (ReLU′(0) = 1), and not where it does not', async () => {
    const file = solution('mistakes', 'reluDerivativeStrict');
    expect((await grade(EXERCISES.reluDerivative!, file)).status).toBe('correct');
    const strict = await grade(EXERCISES.reluDerivativeStrict!, file);
    expect(strict.cases?.find((c) => c.args?.x === 0)).toMatchObject({ status: 'fail', expected: 0, received: '1' });
  });

  it('shows the NaN of a softmax without the max subtracted on the visible case with large logits', async () => {
    const naive = 'export const softmax = (z) => { const e = z.map(Math.exp); const s = e.reduce((a, b) => a + b); return e.map((v) => v / s); };';
    const result = await grade(EXERCISES.softmax!, source(naive));
    expect(result.status).toBe('partial');
    expect(result.cases?.find((c) => c.visibility === 'visible' && c.status === 'fail')).toMatchObject({
      args: { z: [1000, 999, 998] },
      received: '[NaN, NaN, NaN]',
      // Entries are counted from 1.
      message: { code: 'case.entry-nan', params: { entry: 1 } },
    });
    const failed = result.cases?.find((c) => c.visibility === 'visible' && c.status === 'fail');
    expect(en(failed?.message)).toMatch(/^entry 1 is NaN/);
  });

  it('gives a misconception its credit', async () => {
    const exercise = { ...EXERCISES.binaryCrossEntropy!, misconceptions: [{ use: 'log10-instead-of-ln', credit: 0.25 }] };
    expect(await grade(exercise, solution('mistakes', 'binaryCrossEntropy'))).toMatchObject({ status: 'incorrect', score: 1 });
  });
});

describe('what a wrong function returned, in words', () => {
  const number = { code: 'wanted.number' };
  it.each<[string, string, Message, string]>([
    [
      'a string from toFixed',
      '(x) => Math.max(0, x).toFixed(2)',
      { code: 'case.returned-numeric-string', params: { value: '"2.00"', wanted: number } },
      'returned the string "2.00" instead of a number: toFixed() and String() give text; return the number itself',
    ],
    ['undefined', '(x) => { Math.max(0, x); }', { code: 'case.returned-undefined', params: { wanted: number } }, 'returned undefined instead of a number: is a return missing?'],
    [
      'an array for a number',
      '(x) => [Math.max(0, x)]',
      { code: 'case.returned-other', params: { kind: { code: 'kind.array', params: { length: 1 } }, wanted: number } },
      'returned an array of 1 entry instead of a number',
    ],
    ['NaN', '(x) => Math.sqrt(-1 - x * x)', { code: 'case.returned-nan' }, 'returned NaN: from 0/0, Math.log of a negative number, or arithmetic on undefined'],
    ['Infinity', '(x) => x / 0', { code: 'case.returned-infinite', params: { value: 'Infinity' } }, 'returned Infinity: an overflow (Math.exp of a large number?) or a division by zero'],
    ['a boolean', '(x) => x > 0', { code: 'case.returned-boolean', params: { value: 'true', wanted: number } }, 'returned a boolean (true) instead of a number: use 1 and 0'],
  ])('%s', async (_name, body, message, text) => {
    const result = await grade(EXERCISES.relu!, source(`export const relu = ${body};`));
    expect(result.status).toBe('incorrect');
    expect(result.cases?.[0]).toMatchObject({ visibility: 'visible', status: 'fail', args: { x: 2 }, expected: 2, message });
    expect(en(result.cases?.[0]?.message)).toBe(text);
  });

  it('reports a thrown error with the line in the student file', async () => {
    const result = await grade(EXERCISES.relu!, source('export function relu(x: number): number {\n  if (x < 0) throw new Error(`negative: ${x}`);\n  return x;\n}', 'solution.ts'));
    expect(result.status).toBe('partial');
    expect(result.cases?.[1]).toMatchObject({ status: 'error', message: { code: 'case.threw-at', params: { line: 2, error: 'Error: negative: -1.5' } } });
    expect(en(result.cases?.[1]?.message)).toBe('threw at line 2: Error: negative: -1.5');
    expect(result.feedback).toContainEqual({ code: 'function-threw-at', params: { name: 'relu', line: 2, error: 'Error: negative: -1.5' } });
    expect(english(result.feedback)).toContain('relu threw an error at line 2: Error: negative: -1.5');
  });
});

describe('a function that returns a Promise', () => {
  const mustBeSynchronous = 'relu must be synchronous and return the value itself: it returned a Promise, which is never waited for.';
  it.each<[string, string, 'async' | 'new', number, number, string]>([
    ['an async function', 'export async function relu(x) {\n  return Math.max(0, x);\n}', 'async', 1, 8, 'Remove async (solution.js, line 1, column 8).'],
    ['an async arrow function', 'export const relu = async (x) => Math.max(0, x);', 'async', 1, 21, 'Remove async (solution.js, line 1, column 21).'],
    [
      'a Promise that never settles',
      'export function relu(x) {\n  const y = Math.max(0, x);\n  return new Promise(() => {});\n}',
      'new',
      3,
      3,
      'Return the value instead of a Promise (solution.js, line 3, column 3).',
    ],
    ['a rejected Promise', 'export const relu = (x) => Promise.reject(new Error(String(x)));', 'new', 1, 28, 'Return the value instead of a Promise (solution.js, line 1, column 28).'],
  ])('%s is an error that says where the Promise comes from', async (_name, text, site, line, col, where) => {
    const result = await grade(EXERCISES.relu!, source(text));
    expect(result.status).toBe('error');
    expect(result.score).toBe(0);
    expect(result.cases?.every((c) => c.status === 'error')).toBe(true);
    expect(result.cases?.[0]).toMatchObject({ message: { code: 'case.returned-promise', params: { wanted: { code: 'wanted.number' } } } });
    expect(en(result.cases?.[0]?.message)).toBe('returned a Promise instead of a number: the function must be synchronous and return the value itself');
    expect(result.feedback).toContainEqual({ code: `function-returned-promise-${site}`, params: { name: 'relu', file: 'solution.js', line, col } });
    expect(english(result.feedback)).toContain(`${mustBeSynchronous} ${where}`);
  });

  it('is never waited on: nothing after its first await runs', async () => {
    const text = "export async function relu(x) {\n  console.log('before', x);\n  await null;\n  console.log('after', x);\n  for (;;) {}\n}";
    const result = await grade(EXERCISES.relu!, source(text));
    expect(result.status).toBe('error');
    expect(result.console).toBe('before 2\nbefore -1.5\nbefore 0\n');
  });
});

describe('what the student sees', () => {
  it('never shows the arguments, values, messages or output of hidden cases', async () => {
    const spy = [
      'export function relu(x) {',
      "  console.log('called with', x);",
      "  if (x < -50) throw new Error('the hidden argument is ' + x);",
      '  return Math.max(0, x);',
      '}',
    ].join('\n');
    const result = await grade(EXERCISES.relu!, source(spy));
    // Everything but the student's own code, which names what it prints.
    const text = JSON.stringify({ ...result, answer: undefined });
    expect(text).not.toContain('-100');
    expect(text).not.toContain('hidden argument');
    expect(result.console).toBe('called with 2\ncalled with -1.5\ncalled with 0\n');
    expect(result.hidden).toEqual({ failed: 1, total: 6 });
    expect(result.cases?.filter((c) => c.visibility !== 'visible').every((c) => Object.keys(c).join() === 'visibility,status')).toBe(true);
    expect(result.feedback).toEqual([
      { code: 'tests-passed', params: { passed: 8, total: 9 } },
      { code: 'function-threw-hidden-at', params: { name: 'relu', count: 1, lines: [3], lineCount: 1 } },
      { code: 'hidden-output-not-shown' },
    ]);
    expect(english(result.feedback)).toEqual([
      'Passed 8 of 9 tests.',
      'relu threw an error on 1 hidden test (at line 3).',
      'What your code printed during hidden tests is not shown.',
    ]);
  });

  it('leaves out expected values when the exercise does not reveal them', async () => {
    const result = await grade({ ...EXERCISES.relu!, reveal: false }, solution('mistakes', 'relu'));
    expect(result.cases?.[0]).toEqual({ visibility: 'visible', status: 'fail', args: { x: 2 }, received: '0', message: { code: 'case.not-within-tolerance' } });
    expect(JSON.stringify(result)).not.toMatch(/"expected":/);
  });

  it('leaves them out of why a vector case failed too', async () => {
    const sigmoids = 'export const softmax = (z) => z.map((v) => 1 / (1 + Math.exp(-v)));';
    const hidden = await grade({ ...EXERCISES.softmax!, reveal: false }, source(sigmoids));
    expect(hidden.cases?.[0]).toEqual({ visibility: 'visible', status: 'fail', args: { z: [2, 1, 0.1] }, received: expect.any(String), message: { code: 'case.not-within-tolerance' } });
    expect(JSON.stringify(hidden)).not.toMatch(/0\.659|0\.6652/);
    // Revealed, the case says which entry is wrong and what it should be.
    const shown = await grade(EXERCISES.softmax!, source(sigmoids));
    expect(shown.cases?.[0]).toMatchObject({ message: { code: 'case.entry-wrong', params: { entry: 1, expected: expect.stringMatching(/^0\.659/) } } });
  });

  it('gives the hints only to a function that is not correct yet', async () => {
    const exercise = { ...EXERCISES.relu!, hints: ['ReLU(x) = max(0, x)'] };
    expect((await grade(exercise, solution('correct', 'relu'))).hints).toEqual([]);
    expect((await grade(exercise, solution('mistakes', 'relu'))).hints).toEqual([{ en: 'ReLU(x) = max(0, x)' }]);
  });

  it('notes a function that is not exported, and grades it', async () => {
    const result = await grade(EXERCISES.relu!, source('function relu(x) { return Math.max(0, x); }'));
    expect(result.status).toBe('correct');
    expect(result.feedback).toContainEqual({ code: 'function-not-exported', params: { name: 'relu' } });
    expect(english(result.feedback)).toContain('relu is not exported; it was found and graded all the same. Write export function relu(…) so that it is exported.');
  });

  const missing: Message = { code: 'function-missing', params: { file: 'solution.js', name: 'relu', signature: 'export function relu(x) { … }' } };
  const missingText = 'solution.js has no function relu yet: write export function relu(x) { … }.';
  it.each<[string, StudentFile | undefined, string, Message, string]>([
    ['no file', undefined, 'missing', { code: 'code-missing', params: { name: 'relu' } }, 'No code yet: write relu in solution.ts (or solution.js) in your folder.'],
    ['an empty file', source(''), 'missing', missing, missingText],
    ['a file with the other functions only', source('export const sigmoid = (x) => 1 / (1 + Math.exp(-x));'), 'missing', missing, missingText],
    [
      'a syntax error',
      source('export function relu(x: number) {\n  return x +;\n}', 'solution.ts'),
      'invalid',
      { code: 'code-syntax-error', params: { file: 'solution.ts', line: 2, col: 13, error: 'Unexpected ";"' } },
      'Syntax error at line 2, column 13 of solution.ts: Unexpected ";"',
    ],
    [
      'bytes that are not UTF-8',
      { filename: 'solution.js', content: new Uint8Array([0x65, 0x78, 0xff]) },
      'invalid',
      { code: 'code-not-utf8', params: { file: 'solution.js', byte: '0xff', offset: 2 } },
      'solution.js is not UTF-8 text (the byte 0xff at offset 2): save it as UTF-8.',
    ],
    [
      'a number where the function should be',
      source('export const relu = 0;'),
      'invalid',
      { code: 'function-not-a-function', params: { file: 'solution.js', name: 'relu', found: { code: 'kind.number' } } },
      'solution.js has relu, but it is a number, not a function.',
    ],
  ])('%s is %s', async (_name, file, status, feedback, text) => {
    const result = await grade(EXERCISES.relu!, file);
    expect(result).toMatchObject({ status, score: 0, feedback: [feedback] });
    expect(english(result.feedback)).toEqual([text]);
    // A missing function shows no code (the result model's answer is absent when missing).
    if (status === 'missing') expect(result.answer).toBeUndefined();
  });

  it('gives the same result, byte for byte, every time', async () => {
    const file = solution('mistakes', 'softmax');
    const first = JSON.stringify(await grade(EXERCISES.softmax!, file));
    expect(JSON.stringify(await grade(EXERCISES.softmax!, file))).toBe(first);
  });
});

describe('random cases', () => {
  const answer = EXERCISES.softmax!.answer as FunctionAnswer;
  const seed = (studentId: string) => ({ salt: COURSE.salt, exerciseId: 'softmax', studentId });

  it('are the same for a student every time and differ between students', () => {
    const random = (studentId: string) => planCases(answer, seed(studentId)).cases.filter((c) => c.visibility === 'random').map((c) => c.args);
    expect(random('student-1')).toEqual(random('student-1'));
    expect(random('student-1')).not.toEqual(random('student-2'));
    expect(random('student-1')).toHaveLength(3);
  });

  it('carry the reference answer for the drawn arguments', () => {
    const [first] = planCases(answer, seed('student-1')).cases.filter((c) => c.visibility === 'random');
    const z = first!.args.z as number[];
    const exps = z.map((v) => Math.exp(v - Math.max(...z)));
    expect(first!.expected).toEqual(exps.map((e) => e / exps.reduce((a, b) => a + b)));
  });
});
