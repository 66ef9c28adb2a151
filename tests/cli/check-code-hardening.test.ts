// Issue 12, hardening the grading of code, through `grader check` on real solution files:
// a Promise is an error, a file that does not load is run and reported once, a diagnosis
// matches every case, printing past the limit costs nothing, and a function under another
// name is suggested.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';
import { SandboxPool } from '../../grader/sandbox/index.ts';
import { checkJson, checkSolution, CODE_EXERCISES } from './check-code-run.ts';

const root = mkdtempSync(join(tmpdir(), 'grader-check-hardening-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const exercise = (result: StudentResult, id: string): ExerciseResult => result.exercises.find((e) => e.id === id)!;

describe('a function that returns a Promise', () => {
  const synchronous = '`reluDerivative` must be synchronous and return the value itself: it returned a Promise, which is never waited for.';

  it('is an error that points at `async`, not an incorrect answer', async () => {
    const { code, result } = await checkJson(root, 'export async function reluDerivative(x: number): Promise<number> {\n  return x > 0 ? 1 : 0;\n}\n');
    expect(exercise(result, 'relu-derivative')).toMatchObject({ status: 'error', score: 0 });
    expect(exercise(result, 'relu-derivative').feedback).toContain(`${synchronous} Remove \`async\` (solution.ts:1:8).`);
    expect(code).toBe(1);
  });

  it('is an error that points at the `return new Promise` line, and is never waited on', async () => {
    const text = 'export function reluDerivative(x: number) {\n  const slope = x > 0 ? 1 : 0;\n  return new Promise(() => {});\n}\n';
    const { result } = await checkJson(root, text);
    const graded = exercise(result, 'relu-derivative');
    expect(graded.status).toBe('error');
    expect(graded.feedback).toContain(`${synchronous} Return the value instead of a Promise (solution.ts:3:3).`);
    expect(graded.cases?.find((c) => c.visibility === 'visible')).toMatchObject({
      status: 'error',
      message: 'returned a Promise instead of a number: the function must be synchronous and return the value itself',
    });
  });
});

describe('a code file that does not load', () => {
  it('is loaded once for the 13 code exercises: one timeout, reported at the top, and the same status for every exercise', async () => {
    const run = vi.spyOn(SandboxPool.prototype, 'run');
    const text = 'for (;;) {}\nexport function reluDerivative(x: number): number {\n  return x > 0 ? 1 : 0;\n}\n';
    const { code, result } = await checkJson(root, text, { exercises: CODE_EXERCISES });
    expect(run).toHaveBeenCalledTimes(1);
    expect(result.codeLoadFailure).toEqual({
      code: 'code-load-timeout',
      status: 'timeout',
      file: 'solution.ts',
      message: 'The top-level code of solution.ts did not finish within 1000 ms: look for a loop that never ends.',
    });
    expect(result.exercises).toHaveLength(13);
    for (const graded of result.exercises) {
      expect(graded).toMatchObject({ status: 'timeout', score: 0, feedback: ['Not run: solution.ts did not load (see above).'] });
    }
    expect(code).toBe(1);
  });

  it('says so once, above the exercises, in what check prints', async () => {
    const text = "console.log('starting');\nexport const reluDerivative = (x) => (x > 0 ? 1 : 0);\nexport const relu = (x) => Math.max(0, x);\nthrow new RangeError('not ready');\n";
    const run = await checkSolution(root, text, { exercises: ['relu-function', 'relu-derivative'], filename: 'solution.js' }, []);
    const lines = run.out.split('\n');
    // The first line says whose numbers these are (the folder's name here).
    expect(lines[0]).toMatch(/^Student s001 /);
    expect(lines.slice(1, 6)).toEqual([
      '! solution.js did not load',
      '    solution.js:4:11: the file failed while loading: RangeError: not ready',
      '    Your code printed:',
      '      starting',
      '      ',
    ]);
    expect(run.out.match(/RangeError/g)).toHaveLength(1);
    expect(run.out.match(/Not run: solution\.js did not load \(see above\)\./g)).toHaveLength(2);
  });

  it('with a syntax error is invalid, with its line and column, once', async () => {
    const { result } = await checkJson(root, 'export function reluDerivative(x: number): number {\n  return x > 0 ? 1 : ;\n}\n', { exercises: ['relu-function', 'relu-derivative'] });
    expect(result.codeLoadFailure).toMatchObject({ code: 'code-syntax-error', status: 'invalid', file: 'solution.ts', line: 2, col: 22 });
    expect(result.codeLoadFailure?.message).toMatch(/^solution\.ts:2:22: syntax error: /);
    expect(result.exercises.map((e) => e.status)).toEqual(['invalid', 'invalid']);
  });

  it('is not a load failure when it loads: each exercise is graded on its own', async () => {
    const { result } = await checkJson(root, 'export const relu = (x: number) => Math.max(0, x);\n', { exercises: ['relu-function', 'relu-derivative'] });
    expect(result.codeLoadFailure).toBeUndefined();
    expect(result.exercises.map((e) => e.status)).toEqual(['correct', 'missing']);
  });
});

describe("naming the mistake behind a step function's derivative", () => {
  it('calls 1 everywhere slope-one-everywhere, though step(x) is 1 where x ≥ 0 too', async () => {
    const { result } = await checkJson(root, 'export function stepDerivative(x: number): number {\n  return 1;\n}\n', { exercises: ['step-derivative'] });
    expect(exercise(result, 'step-derivative').misconception?.id).toBe('slope-one-everywhere');
  });

  it('still calls the step function itself function-instead-of-derivative', async () => {
    const { result } = await checkJson(root, 'export const stepDerivative = (x: number) => (x >= 0 ? 1 : 0);\n', { exercises: ['step-derivative'] });
    expect(exercise(result, 'step-derivative').misconception?.id).toBe('function-instead-of-derivative');
  });
});

describe('a function that prints a million lines', () => {
  it('keeps its result: the output past the limit is cut, and the report says so', async () => {
    const text = [
      'let printed = false;',
      'export function reluDerivative(x: number): number {',
      '  if (!printed) for (let i = 0; i < 1_000_000; i++) console.log("step", i);',
      '  printed = true;',
      '  return x > 0 ? 1 : 0;',
      '}',
      '',
    ].join('\n');
    // The course's default limits: 1000 ms and 64 KB of output.
    const run = await checkSolution(root, text, {}, []);
    expect(run.out).toMatch(/^✓ correct +relu-derivative +3\/3$/m);
    expect(run.out).toContain('Your code printed more than 64 KB: the rest of its output is not shown (printing never changes the grade).');
    const { result } = await checkJson(root, text);
    const graded = exercise(result, 'relu-derivative');
    expect(graded.status).toBe('correct');
    expect(graded.console?.endsWith('\n… (output cut at 64 KB)')).toBe(true);
    expect(graded.console?.startsWith('step 0\nstep 1\n')).toBe(true);
  });
});

describe('a function exported under another name', () => {
  it.each([
    ['relu_derivative', 'export function relu_derivative(x: number): number {\n  return x > 0 ? 1 : 0;\n}\n', 'relu-derivative', 'reluDerivative'],
    ['Softmax', 'export function Softmax(z: number[]): number[] {\n  return z;\n}\n', 'softmax-function', 'softmax'],
  ])('%s is suggested', async (exported, text, id, name) => {
    const { result } = await checkJson(root, text, { exercises: [id] });
    expect(exercise(result, id)).toMatchObject({
      status: 'missing',
      feedback: [`solution.ts has no function \`${name}\` yet, but it exports \`${exported}\`: names must match exactly, so rename it \`${name}\`.`],
    });
  });

  it('is not suggested when no exported name is close', async () => {
    const { result } = await checkJson(root, 'export function tanhLayer(x: number): number {\n  return Math.tanh(x);\n}\n', { exercises: ['softmax-function'] });
    expect(exercise(result, 'softmax-function').feedback).toEqual(['solution.ts has no function `softmax` yet: write `export function softmax(z) { … }`.']);
  });
});
