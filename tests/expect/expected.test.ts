import { describe, expect, it } from 'vitest';
import { expectedValues } from '../../grader/expect/index.ts';
import { resolveMisconceptions } from '../../grader/diagnose/index.ts';
import type { ExerciseSpec } from '../../grader/spec/types.ts';
import { en } from '../messages/english.ts';

const bce: ExerciseSpec = {
  id: 'bce-one',
  title: 'BCE of one example',
  topic: 'binary-cross-entropy',
  points: 2,
  prompt: 'y = 1, ŷ = {{yHat}}',
  params: { yHat: { default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } } },
  answer: { kind: 'scalar', reference: 'binaryCrossEntropyOne(1, yHat)' },
  misconceptions: [
    { use: 'log10-instead-of-ln' },
    { use: 'missing-minus-sign' },
    { use: 'swapped-y-and-yhat', reference: 'binaryCrossEntropyOne(yHat, 1)' },
  ],
};

describe('expected values', () => {
  it("computes the notes' BCE and each misconception's value for the variant", () => {
    const result = expectedValues(bce, { yHat: 0.8 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.expected).toBeCloseTo(0.2231, 4);
    const byId = Object.fromEntries(result.misconceptions.map((m) => [m.id, m.value]));
    expect(byId['log10-instead-of-ln']).toBeCloseTo(0.0969, 4);
    expect(byId['missing-minus-sign']).toBeCloseTo(-0.2231, 4);
    const swapped = result.misconceptions.find((m) => m.id === 'swapped-y-and-yhat');
    expect(swapped?.title).toEqual({ code: 'misconception.swapped-y-and-yhat.title' });
    expect(en(swapped?.title)).toBe('y and ŷ swapped');
  });
  it('reports a formula that fails for the variant instead of throwing', () => {
    const broken = { ...bce, answer: { kind: 'scalar' as const, reference: 'binaryCrossEntropyOne(1, yHat * 2)' } };
    expect(expectedValues(broken, { yHat: 0.8 })).toMatchObject({ ok: false, error: { code: 'argument-type' } });
  });
  it('resolves catalogue names and reports unknown or incomplete entries', () => {
    const resolved = resolveMisconceptions({
      misconceptions: [{ use: 'no-such-thing' }, { use: 'sigmoid-instead-of-softmax' }, { id: 'own', title: 'Own', reference: 'expected' }, { use: 'forgot-complement' }, { id: 'untitled', reference: 'expected', feedback: 'No title.' }],
    });
    expect(resolved.problems.map((p) => [p.index, p.code])).toEqual([
      [0, 'unknown-misconception'],
      [1, 'misconception-needs-reference'],
      [2, 'misconception-needs-feedback'],
      [4, 'misconception-needs-title'],
    ]);
    expect(resolved.misconceptions.map((m) => [m.id, m.reference])).toEqual([['forgot-complement', '1 - expected']]);
  });
});
