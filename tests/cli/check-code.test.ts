// `grader check` on a folder with a solution file: its code exercises run in the sandbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson } from './check-code-run.ts';

const root = mkdtempSync(join(tmpdir(), 'grader-check-code-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (solution: string) => checkJson(root, solution, { limits: 'limits: { time_ms: 2000 }' });

describe('grader check with a solution file', () => {
  it('runs the code exercises in the sandbox', async () => {
    const { code, result } = await check('export function reluDerivative(x: number): number {\n  return x > 0 ? 1 : 0;\n}\n');
    expect(result.exercises).toMatchObject([{ id: 'relu-derivative', status: 'correct', score: 3 }]);
    expect(code).toBe(0);
  });

  it('reports an endless loop as timeout and exits 1', async () => {
    const { code, result } = await check('export function reluDerivative(x: number): number {\n  for (;;) {}\n}\n');
    expect(result.exercises).toMatchObject([{ id: 'relu-derivative', status: 'timeout', score: 0 }]);
    expect(code).toBe(1);
  });
});
