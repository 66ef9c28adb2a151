// A crash inside grading still ends in a results.json: score 0, the reason for the student,
// the stack trace in the log only (Gradescope hides the log from students).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import { fakeContext } from './fake-context.ts';

vi.mock('../../grader/gradescope/grade-submission.ts', () => ({
  gradeSubmission: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'answers')")),
}));

const root = mkdtempSync(join(tmpdir(), 'grader-gradescope-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('writes results.json with score 0 and the reason when grading throws, and exits 1', async () => {
  mkdirSync(join(root, 'submission'));
  const ctx = fakeContext(root);
  const results = join(root, 'results', 'results.json');
  const course = join(import.meta.dirname, '../../exercises/course.yaml');
  const code = await runCli(['gradescope', '--submission', 'submission', '--results', results, '--metadata', 'none.json', '--course', course, '--student', 's001'], ctx);
  expect(code).toBe(1);
  expect(existsSync(results)).toBe(true);
  const json = JSON.parse(readFileSync(results, 'utf8')) as { score: number; output: string; tests: unknown[] };
  expect(json).toMatchObject({ score: 0, tests: [] });
  expect(json.output).toContain("the grader failed (Cannot read properties of undefined (reading 'answers'))");
  expect(json.output).not.toContain('    at '); // no stack trace for the student
  expect(ctx.err()).toContain('internal error: TypeError');
});
