// Choice and function answers: the checks particular to each kind, by code and position.
import { describe, expect, it } from 'vitest';
import { parseExerciseText } from '../../grader/spec/index.ts';

const choice = `id: output-layer
title: The output layer
topic: binary-vs-multiclass
points: 1
prompt: A network has K = {{k}} classes. Which output layer?
params:
  k: { default: 3, choice: [2, 3, 4] }
answer:
  kind: choice
  options:
    - { id: one-sigmoid, label: One sigmoid neuron }
    - { id: k-softmax, label: K softmax neurons }
  reference: step(k - 3)
`;

const relu = `id: relu-derivative
title: ReLU's derivative
topic: activations
points: 3
prompt: Export reluDerivative(x).
answer:
  kind: function
  name: reluDerivative
  signature: '(x: number) => number'
  args:
    - { name: x, kind: number }
  reference: reluDerivative(x)
  returns: number
  cases:
    visible:
      - { x: 2 }
      - { x: -1 }
    random:
      count: 3
      args:
        x: { default: 1, number: { min: -5, max: 5 } }
  conventions:
    - at: { x: 0 }
      accept: [0, 1]
`;

const withCorrect = choice.replace('  reference: step(k - 3)\n', '  correct: [k-softmax]\n');

const cases = [
  { name: 'a clean choice answer', file: 'output-layer', yaml: choice, code: undefined },
  { name: 'a clean function answer', file: 'relu-derivative', yaml: relu, code: undefined },
  { name: 'a correct id that is no option', file: 'output-layer', yaml: withCorrect.replace('[k-softmax]', '[softmax]'), code: 'unknown-option', line: 13, col: 13 },
  { name: 'two correct options in a single choice', file: 'output-layer', yaml: withCorrect.replace('[k-softmax]', '[k-softmax, one-sigmoid]'), code: 'too-many-correct', line: 13, col: 12 },
  { name: 'both correct and reference', file: 'output-layer', yaml: choice.replace('  reference:', '  correct: [k-softmax]\n  reference:'), code: 'conflicting-keys', line: 14, col: 3 },
  { name: 'neither correct nor reference', file: 'output-layer', yaml: choice.replace('  reference: step(k - 3)\n', ''), code: 'missing-key', line: 8, col: 1 },
  { name: 'an option id used twice', file: 'output-layer', yaml: choice.replace('id: k-softmax', 'id: one-sigmoid'), code: 'duplicate-option', line: 12, col: 13 },
  { name: 'a reference index past the options', file: 'output-layer', yaml: choice.replace('step(k - 3)', 'step(k - 3) + 1'), code: 'answer-shape', line: 13, col: 14 },
  { name: 'a misconception on a choice nobody computes', file: 'output-layer', yaml: `${withCorrect}misconceptions:\n  - { id: k-sigmoid, reference: '1', feedback: No., title: K sigmoids }\n`, code: 'unused-misconception', line: 14, col: 1, severity: 'warning' },
  { name: 'a case without the argument', file: 'relu-derivative', yaml: relu.replace('- { x: -1 }', '- { y: -1 }'), code: 'missing-argument', line: 17, col: 9 },
  { name: 'a case with an argument the function lacks', file: 'relu-derivative', yaml: relu.replace('- { x: -1 }', '- { x: -1, slope: 2 }'), code: 'unknown-argument', line: 17, col: 18 },
  { name: 'a case argument of the wrong kind', file: 'relu-derivative', yaml: relu.replace('- { x: -1 }', '- { x: [1, 2] }'), code: 'argument-type', line: 17, col: 14 },
  { name: 'a convention at an undeclared argument', file: 'relu-derivative', yaml: relu.replace('at: { x: 0 }', 'at: { z: 0 }'), code: 'unknown-argument', line: 23, col: 13 },
  { name: 'a convention that leaves out the reference value', file: 'relu-derivative', yaml: relu.replace('accept: [0, 1]', 'accept: [1]'), code: 'convention-excludes-reference', line: 24, col: 15, severity: 'warning' },
  { name: 'random cases for an undeclared argument', file: 'relu-derivative', yaml: relu.replace('        x: { default: 1', '        z: { default: 1'), code: 'unknown-argument', line: 21, col: 9 },
  { name: 'a reference the cases make infinite', file: 'relu-derivative', yaml: relu.replace('reference: reluDerivative(x)', 'reference: 1 / (x + 1)'), code: 'not-finite', line: 17, col: 9 },
  { name: 'a function misconception equal on every case', file: 'relu-derivative', yaml: `${relu}misconceptions:\n  - { id: same, reference: 'reluDerivative(x) * 1', feedback: Same., title: Same }\n`, code: 'ambiguous-misconception', line: 26, col: 28 },
  { name: 'a function misconception not finite on any case', file: 'relu-derivative', yaml: `${relu}misconceptions:\n  - { id: never, reference: 'x / 0', feedback: Never., title: Never }\n`, code: 'not-finite', line: 26, col: 29, severity: 'warning' },
  // A function can return Infinity too (1 / x at 0, as a student's code might): nothing to warn of.
  { name: 'a function misconception not finite on some cases', file: 'relu-derivative', yaml: `${relu.replace('- { x: -1 }', '- { x: -1 }\n      - { x: 0 }')}misconceptions:\n  - { id: overflow, title: Overflow, reference: 'reluDerivative(x) + 1 / x - 1 / x', feedback: Overflows. }\n`, code: undefined },
] as const;

describe('choice and function answers', () => {
  it.each(cases)('$name', (c) => {
    const problems = parseExerciseText(c.yaml, `exercises/x/${c.file}.yaml`).problems;
    if (c.code === undefined) {
      expect(problems).toEqual([]);
      return;
    }
    const severity = 'severity' in c ? c.severity : 'error';
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: c.code, line: c.line, col: c.col, severity })]));
  });
});
