import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../grader/cli/check-report.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';

const catalogue = loadCatalogue('en').catalogue!;
const base = { title: { en: 'T' }, topic: 'probability', kind: 'scalar', prompt: { en: 'p' }, variant: {}, hints: [] } as const;

const exercises: ExerciseResult[] = [
  { ...base, id: 'die-three', status: 'correct', score: 2, max: 2, expected: 0.5, feedback: [] },
  {
    ...base,
    id: 'bce-one',
    status: 'incorrect',
    score: 0,
    max: 2,
    expected: 0.2231,
    // The named mistake is not repeated as feedback, nor the expected value as a sentence.
    feedback: [],
    misconception: { id: 'log10-instead-of-ln', title: { code: 'misconception.log10-instead-of-ln.title' }, feedback: { code: 'misconception.log10-instead-of-ln.feedback' } },
    hints: [{ en: 'Use ln.' }],
  },
  {
    ...base,
    id: 'odd',
    status: 'invalid',
    score: 0,
    max: 1,
    feedback: [{ code: 'answer-unreadable', params: { expected: { code: 'expected.number' }, received: { code: 'received.text', params: { text: '\u001b[2J\u202e' } }, example: '0.167' } }],
  },
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
  format: 2,
  student: { id: 's001' },
  course: { en: 'ML' },
  languages: ['en'],
  exercises,
  problems: [{ code: 'unknown-exercise', params: { id: 'x' }, file: 'answers.yaml', line: 3, col: 1 }],
  score: 3.5,
  max: 8,
};

describe('renderCheck', () => {
  it('prints a status line per exercise, its feedback below, and a summary; problems apart', () => {
    const { out, err } = renderCheck(result, catalogue, false);
    const lines = out.split('\n');
    expect(lines[0]).toBe('✓ Correct         die-three  2/2');
    expect(lines[1]).toBe('✗ Incorrect       bce-one    0/2');
    expect(lines[2]).toMatch(/^ {4}Common logarithm instead of natural logarithm: This is the value with log base 10\. /);
    expect(lines[3]).toBe('    Expected: 0.2231');
    expect(lines).toContain('    Hints: Use ln.');
    // Said once: not beside the answer that is right.
    expect(out).not.toContain('0.5');
    expect(out.match(/log base 10/g)).toHaveLength(1);
    expect(lines).toContain('◐ Partly correct  relu-code  1.5/3');
    expect(lines).toContain('    #1 (x = 2); Failed; Your function returned: 0; Expected: 1');
    expect(lines).toContain('    Hidden tests: 1 of 3 passed.');
    expect(out).not.toContain('x = 0.5');
    expect(out).not.toContain('x = 0.25');
    expect(out).not.toContain('random');
    expect(out).not.toContain('#2');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Score 3.5/8: 1 of 4 exercises correct.');
    expect(err).toBe('answers.yaml, line 3, column 1: x is not an exercise of this course.\n');
  });

  it('gives the expected entries of a vector once, as plain text has no table of them', () => {
    const vector: ExerciseResult = {
      ...base,
      id: 'softmax',
      kind: 'vector',
      status: 'partial',
      score: 2,
      max: 3,
      expected: [0.659, 0.2424, 0.09857],
      feedback: [{ code: 'entries-wrong', params: { correct: 2, total: 3, wrong: [3], incorrect: 1 } }],
      elements: [
        { index: 0, received: 0.66, expected: 0.659, correct: true },
        { index: 1, received: 0.24, expected: 0.2424, correct: true },
        { index: 2, received: 0.2, expected: 0.09857, correct: false },
      ],
    };
    const right: ExerciseResult = { ...vector, id: 'softmax-right', status: 'correct', score: 3, feedback: [], elements: vector.elements!.map((e) => ({ ...e, correct: true })) };
    const { expected: _, ...withheld } = vector;
    const hidden: ExerciseResult = { ...withheld, id: 'softmax-hidden', elements: vector.elements!.map(({ expected: _e, ...e }) => e) };
    const lines = renderCheck({ ...result, exercises: [vector, right, hidden], problems: [] }, catalogue, false).out.split('\n');
    expect(lines.slice(0, 3)).toEqual(['◐ Partly correct  softmax         2/3', '    2 of 3 entries are right; entry 3 is not.', '    Expected: [0.659, 0.2424, 0.09857]']);
    expect(lines.filter((line) => line.includes('Expected'))).toHaveLength(1);
  });

  it('uses colour only when asked, and never passes on escape codes from student text', () => {
    const plain = renderCheck(result, catalogue, false).out;
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('received \\u001b[2J\\u202e.');
    const coloured = renderCheck(result, catalogue, true).out;
    expect(coloured).toContain('\u001b[32m✓ Correct       \u001b[0m');
    expect(coloured).toMatch(/\u001b\[1mCommon logarithm instead of natural logarithm: This is the value with log base 10\.[^\u001b]*\u001b\[0m\n/);
    expect(coloured).not.toContain('\u001b[2J');
  });
});
