import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../grader/cli/check-report.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';

const base = { title: 'T', topic: 'probability', kind: 'scalar', prompt: 'p', variant: {}, hints: [] } as const;

const exercises: ExerciseResult[] = [
  { ...base, id: 'die-three', status: 'correct', score: 2, max: 2, feedback: [] },
  {
    ...base,
    id: 'bce-one',
    status: 'incorrect',
    score: 0,
    max: 2,
    feedback: ['This is the value with log base 10.', 'The expected value is 0.2231.'],
    misconception: { id: 'log10-instead-of-ln', title: 'Common logarithm instead of natural logarithm', feedback: 'This is the value with log base 10.' },
    hints: ['Use ln.'],
  },
  { ...base, id: 'odd', status: 'invalid', score: 0, max: 1, feedback: ['received "\u001b[2J\u202e"'] },
  {
    ...base,
    id: 'relu-code',
    kind: 'function',
    status: 'partial',
    score: 1.5,
    max: 3,
    feedback: [],
    cases: [
      { visibility: 'visible', status: 'fail', args: { x: 2 }, expected: 1, received: '0' },
      { visibility: 'hidden', status: 'fail', args: { x: 0.5 }, expected: 1, received: '0' },
      { visibility: 'random', status: 'fail', args: { x: 0.25 }, expected: 1, received: '0' },
    ],
    hidden: { failed: 2, total: 3 },
  },
];

const result: StudentResult = {
  student: { id: 's001' },
  course: 'ML',
  exercises,
  problems: [{ code: 'unknown-exercise', file: 'answers.yaml', line: 3, col: 1, message: '"x" is not an exercise of this course' }],
  score: 3.5,
  max: 8,
};

describe('renderCheck', () => {
  it('prints a status line per exercise, its feedback below, and a summary; problems apart', () => {
    const { out, err } = renderCheck(result, false);
    const lines = out.split('\n');
    expect(lines[0]).toBe('✓ correct    die-three  2/2');
    expect(lines[1]).toBe('✗ incorrect  bce-one    0/2');
    expect(lines[2]).toBe('    Mistake: Common logarithm instead of natural logarithm');
    expect(lines).toContain('    Hint: Use ln.');
    expect(lines).toContain('◐ partial    relu-code  1.5/3');
    expect(lines).toContain('    case (x = 2): fail; returned 0; expected 1');
    expect(lines).toContain('    2 of 3 hidden cases failed.');
    expect(out).not.toContain('x = 0.5');
    expect(out).not.toContain('x = 0.25');
    expect(out).not.toContain('random');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Score 3.5/8: 1 of 4 exercises correct.');
    expect(err).toBe('answers.yaml:3:1: unknown-exercise: "x" is not an exercise of this course\n');
  });
  it('uses colour only when asked, and never passes on escape codes from student text', () => {
    const plain = renderCheck(result, false).out;
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('\\u001b[2J\\u202e');
    const coloured = renderCheck(result, true).out;
    expect(coloured).toContain('\u001b[32m✓ correct  \u001b[0m');
    expect(coloured).toContain('\u001b[1mMistake: Common logarithm instead of natural logarithm\u001b[0m');
    expect(coloured).not.toContain('\u001b[2J');
  });
});
