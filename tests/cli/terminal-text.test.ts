// Text that reaches a terminal from files and students is shown, not obeyed: a folder named
// with escape sequences, a message quoting them, a YAML line holding them.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../grader/cli/format-problems.ts';
import { printProblems } from '../../grader/cli/print-problems.ts';
import { visible, visibleLine } from '../../grader/cli/terminal-text.ts';
import type { Problem } from '../../grader/problem.ts';
import { fakeContext } from './fake-context.ts';

const ESC = '\u001b';
const HOSTILE = `bad${ESC}[31mRED${ESC}]0;pwned\u0007`;

describe('visible', () => {
  it.each([
    [`${ESC}[2J`, '\\u001b[2J'],
    ['bell\u0007', 'bell\\u0007'],
    ['c1 \u009b31m', 'c1 \\u009b31m'],
    ['rtl \u202eevil', 'rtl \\u202eevil'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['سارا احمدی ۰٫۱۶۷', 'سارا احمدی ۰٫۱۶۷'],
  ])('%j is shown as %j', (text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  it('shows tabs and newlines too in a single-line field', () => {
    expect(visibleLine('a\tb\nc')).toBe('a\\u0009b\\u000ac');
  });
});

describe('problems on a terminal', () => {
  const problem: Problem = { code: 'student-id', severity: 'warning', file: `esc/${HOSTILE}`, message: `student id "${HOSTILE}" is not an id` };

  it('printProblems shows a hostile folder name and message without an escape character', () => {
    const ctx = fakeContext('/');
    printProblems(ctx, [problem], (path) => path);
    expect(ctx.err()).not.toContain(ESC);
    expect(ctx.err()).not.toContain('\u0007');
    expect(ctx.err()).toContain('esc/bad\\u001b[31mRED\\u001b]0;pwned\\u0007: warning student-id');
  });

  it('formatProblem escapes the file, the message and the source line, but keeps its own colours', () => {
    const located: Problem = { ...problem, file: 'answers.yaml', line: 1, col: 5 };
    const text = formatProblem(located, { colour: true, displayFile: (f) => f, sourceOf: () => `die: ${HOSTILE}` });
    const withoutOwnColours = text.replace(/\u001b\[(?:\d+)m/g, '');
    expect(withoutOwnColours).not.toContain(ESC);
    expect(text).toContain('die: bad\\u001b[31mRED');
    expect(text).toContain('\u001b[1manswers.yaml:1:5\u001b[0m');
  });
});
