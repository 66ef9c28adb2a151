// Whether shard folders make one class, decided from their records alone.
import { describe, expect, it } from 'vitest';
import { checkShards, type ShardRecord } from '../../grader/batch/shard-check.ts';

const shard = (name: string, index: number, count: number, course = 'c', roster = 'r'): ShardRecord => ({
  name,
  folder: `/x/${name}`,
  file: `/x/${name}/class-results.json`,
  run: { course, roster, shard: { index, count } },
});

describe('checkShards', () => {
  it('accepts every shard 1..n of one course and roster, in any order', () => {
    expect(checkShards([shard('b', 2, 3), shard('c', 3, 3), shard('a', 1, 3)], false)).toEqual({ problems: [] });
  });

  it.each([
    [[shard('a', 1, 3), shard('b', 2, 4), shard('c', 3, 3)], ['shard-count-mismatch', 'shard-missing']],
    [[shard('a', 1, 2), shard('b', 2, 2, 'other')], ['shard-course-mismatch']],
    [[shard('a', 1, 2), shard('b', 2, 2, 'c', 'other')], ['shard-roster-mismatch']],
    [[shard('a', 1, 2), shard('b', 1, 2), shard('c', 2, 2)], ['shard-index-twice']],
    [[shard('a', 1, 2), { name: 'b', folder: '/x/b', file: '/x/b/class-results.json', run: { course: 'c', roster: 'r' } }], ['shard-unmarked', 'shard-missing']],
    [[shard('a', 1, 3)], ['shard-missing']],
  ])('refuses %#: %j', (records, codes) => {
    const { problems } = checkShards(records, false);
    expect(problems.map((p) => p.code)).toEqual(codes);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('with a partial merge allowed, missing shards are a warning and the record of what is missing', () => {
    expect(checkShards([shard('a', 1, 4), shard('c', 3, 4)], true)).toEqual({
      problems: [{ code: 'shard-missing', severity: 'warning', file: '/x/a', message: 'missing: shard 2/4, shard 4/4, and the students graded there; the output is marked partial' }],
      partial: { shards: 4, missing: [2, 4] },
    });
  });
});
