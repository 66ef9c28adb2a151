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
import { en } from '../messages/english.ts';
import { checkJson, checkSolution, CODE_EXERCISES } from './check-code-run.ts';

const root = mkdtempSync(join(tmpdir(), 'grader-check-hardening-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const exercise = (result: StudentResult, id: string): ExerciseResult => result.exercises.find((e) => e.id === id)!;

describe('a function that returns a Promise', () => {
  const synchronous = 'reluDerivative must be synchronous and return the value itself: it returned a Promise, which is never waited for.';
  const returnedPromise = 'returned a Promise instead of a number: the function must be synchronous and return the value itself';

  it('is an error that points at `async`, not an incorrect answer', async () => {
    const { code, result } = await checkJson(root, 'export async function reluDerivative(x: number): Promise<number> {\n  return x > 0 ? 1 : 0;\n}\n');
    expect(exercise(result, 'relu-derivative')).toMatchObject({ status: 'error', score: 0 });
    const said = exercise(result, 'relu-derivative').feedback.find((m) => m.code === 'function-returned-promise-async');
    expect(said).toEqual({ code: 'function-returned-promise-async', params: { name: 'reluDerivative', file: 'solution.ts', line: 1, col: 8 } });
    expect(en(said)).toBe(`${synchronous} Remove async (solution.ts, line 1, column 8).`);
    expect(exercise(result, 'relu-derivative').cases?.find((c) => c.visibility === 'visible')).toMatchObject({ status: 'error', message: { code: 'case.returned-promise' } });
    expect(code).toBe(1);
  });

  it('is an error that points at the `return new Promise` line, and is never waited on', async () => {
    const text = 'export function reluDerivative(x: number) {\n  const slope = x > 0 ? 1 : 0;\n  return new Promise(() => {});\n}\n';
    const { result } = await checkJson(root, text);
    const graded = exercise(result, 'relu-derivative');
    expect(graded.status).toBe('error');
    const said = graded.feedback.find((m) => m.code === 'function-returned-promise-new');
    expect(said).toEqual({ code: 'function-returned-promise-new', params: { name: 'reluDerivative', file: 'solution.ts', line: 3, col: 3 } });
    expect(en(said)).toBe(`${synchronous} Return the value instead of a Promise (solution.ts, line 3, column 3).`);
    const visible = graded.cases?.find((c) => c.visibility === 'visible');
    expect(visible).toMatchObject({ status: 'error', message: { code: 'case.returned-promise', params: { wanted: { code: 'wanted.number' } } } });
    expect(en(visible?.message)).toBe(returnedPromise);
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
      message: { code: 'code-load-timeout', params: { file: 'solution.ts', ms: 1000 } },
    });
    expect(en(result.codeLoadFailure!.message)).toBe('The top-level code of solution.ts did not finish within 1000 ms: look for a loop that never ends.');
    expect(result.exercises).toHaveLength(13);
    for (const graded of result.exercises) {
      expect(graded).toMatchObject({ status: 'timeout', score: 0, feedback: [{ code: 'code-not-loaded', params: { file: 'solution.ts' } }] });
    }
    expect(en(result.exercises[0]!.feedback[0])).toBe('Not run: solution.ts did not load (see above).');
    expect(code).toBe(1);
  });

  it('says so once, above the exercises, in what check prints', async () => {
    const text = "console.log('starting');\nexport const reluDerivative = (x) => (x > 0 ? 1 : 0);\nexport const relu = (x) => Math.max(0, x);\nthrow new RangeError('not ready');\n";
    const run = await checkSolution(root, text, { exercises: ['relu-function', 'relu-derivative'], filename: 'solution.js' }, []);
    const lines = run.out.split('\n');
    // The first line says whose numbers these are (the folder's name here).
    expect(lines[0]).toMatch(/^Student s001 /);
    expect(lines.slice(1, 7)).toEqual([
      '‼ solution.js, line 4, column 11',
      '    solution.js failed while loading, at line 4: RangeError: not ready',
      '    What your code printed before it stopped:',
      '      starting',
      '      ',
      '',
    ]);
    expect(lines[7]).toMatch(/^‼ Error +relu-function /);
    expect(run.out.match(/RangeError/g)).toHaveLength(1);
    expect(run.out.match(/Not run: solution\.js did not load \(see above\)\./g)).toHaveLength(2);
    // Said on stdout, above the exercises that say "see above": not again on stderr.
    expect(run.err).not.toMatch(/RangeError|starting/);
  });

  it('with a syntax error is invalid, with its line and column, once', async () => {
    const { result } = await checkJson(root, 'export function reluDerivative(x: number): number {\n  return x > 0 ? 1 : ;\n}\n', { exercises: ['relu-function', 'relu-derivative'] });
    expect(result.codeLoadFailure).toMatchObject({ code: 'code-syntax-error', status: 'invalid', file: 'solution.ts', line: 2, col: 22 });
    expect(result.codeLoadFailure?.message).toEqual({ code: 'code-syntax-error', params: { file: 'solution.ts', line: 2, col: 22, error: 'Unexpected ";"' } });
    expect(en(result.codeLoadFailure?.message)).toBe('Syntax error at line 2, column 22 of solution.ts: Unexpected ";"');
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
    expect(run.out).toMatch(/^✓ Correct +relu-derivative +3\/3$/m);
    expect(run.out).toContain('Your code printed more than 64 KB: the rest of its output is not shown (printing never changes the grade).');
    const { result } = await checkJson(root, text);
    const graded = exercise(result, 'relu-derivative');
    expect(graded.status).toBe('correct');
    expect(graded).toMatchObject({ consoleCutKb: 64 });
    expect(graded.feedback).toContainEqual({ code: 'output-cut', params: { kb: 64 } });
    // What was printed up to the limit, and nothing past it.
    expect(graded.console?.startsWith('step 0\nstep 1\n')).toBe(true);
    expect(graded.console!.length).toBeLessThanOrEqual(64 * 1024);
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
      feedback: [{ code: 'function-missing-other-name', params: { file: 'solution.ts', name, other: exported } }],
    });
    const said = `solution.ts has no function ${name}, but it exports ${exported}: names must match exactly, so rename it ${name}.`;
    expect(en(exercise(result, id).feedback[0])).toBe(said);
    // A code file was handed in: the student is not told nothing was.
    const run = await checkSolution(root, text, { exercises: [id] }, []);
    expect(run.out).toContain(`    ${said}`);
    expect(run.err).not.toContain('Nothing handed in');
  });

  it('is not suggested when no exported name is close', async () => {
    const { result } = await checkJson(root, 'export function tanhLayer(x: number): number {\n  return Math.tanh(x);\n}\n', { exercises: ['softmax-function'] });
    expect(exercise(result, 'softmax-function').feedback).toEqual([
      { code: 'function-missing', params: { file: 'solution.ts', name: 'softmax', signature: 'export function softmax(z) { … }' } },
    ]);
    expect(en(exercise(result, 'softmax-function').feedback[0])).toBe('solution.ts has no function softmax yet: write export function softmax(z) { … }.');
  });
});
