import { describe, expect, it } from 'vitest';
import { comparatorFor, describeTolerance, withinTolerance } from '../../grader/compare/tolerance.ts';
import type { Message } from '../../grader/messages/message.ts';
import type { Tolerance } from '../../grader/spec/types.ts';
import { en } from '../messages/english.ts';

describe('tolerance rules at their boundaries', () => {
  it.each<[string, number, number, Tolerance, boolean]>([
    // abs: |s − t| ≤ a
    ['abs just inside', 0.5009, 0.5, { abs: 0.001 }, true],
    ['abs on the bound', 0.501, 0.5, { abs: 0.001 }, true],
    ['abs just outside', 0.5011, 0.5, { abs: 0.001 }, false],
    ['abs 0.167 for 1/6', 0.167, 1 / 6, { abs: 0.001 }, true],
    ['abs 0.17 for 1/6', 0.17, 1 / 6, { abs: 0.001 }, false],
    ['abs exact only', 1, 1, { abs: 0 }, true],
    ['abs exact only, off', 1.0000001, 1, { abs: 0 }, false],
    // rel: |s − t| ≤ r·|t|
    ['rel just inside', 101.9, 100, { rel: 0.02 }, true],
    ['rel on the bound', 102, 100, { rel: 0.02 }, true],
    ['rel just outside', 102.1, 100, { rel: 0.02 }, false],
    ['rel negative reference', -102, -100, { rel: 0.02 }, true],
    ['rel of zero accepts only zero', 1e-12, 0, { rel: 0.5 }, false],
    // both: |s − t| ≤ a + r·|t|
    ['both inside', 10.15, 10, { abs: 0.05, rel: 0.01 }, true],
    ['both on', 10.15, 10, { abs: 0.05, rel: 0.01 }, true],
    ['both outside', 10.16, 10, { abs: 0.05, rel: 0.01 }, false],
    ['both near zero uses abs', 0.04, 0, { abs: 0.05, rel: 0.01 }, true],
    // sigfigs: |s − t| < 0.51·10^(floor(log10|t|) − n + 1)
    ['3 sigfigs 0.167 for 1/6', 0.167, 1 / 6, { sigfigs: 3 }, true],
    ['3 sigfigs 0.17 for 1/6', 0.17, 1 / 6, { sigfigs: 3 }, false],
    ['3 sigfigs just inside', 0.2236, 0.2231435513, { sigfigs: 3 }, true],
    ['3 sigfigs just outside', 0.2237, 0.2231435513, { sigfigs: 3 }, false],
    ['3 sigfigs large', 1234, 1231.5, { sigfigs: 3 }, true],
    ['3 sigfigs large outside', 1237, 1231.5, { sigfigs: 3 }, false],
    ['3 sigfigs tiny', 9.54e-7, 0.25 ** 10, { sigfigs: 3 }, true],
    ['3 sigfigs of 0 as 2 decimals', 0.005, 0, { sigfigs: 3 }, true],
    ['3 sigfigs of 0 outside', 0.0052, 0, { sigfigs: 3 }, false],
    // decimals: |s − t| < 0.51·10^(−d)
    ['2 decimals 0.66', 0.66, 0.6590011, { decimals: 2 }, true],
    ['2 decimals just inside', 0.6641, 0.659, { decimals: 2 }, true],
    ['2 decimals just outside', 0.6642, 0.659, { decimals: 2 }, false],
    ['0 decimals', 3, 2.6, { decimals: 0 }, true],
  ])('%s: %d against %d', (_name, received, expected, tolerance, within) => {
    expect(withinTolerance(received, expected, tolerance)).toBe(within);
  });

  it.each<[number, number, boolean]>([
    [Number.NaN, Number.NaN, true],
    [0, Number.NaN, false],
    [Number.NaN, 0, false],
    [Infinity, Infinity, true],
    [-Infinity, -Infinity, true],
    [Infinity, -Infinity, false],
    [1e308, Infinity, false],
    [Infinity, 1e308, false],
  ])('%d against %d is %s whatever the rule', (received, expected, within) => {
    for (const tolerance of [{ abs: 1e300 }, { rel: 1 }, { sigfigs: 1 }, { decimals: 0 }, { abs: 1, rel: 1 }]) {
      expect(withinTolerance(received, expected, tolerance)).toBe(within);
    }
  });

  it.each<[Tolerance, string, Message, string]>([
    [{ abs: 0.005 }, 'abs', { code: 'tolerance.abs', params: { abs: 0.005 } }, 'within 0.005 of the expected value'],
    [{ rel: 0.01 }, 'rel', { code: 'tolerance.rel', params: { percent: 1 } }, 'within 1% of the expected value'],
    [{ abs: 0.001, rel: 0.01 }, 'both', { code: 'tolerance.abs-rel', params: { abs: 0.001, percent: 1 } }, 'within 0.001 plus 1% of the expected value'],
    [{ rel: 0.07 }, 'rel', { code: 'tolerance.rel', params: { percent: 7 } }, 'within 7% of the expected value'],
    [{ abs: 1e-9, rel: 1e-6 }, 'both', { code: 'tolerance.abs-rel', params: { abs: 1e-9, percent: 0.0001 } }, 'within 1e-9 plus 0.0001% of the expected value'],
    [{ sigfigs: 3 }, 'sigfigs', { code: 'tolerance.sigfigs', params: { sigfigs: 3 } }, 'correct to 3 significant figures'],
    [{ sigfigs: 1 }, 'sigfigs', { code: 'tolerance.sigfigs', params: { sigfigs: 1 } }, 'correct to 1 significant figure'],
    [{ decimals: 1 }, 'decimals', { code: 'tolerance.decimals', params: { decimals: 1 } }, 'correct to 1 decimal place'],
    [{ decimals: 2 }, 'decimals', { code: 'tolerance.decimals', params: { decimals: 2 } }, 'correct to 2 decimal places'],
  ])('%j is the %s rule, described as %j', (tolerance, id, described, text) => {
    expect(comparatorFor(tolerance).id).toBe(id);
    expect(describeTolerance(tolerance)).toEqual(described);
    expect(en(describeTolerance(tolerance))).toBe(text);
  });
});
