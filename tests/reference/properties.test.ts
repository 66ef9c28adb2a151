// Properties of the reference implementation on many seeded random inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  categoricalCrossEntropy,
  DEFAULT_EPSILON,
  elu,
  eluDerivative,
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  step,
  stepDerivative,
  tanh,
  tanhDerivative,
  total,
  oneHot,
} from '../../reference/index.ts';

const runs = { seed: 20261127, numRuns: 500 };
const logit = fc.double({ min: -50, max: 50, noNaN: true });
const logits = fc.array(logit, { minLength: 1, maxLength: 12 });

describe('softmax', () => {
  it('gives a distribution: entries in [0, 1] summing to 1', () => {
    fc.assert(
      fc.property(logits, (z) => {
        const p = softmax(z);
        expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
        expect(total(p)).toBeCloseTo(1, 12);
      }),
      runs,
    );
  });
  it('is shift-invariant: softmax(z + c) = softmax(z), even for huge c', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: -1e4, max: 1e4, noNaN: true }), (z, c) => {
        const shifted = softmax(z.map((x) => x + c));
        softmax(z).forEach((p, i) => expect(shifted[i]).toBeCloseTo(p, 9));
      }),
      runs,
    );
  });
  it('keeps the order of the logits', () => {
    fc.assert(
      fc.property(logits, (z) => {
        const p = softmax(z);
        for (let i = 1; i < z.length; i++) if (z[i]! > z[i - 1]!) expect(p[i]!).toBeGreaterThanOrEqual(p[i - 1]!);
      }),
      runs,
    );
  });
});

// Each derivative against a central finite difference, away from the kink at 0.
const h = 1e-6;
const awayFromKink = fc.double({ min: -20, max: 20, noNaN: true }).filter((x) => Math.abs(x) > 1e-3);
const slope = fc.double({ min: 0.001, max: 0.5, noNaN: true });
const alpha = fc.double({ min: 0.1, max: 3, noNaN: true });

describe('derivatives match central finite differences', () => {
  it.each([
    ['sigmoid', sigmoid, sigmoidDerivative],
    ['tanh', tanh, tanhDerivative],
    ['ReLU', relu, reluDerivative],
    ['step', step, stepDerivative],
  ] as const)('%s′', (_name, f, df) => {
    fc.assert(
      fc.property(awayFromKink, (x) => {
        const numeric = (f(x + h) - f(x - h)) / (2 * h);
        expect(df(x)).toBeCloseTo(numeric, 5);
      }),
      runs,
    );
  });
  it('Leaky ReLU′ for any slope', () => {
    fc.assert(
      fc.property(awayFromKink, slope, (x, a) => {
        const numeric = (leakyRelu(x + h, a) - leakyRelu(x - h, a)) / (2 * h);
        expect(leakyReluDerivative(x, a)).toBeCloseTo(numeric, 5);
      }),
      runs,
    );
  });
  it('ELU′ for any alpha', () => {
    fc.assert(
      fc.property(awayFromKink, alpha, (x, a) => {
        const numeric = (elu(x + h, a) - elu(x - h, a)) / (2 * h);
        expect(eluDerivative(x, a)).toBeCloseTo(numeric, 5);
      }),
      runs,
    );
  });
  it("σ′ never exceeds 0.25, which it reaches at 0", () => {
    fc.assert(
      fc.property(logit, (x) => {
        expect(sigmoidDerivative(x)).toBeLessThanOrEqual(0.25);
      }),
      runs,
    );
    expect(sigmoidDerivative(0)).toBe(0.25);
  });
  it('uses the documented values at the kink', () => {
    expect([reluDerivative(0), leakyReluDerivative(0), eluDerivative(0), stepDerivative(0)]).toEqual([0, 0.01, 1, 0]);
    expect(leakyRelu(-3)).toBeCloseTo(-0.03, 12);
    expect(elu(-1)).toBeCloseTo(Math.exp(-1) - 1, 12);
  });
  it('sigmoid is finite and in [0, 1] for extreme inputs', () => {
    for (const x of [-1000, -745, 0, 745, 1000]) {
      const s = sigmoid(x);
      expect(s >= 0 && s <= 1 && Number.isFinite(s)).toBe(true);
    }
    expect(sigmoid(0)).toBe(0.5);
  });
});

describe('cross-entropy', () => {
  const clippedFloor = -Math.log(1 - DEFAULT_EPSILON);
  it('of a perfect prediction is 0 up to the clipping', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 20 }), (y) => {
        expect(binaryCrossEntropy(y, y)).toBeCloseTo(clippedFloor, 12);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 10 }), (classes) => {
        const targets = classes.map((c) => oneHot(c, 5));
        expect(categoricalCrossEntropy(targets, targets)).toBeCloseTo(clippedFloor, 12);
      }),
      runs,
    );
  });
  it('is positive and finite for any prediction, even 0 or 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const loss = binaryCrossEntropy(pairs.map(([y]) => y), pairs.map(([, p]) => p));
          expect(Number.isFinite(loss)).toBe(true);
          expect(loss).toBeGreaterThan(0);
          expect(loss).toBeLessThanOrEqual(-Math.log(DEFAULT_EPSILON) + 1e-9);
        },
      ),
      runs,
    );
  });
  it('is the mean, not the sum, of the per-example losses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: 0.01, max: 0.99, noNaN: true })), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const y = pairs.map(([t]) => t);
          const p = pairs.map(([, q]) => q);
          const each = pairs.map(([t, q]) => binaryCrossEntropy([t], [q]));
          expect(binaryCrossEntropy(y, p)).toBeCloseTo(total(each) / pairs.length, 10);
        },
      ),
      runs,
    );
  });
});
