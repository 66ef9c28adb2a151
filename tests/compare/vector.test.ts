import { describe, expect, it } from 'vitest';
import { vectorChecks } from '../../grader/compare/checks/index.ts';
import { compareVectors } from '../../grader/compare/vector.ts';
import type { Tolerance } from '../../grader/spec/types.ts';
import { en } from '../messages/english.ts';

const softmax = [0.6590011388859679, 0.24243297070471392, 0.09856589040931818];

describe('compareVectors', () => {
  it.each<[string, number[], Tolerance, boolean[]]>([
    ["the notes' rounded softmax", [0.66, 0.24, 0.1], { abs: 0.005 }, [true, true, true]],
    ['one entry just outside', [0.66, 0.24, 0.1036], { abs: 0.005 }, [true, true, false]],
    ['one entry on the bound', [0.66, 0.24, 0.10356589040931818], { abs: 0.005 }, [true, true, true]],
    ['sigmoid values', [0.88, 0.73, 0.52], { abs: 0.005 }, [false, false, false]],
    ['3 significant figures', [0.659, 0.242, 0.0986], { sigfigs: 3 }, [true, true, true]],
    ['2 significant figures are not 3', [0.66, 0.24, 0.0986], { sigfigs: 3 }, [false, false, true]],
  ])('%s', (_name, received, tolerance, within) => {
    const comparison = compareVectors(received, softmax, tolerance);
    expect(comparison).toEqual({ ok: true, within, correct: within.filter(Boolean).length });
  });
  it.each<[number[]]>([[[0.66, 0.24]], [[0.66, 0.24, 0.1, 0]], [[]]])('reports a length mismatch of %j as its own outcome', (received) => {
    expect(compareVectors(received, softmax, { abs: 0.005 })).toEqual({ ok: false, lengthMismatch: { received: received.length, expected: 3 } });
  });
});

describe('structural checks', () => {
  const sumsToOne = vectorChecks.get('sums-to-one')!;
  const probabilities = vectorChecks.get('probabilities')!;
  it.each<[string, number[], Tolerance, boolean]>([
    ['exactly 1', [0.7, 0.2, 0.1], { abs: 0.005 }, true],
    ["the notes' rounding (1.00)", [0.66, 0.24, 0.1], { abs: 0.005 }, true],
    ['off by the sum of the widths, just inside', [0.66, 0.24, 0.1149], { abs: 0.005 }, true],
    ['just outside the sum of the widths', [0.66, 0.24, 0.1151], { abs: 0.005 }, false],
    ['sigmoid values (2.13)', [0.88, 0.73, 0.52], { abs: 0.005 }, false],
    ['exact tolerance needs an exact sum', [0.5, 0.5000001], { abs: 0 }, false],
  ])('sums-to-one: %s', (_name, values, tolerance, passes) => {
    expect(sumsToOne.check(values, tolerance) === undefined).toBe(passes);
  });
  it('says what the sum is', () => {
    const said = sumsToOne.check([0.88, 0.73, 0.52], { abs: 0.005 });
    expect(said).toEqual({ code: 'values-sum', params: { sum: expect.closeTo(2.13, 9) } });
    expect(en(said)).toBe('Your values add up to 2.13, not 1: the probabilities of all the classes must sum to 1.');
  });
  it.each<[number[], number | undefined, string | undefined]>([
    [[0, 0.5, 1], undefined, undefined],
    [[-0.01, 0.5, 0.51], 1, 'Entry 1 is -0.01, but a probability lies between 0 and 1.'],
    // Enough digits to show it is past 1: never "Entry 2 is 1".
    [[0.5, 1.0001], 2, 'Entry 2 is 1.0001, but a probability lies between 0 and 1.'],
    [[0.5, 1.00001], 2, 'Entry 2 is 1.00001, but a probability lies between 0 and 1.'],
    [[0.5, 4 / 3], 2, 'Entry 2 is 1.3333, but a probability lies between 0 and 1.'],
    [[0.5, Number.NaN], 2, 'Entry 2 is NaN, but a probability lies between 0 and 1.'],
  ])('probabilities: %j', (values, entry, text) => {
    const said = probabilities.check(values, { abs: 0.005 });
    if (entry === undefined) expect(said).toBeUndefined();
    else expect(said).toMatchObject({ code: 'entry-not-probability', params: { entry } });
    expect(said === undefined ? undefined : en(said)).toBe(text);
  });
  it('says a NaN entry as NaN in a result read back from JSON', () => {
    const said = JSON.parse(JSON.stringify(probabilities.check([0.5, Number.NaN], { abs: 0.005 })));
    expect(en(said)).toBe('Entry 2 is NaN, but a probability lies between 0 and 1.');
  });
});
