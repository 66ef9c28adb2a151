// The worked examples of the course notes, number for number.
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyOne,
  categoricalCrossEntropy,
  categoricalCrossEntropyOne,
  complement,
  decide,
  ln,
  log,
  log10,
  probability,
  sigmoid,
  softmax,
  sparseCategoricalCrossEntropy,
  total,
  vanishingGradientBound,
  argmax,
  predictClass,
  oneHot,
} from '../../reference/index.ts';

describe('probability', () => {
  it('gives P(3) = 1/6 ≈ 0.167 for a fair die', () => {
    expect(probability(1, 6)).toBe(1 / 6);
    expect(probability(1, 6)).toBeCloseTo(0.167, 3);
  });
  it('gives a fair coin 0.5 and its complement 0.5', () => {
    expect(probability(1, 2)).toBe(0.5);
    expect(complement(probability(1, 2))).toBe(0.5);
  });
  it('gives P(Y=0) = 0.6 when the sigmoid output is 0.4', () => {
    expect(complement(0.4)).toBeCloseTo(0.6, 12);
  });
});

describe('sigmoid and softmax on z = [2, 1, 0.1]', () => {
  const z = [2, 1, 0.1];
  it('softmax gives [0.659, 0.242, 0.099] summing to 1', () => {
    const p = softmax(z);
    expect(p[0]).toBeCloseTo(0.659, 3);
    expect(p[1]).toBeCloseTo(0.242, 3);
    expect(p[2]).toBeCloseTo(0.099, 3);
    expect(total(p)).toBeCloseTo(1, 12);
  });
  it('sigmoid of each logit gives [0.88, 0.73, 0.52], summing to 2.13: not a distribution', () => {
    const s = z.map(sigmoid);
    expect(s[0]).toBeCloseTo(0.88, 2);
    expect(s[1]).toBeCloseTo(0.73, 2);
    expect(s[2]).toBeCloseTo(0.52, 2);
    // The notes add the rounded values: 0.88 + 0.73 + 0.52 = 2.13 (exactly, 2.137).
    expect(total(s.map((v) => Math.round(v * 100) / 100))).toBeCloseTo(2.13, 10);
    expect(total(s)).toBeCloseTo(2.137, 3);
  });
  it('softmax is stable: [1000, 1001, 1002] gives the values of [0, 1, 2]', () => {
    const big = softmax([1000, 1001, 1002]);
    expect(big.every(Number.isFinite)).toBe(true);
    softmax([0, 1, 2]).forEach((p, i) => expect(big[i]).toBeCloseTo(p, 14));
  });
  it("decides class 1 only above the threshold 0.5, as the notes do (greater than 0.5 → class 1, otherwise class 0)", () => {
    expect(decide(0.5)).toBe(0);
    expect(decide(0.5000001)).toBe(1);
    expect(decide(0.4)).toBe(0);
    expect(decide(sigmoid(0))).toBe(0);
    expect(decide(0.7, 0.7)).toBe(0);
  });
  it('writes a class as a one-hot vector and rejects a class outside 0..k−1', () => {
    expect(oneHot(1, 3)).toEqual([0, 1, 0]);
    expect(() => oneHot(3, 3)).toThrow(RangeError);
  });
  it('picks the class of the largest logit', () => {
    expect(argmax(softmax(z))).toBe(0);
    expect(predictClass([0.1, 3, 2])).toBe(1);
  });
});

describe('cross-entropy', () => {
  it('BCE(y = 1, ŷ = 0.8) ≈ 0.2231', () => {
    expect(binaryCrossEntropyOne(1, 0.8)).toBeCloseTo(0.2231, 4);
    expect(binaryCrossEntropy([1], [0.8])).toBeCloseTo(-Math.log(0.8), 12);
  });
  it('the classic mistake, log10, gives 0.0969 instead', () => {
    expect(-log10(0.8)).toBeCloseTo(0.0969, 4);
  });
  it('BCE is a mean over the batch', () => {
    expect(binaryCrossEntropy([1, 0], [0.8, 0.2])).toBeCloseTo(0.2231, 4);
  });
  it('CCE([1,0,0], [0.7,0.2,0.1]) ≈ 0.3567, from one-hot targets and from class indices', () => {
    expect(categoricalCrossEntropyOne([1, 0, 0], [0.7, 0.2, 0.1])).toBeCloseTo(0.3567, 4);
    expect(categoricalCrossEntropy([[1, 0, 0]], [[0.7, 0.2, 0.1]])).toBeCloseTo(0.3567, 4);
    expect(sparseCategoricalCrossEntropy([0], [[0.7, 0.2, 0.1]])).toBeCloseTo(0.3567, 4);
  });
  it('clips a prediction of 0 to eps = 1e-7, as Keras does, and lets the caller change eps', () => {
    expect(binaryCrossEntropyOne(1, 0)).toBeCloseTo(-Math.log(1e-7), 10);
    expect(binaryCrossEntropyOne(1, 0, 1e-3)).toBeCloseTo(-Math.log(1e-3), 10);
  });
  it('rejects batches whose lengths differ and class indices out of range', () => {
    expect(() => binaryCrossEntropy([1, 0], [0.5])).toThrow(RangeError);
    expect(() => sparseCategoricalCrossEntropy([3], [[0.7, 0.2, 0.1]])).toThrow(RangeError);
  });
});

describe("the notes' table of common and natural logarithms", () => {
  it.each([
    [1, 0, 0],
    [2, 0.301029996, 0.693147181],
    [3, 0.477121255, 1.098612289],
    [4, 0.602059991, 1.386294361],
    [5, 0.698970004, 1.609437912],
    [6, 0.77815125, 1.791759469],
    [7, 0.84509804, 1.945910149],
    [8, 0.903089987, 2.079441542],
    [9, 0.954242509, 2.197224577],
    [10, 1, 2.302585093],
  ])('log10(%d) = %d and ln = %d', (n, common, natural) => {
    expect(log10(n)).toBeCloseTo(common, 8);
    expect(log(n, 10)).toBeCloseTo(common, 8);
    expect(ln(n)).toBeCloseTo(natural, 8);
    expect(log(n)).toBeCloseTo(natural, 8);
  });
  it('takes any base', () => {
    expect(log(8, 2)).toBe(3);
    expect(log(81, 3)).toBeCloseTo(4, 12);
  });
});

describe('vanishing gradient', () => {
  it.each([
    [1, 0.25],
    [2, 0.0625],
    [5, 0.0009765625],
  ])('%d sigmoid layers shrink a gradient to at most %d', (n, bound) => {
    expect(vanishingGradientBound(n)).toBe(bound);
  });
});
