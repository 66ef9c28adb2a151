import { describe, expect, it } from 'vitest';
import { caretLines, formatProblem, formatProblems } from '../../grader/cli/format-problems.ts';
import type { Problem } from '../../grader/problem.ts';

const source = 'answer:\n  kind: scalar\n  reference: softmx(z)\n';
const problem: Problem = {
  code: 'unknown-reference',
  severity: 'error',
  message: "'softmx' is not a reference function",
  file: '/course/exercises/softmax/x.yaml',
  line: 3,
  col: 14,
  length: 6,
};
const options = { colour: false, displayFile: (file: string) => file.replace('/course/', ''), sourceOf: () => source };

describe('formatting problems', () => {
  it('prints file:line:col, severity and code, the source line and carets under the fault', () => {
    expect(formatProblem(problem, options)).toBe(
      [
        "exercises/softmax/x.yaml:3:14: error unknown-reference: 'softmx' is not a reference function",
        '    reference: softmx(z)',
        '               ^^^^^^',
        '',
      ].join('\n'),
    );
  });

  it('prints only the head line when the file has no text or no position', () => {
    const unreadable: Problem = { code: 'not-utf8', severity: 'error', message: 'not UTF-8', file: '/course/x.yaml' };
    expect(formatProblem(unreadable, options)).toBe('x.yaml: error not-utf8: not UTF-8\n');
  });

  it('keeps tabs under tabs so the caret lines up', () => {
    expect(caretLines('\tx: {{z}}', 5, 5)).toEqual(['\tx: {{z}}', '\t   ^^^^^']);
  });

  it('shows a window of a long line with the caret still under the fault', () => {
    const line = `prompt: ${'a'.repeat(300)}{{oops}}${'b'.repeat(300)}`;
    const [text, carets] = caretLines(line, 309, 8);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(text.slice(carets.indexOf('^'), carets.indexOf('^') + 8)).toBe('{{oops}}');
  });

  it('lists errors before warnings, then counts them', () => {
    const warning: Problem = { ...problem, code: 'id-mismatch', severity: 'warning', line: 1, col: 1, length: 6 };
    const text = formatProblems([warning, problem], 3, options);
    expect(text.indexOf('error unknown-reference')).toBeLessThan(text.indexOf('warning id-mismatch'));
    expect(text.endsWith('3 files checked: 1 error, 1 warning\n')).toBe(true);
    expect(formatProblems([], 1, options)).toBe('1 file checked: no problems\n');
  });

  it('colours only when asked', () => {
    expect(formatProblem(problem, { ...options, colour: true })).toContain('\u001b[31m');
    expect(formatProblem(problem, options)).not.toContain('\u001b[');
  });
});
