import { describe, expect, it } from 'vitest';
import { defaultGradeWorkers } from '../../grader/cli/actions/grade.ts';

describe('defaultGradeWorkers', () => {
  it.each<[number, number, number]>([
    [1000, 2, 0],
    [10000, 1, 0],
    [1000, 4, 4],
    [1000, 16, 16],
    [15, 16, 0],
    [16, 16, 16],
  ])('%i students on %i cores: %i grade workers', (students, cores, workers) => {
    expect(defaultGradeWorkers(students, cores)).toBe(workers);
  });
});
