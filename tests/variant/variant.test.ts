import { describe, expect, it } from 'vitest';
import { createRng, drawParam, drawVariant } from '../../grader/variant/index.ts';
import type { ExerciseSpec } from '../../grader/spec/types.ts';
import { checkKind } from '../../reference/index.ts';

const exercise: Pick<ExerciseSpec, 'id' | 'params'> = {
  id: 'bce-one',
  params: {
    yHat: { default: 0.8, number: { min: 0.05, max: 0.95, step: 0.05 } },
    z: { default: [2, 1, 0.1], vector: { length: 3, min: -3, max: 3, step: 0.1 } },
    c: { default: 0, integer: { min: 0, max: 2 } },
    y: { derived: 'oneHot(c, 3)' },
    p: { default: [0.7, 0.2, 0.1], distribution: { length: 3, step: 0.05 } },
  },
};

function values(studentId?: string) {
  const result = drawVariant(exercise, { salt: 'fall-2026', ...(studentId === undefined ? {} : { studentId }) });
  if (!result.ok) throw new Error(result.problem.message);
  return result.values;
}

describe('variants', () => {
  it('uses the defaults when no student is given, derived ones computed', () => {
    expect(values()).toEqual({ yHat: 0.8, z: [2, 1, 0.1], c: 0, y: [1, 0, 0], p: [0.7, 0.2, 0.1] });
  });
  it('gives a student the same numbers every time and neighbours different ones', () => {
    expect(values('s001')).toEqual(values('s001'));
    const distinct = new Set(['s001', 's002', 's003', 's004', 's005'].map((id) => JSON.stringify(values(id))));
    expect(distinct.size).toBe(5);
  });
  it('changes with the course salt', () => {
    const other = drawVariant(exercise, { salt: 'spring-2027', studentId: 's001' });
    expect(other.ok && JSON.stringify(other.values)).not.toBe(JSON.stringify(values('s001')));
  });
  it('draws within ranges, on the step, and distributions that sum to exactly 1', () => {
    for (let i = 0; i < 200; i++) {
      const v = values(`student-${i}`);
      const yHat = v.yHat as number;
      expect(yHat).toBeGreaterThanOrEqual(0.05);
      expect(yHat).toBeLessThanOrEqual(0.95);
      expect(Math.abs(yHat * 20 - Math.round(yHat * 20))).toBeLessThan(1e-9);
      expect(String(yHat).length).toBeLessThanOrEqual(4);
      for (const zi of v.z as number[]) expect(zi >= -3 && zi <= 3).toBe(true);
      expect(checkKind('one-hot', v.y!)).toBeUndefined();
      expect(checkKind('distribution', v.p!)).toBeUndefined();
      expect((v.p as number[]).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      expect((v.p as number[]).every((x) => x > 0)).toBe(true);
    }
  });
  it('keeps a parameter the same when another is added', () => {
    const more = { ...exercise, params: { extra: { default: 1, integer: { min: 0, max: 9 } }, ...exercise.params } };
    const a = drawVariant(more, { salt: 'x', studentId: 's1' });
    const b = drawVariant(exercise, { salt: 'x', studentId: 's1' });
    expect(a.ok && b.ok && a.values.z).toEqual(b.ok && b.values.z);
  });
  it('reports a cycle among derived parameters and a failing formula as problems', () => {
    const cycle = drawVariant({ id: 'e', params: { a: { derived: 'b + 1' }, b: { derived: 'a + 1' } } }, { salt: 's' });
    expect(cycle).toMatchObject({ ok: false, problem: { code: 'derived-cycle' } });
    const bad = drawVariant({ id: 'e', params: { a: { derived: 'softmax(3)' } } }, { salt: 's' });
    expect(bad).toMatchObject({ ok: false, problem: { param: 'a', code: 'argument-type' } });
  });
  it('draws uniformly enough to use every choice', () => {
    const rng = createRng('a', 'b');
    const seen = new Set<unknown>();
    for (let i = 0; i < 100; i++) seen.add(drawParam({ default: 1, choice: [1, 2, 3] }, rng));
    expect(seen).toEqual(new Set([1, 2, 3]));
  });
});
