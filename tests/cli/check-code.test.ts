// `grader check` on a folder with a solution file: its code exercises run in the sandbox.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';

const bank = join(import.meta.dirname, '../../exercises');
const root = mkdtempSync(join(tmpdir(), 'grader-check-code-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function course(): string {
  const dir = mkdtempSync(join(root, 'course-'));
  const text = [
    'name: Introduction to machine learning',
    'salt: ml-intro-2026-autumn',
    `exercises: ${JSON.stringify(bank)}`,
    'limits: { time_ms: 2000 }',
    'assignments:',
    '  - { id: code, title: Code, due: 2026-10-12T23:59:00+03:30, exercises: [relu-derivative] }',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'course.yaml'), text);
  return dir;
}

async function check(solution: string): Promise<{ code: number; result: StudentResult }> {
  const student = join(mkdtempSync(join(root, 'class-')), 's001');
  mkdirSync(student);
  writeFileSync(join(student, 'solution.ts'), solution);
  let out = '';
  const ctx = {
    cwd: course(),
    env: {},
    stdout: { write: (text: string) => void (out += text), isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    exitCode: 0,
  };
  const code = await runCli(['check', student, '--json'], ctx);
  return { code, result: JSON.parse(out) as StudentResult };
}

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
