import { describe, expect, it } from 'vitest';
import { functionSource } from '../../grader/grade/function-source.ts';

const file = [
  '// my solution',
  'export function relu(x: number): number {',
  "  const s = '}'; // a brace in a string and a comment }",
  '  return x > 0 ? x : 0;',
  '}',
  '',
  'export const leakyRelu = (x: number, slope = 0.01) =>',
  '  x > 0 ? x : slope * x;',
  '',
  'export function softmax(z: number[]): number[] {',
  '  const m = Math.max(...z);',
  '  /* } */',
  '  const e = z.map((v) => Math.exp(v - m));',
  '  return e.map((v) => v / e.reduce((a, b) => a + b, 0));',
  '}',
  'function helper() {}',
].join('\n');

describe('the code of one function in a solution file', () => {
  it.each([
    ['relu', 2, 5],
    ['leakyRelu', 7, 8],
    ['softmax', 10, 15],
  ])('finds %s on lines %d–%d', (name, from, to) => {
    expect(functionSource(file, name)).toBe(file.split('\n').slice(from - 1, to).join('\n'));
  });
  it('gives the whole file when the function is not declared by name', () => {
    const cjs = 'module.exports = { elu: (x) => x };\n';
    expect(functionSource(cjs, 'elu')).toBe(cjs);
    expect(functionSource(file, 'sigmoid')).toBe(file);
  });
  it('does not take a longer name for the one asked', () => {
    expect(functionSource('function reluDerivative(x) {\n  return 1;\n}\nfunction relu(x) { return x; }\n', 'relu')).toBe('function relu(x) { return x; }');
  });
});
