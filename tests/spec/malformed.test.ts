// Malformed exercise specs, each as the YAML an instructor might write, with the
// diagnostic it must produce: asserted by code, line and column, never by message text.
import { describe, expect, it } from 'vitest';
import { parseExerciseText } from '../../grader/spec/index.ts';

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly code: string;
  readonly line: number;
  readonly col: number;
  readonly severity?: 'error' | 'warning';
}

const problemsOf = (yaml: string) => parseExerciseText(yaml, 'exercises/bce/bce-one.yaml').problems;

// The valid exercise every case departs from (so the table can show one change at a time).
const valid = `id: bce-one
title: BCE of one example
topic: binary-cross-entropy
points: 2
prompt: y = 1 and ŷ = {{yHat}}
params:
  yHat: { default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }
answer:
  kind: scalar
  reference: binaryCrossEntropyOne(1, yHat)
misconceptions:
  - use: log10-instead-of-ln
`;

const cases: readonly Case[] = [
  {
    name: 'an unclosed flow mapping',
    yaml: `id: bce-one
params:
  yHat: { default: 0.8, number: { min: 0.05 }
answer: 1
`,
    code: 'yaml-syntax',
    line: 4,
    col: 1,
  },
  {
    name: 'an empty file',
    yaml: '# yaml-language-server: $schema=../exercise.schema.json\n',
    code: 'wrong-type',
    line: 1,
    col: 1,
  },
  {
    name: 'a tab used for indentation',
    yaml: 'id: bce-one\nanswer:\n\tkind: scalar\n',
    code: 'yaml-syntax',
    line: 3,
    col: 1,
  },
  {
    name: 'a key given twice',
    yaml: valid.replace('points: 2\n', 'points: 2\ntitle: Again\n'),
    code: 'duplicate-key',
    line: 5,
    col: 1,
  },
  {
    name: 'points written as a word',
    yaml: valid.replace('points: 2', 'points: two'),
    code: 'wrong-type',
    line: 4,
    col: 9,
  },
  {
    name: 'an empty title',
    yaml: valid.replace('title: BCE of one example', 'title:'),
    code: 'wrong-type',
    line: 2,
    col: 1,
  },
  {
    name: 'no answer at all',
    yaml: valid.slice(0, valid.indexOf('answer:')),
    code: 'missing-key',
    line: 1,
    col: 1,
  },
  {
    name: 'an answer without its reference',
    yaml: valid.replace('  reference: binaryCrossEntropyOne(1, yHat)\n', ''),
    code: 'missing-key',
    line: 8,
    col: 1,
  },
  {
    name: 'a misspelt key in the answer',
    yaml: valid.replace('  kind: scalar\n', '  kind: scalar\n  tolerence: { abs: 0.01 }\n'),
    code: 'unknown-key',
    line: 10,
    col: 3,
  },
  {
    name: 'an unknown top-level key',
    yaml: `${valid}hint: think of ln\n`,
    code: 'unknown-key',
    line: 13,
    col: 1,
  },
  {
    name: 'a topic that is not a row of the course',
    yaml: valid.replace('topic: binary-cross-entropy', 'topic: binary-crossentropy'),
    code: 'bad-value',
    line: 3,
    col: 8,
  },
  {
    name: 'an answer kind that does not exist',
    yaml: valid.replace('kind: scalar', 'kind: scaler'),
    code: 'bad-value',
    line: 9,
    col: 3,
  },
  {
    name: 'an id that is not kebab-case',
    yaml: valid.replace('id: bce-one', 'id: BCE_one'),
    code: 'bad-value',
    line: 1,
    col: 5,
  },
  {
    name: 'zero points',
    yaml: valid.replace('points: 2', 'points: 0'),
    code: 'bad-value',
    line: 4,
    col: 9,
  },
  {
    name: 'a parameter name an expression cannot read',
    yaml: valid.replace('  yHat: {', '  y-hat: { default: 1, integer: { min: 0, max: 1 } }\n  yHat: {'),
    code: 'bad-name',
    line: 7,
    col: 3,
  },
  {
    name: 'a parameter without a range',
    yaml: valid.replace('{ default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }', '{ default: 0.8 }'),
    code: 'missing-key',
    line: 7,
    col: 3,
  },
  {
    name: 'a misspelt range kind',
    yaml: valid.replace('number: {', 'nmber: {'),
    code: 'unknown-key',
    line: 7,
    col: 25,
  },
  {
    name: 'a parameter with two ranges',
    yaml: valid.replace('step: 0.05 } }', 'step: 0.05 }, integer: { min: 0, max: 1 } }'),
    code: 'bad-value',
    line: 7,
    col: 71,
  },
  {
    name: 'a range bound written as text',
    yaml: valid.replace('max: 0.95', 'max: high'),
    code: 'wrong-type',
    line: 7,
    col: 51,
  },
  {
    name: 'a word inside a vector default',
    yaml: valid.replace(
      '  yHat: { default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }',
      '  yHat: { default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }\n  z: { default: [2, one, 0.1], vector: { length: 3, min: -3, max: 3 } }',
    ),
    code: 'wrong-type',
    line: 8,
    col: 21,
  },
  {
    name: 'a reference expression cut short',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyOne(1, yHat'),
    code: 'expression-syntax',
    line: 10,
    col: 43,
  },
  {
    name: 'a reference function that does not exist',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyUno(1, yHat)'),
    code: 'unknown-reference',
    line: 10,
    col: 14,
  },
  {
    name: 'a name that is not a parameter',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyOne(1, p)'),
    code: 'unknown-name',
    line: 10,
    col: 39,
  },
  {
    name: 'a call with too few arguments',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyOne(yHat)'),
    code: 'wrong-arity',
    line: 10,
    col: 14,
  },
  {
    name: 'a label that is not 0 or 1',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyOne(2, yHat)'),
    code: 'argument-type',
    line: 10,
    col: 36,
  },
  {
    name: 'a number where a vector is needed',
    yaml: valid.replace("reference: binaryCrossEntropyOne(1, yHat)", "reference: 'softmax(yHat)'"),
    code: 'argument-type',
    line: 10,
    col: 23,
  },
  {
    name: 'an expected answer that is infinite with the defaults',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', '1 / (yHat - 0.8)'),
    code: 'not-finite',
    line: 10,
    col: 14,
  },
  {
    name: "an expected answer that is infinite for some students' numbers",
    yaml: valid
      .replace('{ default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }', '{ default: 0.8, choice: [0.8, 0.5] }')
      .replace('binaryCrossEntropyOne(1, yHat)', '1 / (yHat - 0.5)'),
    code: 'not-finite',
    line: 10,
    col: 14,
  },
  {
    name: 'a placeholder that names no parameter',
    yaml: valid.replace('ŷ = {{yHat}}', 'ŷ = {{yhat}}'),
    code: 'unresolved-placeholder',
    line: 5,
    col: 23,
  },
  {
    name: 'a misconception within tolerance of the answer with the defaults',
    yaml: `${valid}  - id: rounding-noise\n    reference: expected + 0.00001\n    feedback: Too close to tell apart.\n    title: Rounding noise\n`,
    code: 'ambiguous-misconception',
    line: 14,
    col: 16,
  },
  {
    name: "a misconception that coincides with the answer for some students' numbers",
    yaml: valid
      .replace('{ default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } }', '{ default: 0.8, choice: [0.8, 0.5] }')
      .replace('binaryCrossEntropyOne(1, yHat)', 'complement(yHat)')
      .replace('- use: log10-instead-of-ln', '- use: forgot-complement'),
    code: 'ambiguous-misconception',
    line: 12,
    col: 10,
  },
  {
    name: 'a misconception the catalogue does not have',
    yaml: valid.replace('log10-instead-of-ln', 'log10-instad-of-ln'),
    code: 'unknown-misconception',
    line: 12,
    col: 10,
  },
  {
    name: 'a catalogue misconception that needs the formula of this exercise',
    yaml: valid.replace('log10-instead-of-ln', 'swapped-y-and-yhat'),
    code: 'misconception-needs-reference',
    line: 12,
    col: 10,
  },
  {
    name: 'an own misconception without feedback',
    yaml: `${valid}  - id: natural-log-of-label\n    reference: ln(yHat) * 2\n    title: ln of the label\n`,
    code: 'misconception-needs-feedback',
    line: 13,
    col: 9,
  },
  {
    name: 'an own misconception without a title',
    yaml: `${valid}  - id: natural-log-of-label\n    reference: ln(yHat) * 2\n    feedback: That is ln of the label.\n`,
    code: 'misconception-needs-title',
    line: 13,
    col: 9,
  },
  {
    name: 'a misconception listed twice',
    yaml: `${valid}  - use: log10-instead-of-ln\n`,
    code: 'duplicate-misconception',
    line: 13,
    col: 10,
  },
  {
    name: 'a default outside its range',
    yaml: valid.replace('default: 0.8', 'default: 1.8'),
    code: 'bad-default',
    line: 7,
    col: 20,
  },
  {
    name: 'a range whose min is above its max',
    yaml: valid.replace('min: 0.05, max: 0.95', 'min: 0.95, max: 0.05').replace('default: 0.8', 'default: 0.5'),
    code: 'bad-range',
    line: 7,
    col: 33,
  },
  {
    name: 'derived parameters that depend on each other',
    yaml: valid.replace('  yHat: {', '  a: { derived: b + 1 }\n  b: { derived: a * 2 }\n  yHat: {'),
    code: 'derived-cycle',
    line: 7,
    col: 17,
  },
  {
    name: 'a parameter named like the correct value',
    yaml: valid.replace('  yHat: {', '  expected: { default: 1, integer: { min: 0, max: 1 } }\n  yHat: {'),
    code: 'reserved-name',
    line: 7,
    col: 3,
  },
  {
    name: 'infinity written in YAML',
    yaml: valid.replace('points: 2', 'points: .inf'),
    code: 'not-finite',
    line: 4,
    col: 9,
  },
  {
    name: 'a scalar answer whose reference gives a vector',
    yaml: valid.replace('binaryCrossEntropyOne(1, yHat)', 'softmax([yHat, 1])'),
    code: 'answer-shape',
    line: 10,
    col: 14,
  },
  {
    name: 'tolerance rules that do not combine',
    yaml: valid.replace('  kind: scalar\n', '  kind: scalar\n  tolerance: { abs: 0.01, sigfigs: 3 }\n'),
    code: 'conflicting-keys',
    line: 10,
    col: 14,
    severity: 'warning',
  },
];

describe('malformed exercise specs', () => {
  it('starts from a spec that is clean', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it.each(cases)('$name: $code at $line:$col', ({ yaml, code, line, col, severity }) => {
    const problems = problemsOf(yaml);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ code, line, col, severity: severity ?? 'error' })]));
  });

  it('collects the problems of different parts of one file in one pass', () => {
    const yaml = valid
      .replace('topic: binary-cross-entropy', 'topic: bce')
      .replace('ŷ = {{yHat}}', 'ŷ = {{p}}')
      .replace('binaryCrossEntropyOne(1, yHat)', 'binaryCrossEntropyUno(1, yHat)')
      .replace('  kind: scalar\n', '  kind: scalar\n  tolerence: { abs: 0.01 }\n');
    expect(problemsOf(yaml).map((p) => [p.code, p.line, p.col])).toEqual([
      ['bad-value', 3, 8],
      ['unresolved-placeholder', 5, 23],
      ['unknown-key', 10, 3],
      ['unknown-reference', 11, 14],
    ]);
  });

  it('has at least twenty cases with different faults', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.yaml)).size).toBe(cases.length);
  });
});
