// `grader check` on a folder with a solution file, in-process: a course of the bank's
// exercises written to a temporary folder, and the student's code beside it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';

const bank = join(import.meta.dirname, '../../exercises');

/** The 13 code exercises of the bank, in the course's order. */
export const CODE_EXERCISES = [
  'relu-function', 'relu-derivative', 'leaky-relu-function', 'leaky-relu-derivative', 'elu-function', 'elu-derivative',
  'step-function', 'step-derivative', 'sigmoid-function', 'sigmoid-derivative', 'softmax-function', 'bce-function', 'cce-function',
] as const;

export interface CheckOptions {
  /** The assignment's exercises (default: relu-derivative). */
  readonly exercises?: readonly string[];
  /** The course's `limits:` line, if any. */
  readonly limits?: string;
  readonly filename?: string;
}

export interface CheckRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function course(root: string, options: CheckOptions): string {
  const dir = mkdtempSync(join(root, 'course-'));
  const text = [
    'name: Introduction to machine learning',
    'salt: ml-intro-2026-autumn',
    `exercises: ${JSON.stringify(bank)}`,
    ...(options.limits ? [options.limits] : []),
    'assignments:',
    `  - { id: code, title: Code, due: 2026-10-12T23:59:00+03:30, exercises: [${(options.exercises ?? ['relu-derivative']).join(', ')}] }`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'course.yaml'), text);
  return dir;
}

/** Runs `grader check <student folder> [...args]` with the course as its working folder. */
export async function checkSolution(root: string, solution: string, options: CheckOptions = {}, args: readonly string[] = ['--json']): Promise<CheckRun> {
  const student = join(mkdtempSync(join(root, 'class-')), 's001');
  mkdirSync(student);
  writeFileSync(join(student, options.filename ?? 'solution.ts'), solution);
  let out = '';
  let err = '';
  const ctx = {
    cwd: course(root, options),
    env: {},
    stdout: { write: (text: string) => void (out += text), isTTY: false },
    stderr: { write: (text: string) => void (err += text), isTTY: false },
    exitCode: 0,
  };
  const code = await runCli(['check', student, ...args], ctx);
  return { code, out, err };
}

export async function checkJson(root: string, solution: string, options: CheckOptions = {}): Promise<{ code: number; result: StudentResult }> {
  const run = await checkSolution(root, solution, options);
  return { code: run.code, result: JSON.parse(run.out) as StudentResult };
}
