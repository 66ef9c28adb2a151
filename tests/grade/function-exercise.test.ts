import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeFunctionExercise, type StudentFile } from '../../grader/grade/function-exercise.ts';
import { planCases } from '../../grader/grade/function-cases.ts';
import { SandboxPool } from '../../grader/sandbox/index.ts';
import type { ExerciseSpec, FunctionAnswer } from '../../grader/spec/types.ts';
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
    expect(result.score).toBeLessThan(4);
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
      message: expect.stringMatching(/^entry 0 is NaN/),
    });
  });

  it('gives a misconception its credit', async () => {
    const exercise = { ...EXERCISES.binaryCrossEntropy!, misconceptions: [{ use: 'log10-instead-of-ln', credit: 0.25 }] };
    expect(await grade(exercise, solution('mistakes', 'binaryCrossEntropy'))).toMatchObject({ status: 'incorrect', score: 1 });
  });
});

describe('what a wrong function returned, in words', () => {
  it.each([
    ['a string from toFixed', '(x) => Math.max(0, x).toFixed(2)', 'returned the string "2.00" instead of a number: toFixed() and String() give text, return the number itself'],
    ['undefined', '(x) => { Math.max(0, x); }', 'returned undefined instead of a number: is a `return` missing?'],
    ['an array for a number', '(x) => [Math.max(0, x)]', 'returned an array of 1 entry where a number was expected'],
    ['NaN', '(x) => Math.sqrt(-1 - x * x)', 'returned NaN: from 0/0, Math.log of a negative number, or arithmetic on undefined'],
    ['Infinity', '(x) => x / 0', 'returned Infinity: an overflow (Math.exp of a large number?) or a division by zero'],
    ['a boolean', '(x) => x > 0', 'returned a boolean (true) instead of a number: use 1 and 0'],
  ])('%s', async (_name, body, message) => {
    const result = await grade(EXERCISES.relu!, source(`export const relu = ${body};`));
    expect(result.status).toBe('incorrect');
    expect(result.cases?.[0]).toMatchObject({ visibility: 'visible', status: 'fail', args: { x: 2 }, expected: 2, message });
  });

  it('reports a thrown error with the line in the student file', async () => {
    const result = await grade(EXERCISES.relu!, source('export function relu(x: number): number {\n  if (x < 0) throw new Error(`negative: ${x}`);\n  return x;\n}', 'solution.ts'));
    expect(result.status).toBe('partial');
    expect(result.cases?.[1]).toMatchObject({ status: 'error', message: 'line 2: Error: negative: -1.5' });
    expect(result.feedback).toContain('`relu` threw an error: line 2: Error: negative: -1.5.');
  });
});

describe('a function that returns a Promise', () => {
  const mustBeSynchronous = '`relu` must be synchronous and return the value itself: it returned a Promise, which is never waited for.';
  it.each([
    ['an async function', 'export async function relu(x) {\n  return Math.max(0, x);\n}', 'Remove `async` (solution.js:1:8).'],
    ['an async arrow function', 'export const relu = async (x) => Math.max(0, x);', 'Remove `async` (solution.js:1:21).'],
    ['a Promise that never settles', 'export function relu(x) {\n  const y = Math.max(0, x);\n  return new Promise(() => {});\n}', 'Return the value instead of a Promise (solution.js:3:3).'],
    ['a rejected Promise', 'export const relu = (x) => Promise.reject(new Error(String(x)));', 'Return the value instead of a Promise (solution.js:1:28).'],
  ])('%s is an error that says where the Promise comes from', async (_name, text, where) => {
    const result = await grade(EXERCISES.relu!, source(text));
    expect(result.status).toBe('error');
    expect(result.score).toBe(0);
    expect(result.cases?.every((c) => c.status === 'error')).toBe(true);
    expect(result.cases?.[0]).toMatchObject({ message: 'returned a Promise instead of a number: the function must be synchronous and return the value itself' });
    expect(result.feedback).toContain(`${mustBeSynchronous} ${where}`);
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
      'Passed 8 of 9 tests.',
      '`relu` threw an error on 1 hidden test (at line 3).',
      'Output printed during hidden tests is not shown.',
    ]);
  });

  it('leaves out expected values when the exercise does not reveal them', async () => {
    const result = await grade({ ...EXERCISES.relu!, reveal: false }, solution('mistakes', 'relu'));
    expect(result.cases?.[0]).toEqual({ visibility: 'visible', status: 'fail', args: { x: 2 }, received: '0', message: expect.any(String) });
  });

  it('gives the hints only to a function that is not correct yet', async () => {
    const exercise = { ...EXERCISES.relu!, hints: ['ReLU(x) = max(0, x)'] };
    expect((await grade(exercise, solution('correct', 'relu'))).hints).toEqual([]);
    expect((await grade(exercise, solution('mistakes', 'relu'))).hints).toEqual(['ReLU(x) = max(0, x)']);
  });

  it('notes a function that is not exported, and grades it', async () => {
    const result = await grade(EXERCISES.relu!, source('function relu(x) { return Math.max(0, x); }'));
    expect(result.status).toBe('correct');
    expect(result.feedback).toContain('`relu` is not exported; it was graded as a top-level function. Write `export function relu(…)`.');
  });

  it.each<[string, StudentFile | undefined, string, string]>([
    ['no file', undefined, 'missing', 'No code yet: write `relu` in solution.ts (or solution.js) in your folder.'],
    ['an empty file', source(''), 'missing', 'solution.js has no function `relu` yet: write `export function relu(x) { … }`.'],
    ['a file with the other functions only', source('export const sigmoid = (x) => 1 / (1 + Math.exp(-x));'), 'missing', 'solution.js has no function `relu` yet: write `export function relu(x) { … }`.'],
    ['a syntax error', source('export function relu(x: number) {\n  return x +;\n}', 'solution.ts'), 'invalid', 'solution.ts:2:13: syntax error: Unexpected ";"'],
    ['bytes that are not UTF-8', { filename: 'solution.js', content: new Uint8Array([0x65, 0x78, 0xff]) }, 'invalid', 'solution.js is not UTF-8 text (invalid byte 0xff at offset 2); save it as UTF-8'],
    ['a number where the function should be', source('export const relu = 0;'), 'invalid', 'solution.js has `relu`, but it is a number, not a function.'],
  ])('%s is %s', async (_name, file, status, feedback) => {
    const result = await grade(EXERCISES.relu!, file);
    expect(result).toMatchObject({ status, score: 0, feedback: [feedback] });
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
