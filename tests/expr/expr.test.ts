import { describe, expect, it } from 'vitest';
import { checkExpression, evaluate, namesIn, parseExpression } from '../../grader/expr/index.ts';
import type { Value } from '../../reference/index.ts';

function run(text: string, scope: Record<string, Value> = {}) {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  return evaluate(parsed.expr, new Map(Object.entries(scope)));
}

function value(text: string, scope: Record<string, Value> = {}): Value {
  const result = run(text, scope);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('evaluating reference expressions', () => {
  it('calls reference functions on parameters', () => {
    const p = value('softmax(z)', { z: [2, 1, 0.1] }) as number[];
    expect(p[0]).toBeCloseTo(0.659, 3);
  });
  it('maps a scalar function over a vector with .each', () => {
    const s = value('sigmoid.each(z)', { z: [2, 1, 0.1] }) as number[];
    expect(s.map((v) => Math.round(v * 100) / 100)).toEqual([0.88, 0.73, 0.52]);
  });
  it('does arithmetic with a scalar broadcast over a vector', () => {
    expect(value('binaryCrossEntropyOne(1, 0.8) / ln(10)')).toBeCloseTo(0.0969, 4);
    expect(value('100 * [0.5, 0.25]')).toEqual([50, 25]);
    expect(value('1 - expected', { expected: 0.4 })).toBeCloseTo(0.6, 12);
    expect(value('-2^2')).toBe(-4);
    expect(value('2^3^2')).toBe(512);
    expect(value('len(y) * 2', { y: [1, 0, 1] })).toBe(6);
  });
  it('takes named arguments and fills defaults', () => {
    expect(value('leakyRelu(-2)')).toBeCloseTo(-0.02, 12);
    expect(value('leakyRelu(-2, slope = 0.1)')).toBeCloseTo(-0.2, 12);
    expect(value('log(100, base = 10)')).toBeCloseTo(2, 12);
  });
  it.each([
    ['softmax(z', 'expression-syntax', 9],
    ['2 +', 'expression-syntax', 3],
    ['soft max(z)', 'expression-syntax', 5],
    ['', 'expression-syntax', 0],
    ['3 $ 4', 'expression-syntax', 2],
  ])('reports %j as %s at offset %d', (text, code, start) => {
    const parsed = parseExpression(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code, start });
  });
  it.each([
    ['softmx(z)', 'unknown-reference', 0],
    ['softmax(w)', 'unknown-name', 8],
    ['binaryCrossEntropyOne(y, 2)', 'argument-type', 25],
    ['softmax(1)', 'argument-type', 8],
    ['softmax.each(z)', 'not-elementwise', 0],
    ['leakyRelu(1, gradient = 2)', 'unknown-argument', 24],
    ['[1, 2] + [1, 2, 3]', 'shape-mismatch', 0],
    ['sparseCategoricalCrossEntropy([5], [[0.7, 0.2, 0.1]])', 'reference-error', 0],
  ])('fails on %j with %s at offset %d', (text, code, start) => {
    const result = run(text, { z: [1, 2], y: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, start });
  });
});

describe('static checks', () => {
  it('collects every unknown name, function and arity problem at once', () => {
    const parsed = parseExpression('softmx(a) + binaryCrossEntropyOne(y) + b');
    if (!parsed.ok) throw new Error('parse');
    const errors = checkExpression(parsed.expr, new Set(['y']));
    expect(errors.map((e) => [e.code, e.start])).toEqual([
      ['unknown-reference', 0],
      ['unknown-name', 7],
      ['wrong-arity', 12],
      ['unknown-name', 39],
    ]);
  });
  it('lists the names an expression reads', () => {
    const parsed = parseExpression('binaryCrossEntropy(y, yHat) * len(y)');
    if (!parsed.ok) throw new Error('parse');
    expect(namesIn(parsed.expr)).toEqual(['y', 'yHat']);
  });
});
