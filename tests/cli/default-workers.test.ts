import { describe, expect, it } from 'vitest';
import { defaultGradeWorkers, sandboxWorkersEach } from '../../grader/cli/actions/grade.ts';

describe('defaultGradeWorkers', () => {
  it.each<[number, number, number]>([
    [1000, 2, 1],
    [10000, 1, 1],
    [15, 2, 0],
    [1000, 4, 4],
    [1000, 16, 16],
    [15, 16, 0],
    [16, 16, 16],
  ])('%i students on %i cores: %i grade workers', (students, cores, workers) => {
    expect(defaultGradeWorkers(students, cores)).toBe(workers);
  });
});

describe('sandboxWorkersEach', () => {
  it.each<[number, number, number]>([
    [1, 2, 2],
    [2, 2, 1],
    [1, 1, 1],
    [1, 16, 2],
    [4, 4, 1],
    [16, 16, 1],
    [2, 16, 1],
  ])('%i grade workers on %i cores: %i sandbox workers each', (workers, cores, each) => {
    expect(sandboxWorkersEach(workers, cores)).toBe(each);
  });
});
