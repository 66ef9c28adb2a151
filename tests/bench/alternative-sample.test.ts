// The alternative's sample: every kind of code the class has, the rest in proportion, and
// each sampled student weighing the students of the class they stand for.
import { describe, expect, it } from 'vitest';
import { allocate, classWeightedMs, sampleStudents, type CodeKind, type CodeStudent } from '../../bench/alternative-sample.ts';

/** A class of 1,000 with code as the bench's has it: 5 loop, 3 exhaust memory, 20 do not parse. */
function benchLikeClass(): CodeStudent[] {
  const kindOf = (i: number): CodeKind => (i % 200 === 7 ? 'loops' : i % 333 === 5 ? 'memory' : i % 50 === 3 ? 'syntax-error' : 'loads');
  return Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, folder: `/class/s${i}`, solution: 'solution.ts', kind: kindOf(i) }));
}

describe('allocate', () => {
  it.each([
    [12, { loads: 9, 'syntax-error': 1, loops: 1, memory: 1 }],
    [4, { loads: 1, 'syntax-error': 1, loops: 1, memory: 1 }],
    [2, { loads: 1, 'syntax-error': 0, loops: 0, memory: 1 }],
    [100, { loads: 95, 'syntax-error': 2, loops: 1, memory: 2 }],
  ])('gives a sample of %i one of each kind, the commonest first, the rest by share', (size, expected) => {
    const counts = new Map<CodeKind, number>([
      ['loads', 950],
      ['syntax-error', 20],
      ['loops', 5],
      ['memory', 25],
    ]);
    const taken = allocate(counts, size);
    expect(Object.fromEntries(taken)).toEqual(expected);
    expect([...taken.values()].reduce((a, b) => a + b, 0)).toBe(size);
  });

  it('takes no more than the class has', () => {
    expect(Object.fromEntries(allocate(new Map<CodeKind, number>([['loads', 3], ['loops', 1]]), 12))).toEqual({ loads: 3, loops: 1 });
  });
});

describe('sampleStudents', () => {
  it('has the class’s loops and unparsable code, spread over the class, each weighing its kind’s share', () => {
    const students = benchLikeClass();
    const sample = sampleStudents(students, 12);
    expect(sample).toHaveLength(12);
    const count = (kind: CodeKind) => students.filter((s) => s.kind === kind).length;
    for (const kind of ['loops', 'syntax-error', 'memory'] as const) {
      const sampled = sample.filter((s) => s.kind === kind);
      expect(sampled).toHaveLength(1);
      expect(sampled[0]!.weight).toBe(count(kind));
    }
    const loads = sample.filter((s) => s.kind === 'loads');
    expect(loads.map((s) => s.weight)).toEqual(loads.map(() => count('loads') / loads.length));
    // Spread: from the first student to the last tenth of the class, in order.
    expect(Number(loads[0]!.id.slice(1))).toBe(0);
    expect(Number(loads[loads.length - 1]!.id.slice(1))).toBeGreaterThan(850);
    expect(sample.reduce((sum, s) => sum + s.weight, 0)).toBe(1000);
  });

  it('is the same sample every time', () => {
    expect(sampleStudents(benchLikeClass(), 12)).toEqual(sampleStudents(benchLikeClass(), 12));
  });
});

describe('classWeightedMs', () => {
  it('weighs each process by the students it stands for, over the processes run at once', () => {
    // 990 students whose process takes 1 s, 10 whose loop is ended at 5 s: 1.04 s a student, 0.52 s with two at once.
    expect(classWeightedMs([{ weight: 990, ms: 1000 }, { weight: 10, ms: 5000 }], 2)).toBeCloseTo(520, 9);
    expect(classWeightedMs([], 2)).toBe(0);
  });
});
