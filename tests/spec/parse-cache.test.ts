// The cache of parsed exercise files: what it gives back is exactly what parsing gives, and
// anything that could make it differ (the text, the check options, the grader) is a miss.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, findSpecFiles, loadCourse, parseCacheIn, parseExerciseText, type ParsedExercise } from '../../grader/spec/index.ts';

const COURSE = new URL('../../exercises/course.yaml', import.meta.url).pathname;
const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'grader-parse-cache-'));

const sigmoid = (x: number) => `id: sigmoid-of-x
title: Sigmoid
topic: sigmoid
points: 1
prompt: σ({{x}})?
params:
  x: { default: ${x}, choice: [1, 2, 3] }
answer:
  kind: scalar
  reference: sigmoid(x)
`;

describe('the parse cache', () => {
  it('gives back, for every file of the bank, exactly what parsing gave', async () => {
    const folder = tempFolder();
    const fresh = await loadCourse(COURSE, { samples: 0 });
    const filling = await loadCourse(COURSE, { samples: 0, cache: parseCacheIn(folder, 'grader A') });
    const served = await loadCourse(COURSE, { samples: 0, cache: parseCacheIn(folder, 'grader A') });
    const specs = (await findSpecFiles(join(COURSE, '..'))).filter((file) => !file.endsWith('course.yaml'));
    expect(readdirSync(folder)).toHaveLength(specs.length);
    for (const loaded of [filling, served]) {
      expect(loaded.files).toStrictEqual(fresh.files);
      expect(loaded.problems).toStrictEqual(fresh.problems);
      expect(loaded.exercises).toStrictEqual(fresh.exercises);
    }
  });

  it('keeps values JSON would lose', () => {
    const cache = parseCacheIn(tempFolder(), 'grader A');
    const parsed = { file: 'odd.yaml', problems: [], exercise: { params: { values: [-0, Number.NaN, Infinity, -Infinity, 1e-310] } } } as unknown as ParsedExercise;
    cache.keep('odd.yaml', 'text', DEFAULT_CHECK_OPTIONS, parsed);
    const back = cache.get('odd.yaml', 'text', DEFAULT_CHECK_OPTIONS) as unknown as { exercise: { params: { values: number[] } } };
    expect(back.exercise.params.values.map((value) => Object.is(value, -0) || value)).toEqual([true, Number.NaN, Infinity, -Infinity, 1e-310]);
  });

  it('misses when the text, the check options or the grader differ', () => {
    const folder = tempFolder();
    const file = join(folder, 'sigmoid-of-x.yaml');
    const parsed = parseExerciseText(sigmoid(2), file);
    parseCacheIn(folder, 'grader A').keep(file, sigmoid(2), DEFAULT_CHECK_OPTIONS, parsed);
    expect(parseCacheIn(folder, 'grader A').get(file, sigmoid(2), DEFAULT_CHECK_OPTIONS)).toStrictEqual(parsed);
    expect(parseCacheIn(folder, 'grader A').get(file, sigmoid(3), DEFAULT_CHECK_OPTIONS)).toBeUndefined();
    expect(parseCacheIn(folder, 'grader A').get(file, sigmoid(2), { ...DEFAULT_CHECK_OPTIONS, salt: 'another course' })).toBeUndefined();
    expect(parseCacheIn(folder, 'grader B').get(file, sigmoid(2), DEFAULT_CHECK_OPTIONS)).toBeUndefined();
    expect(parseCacheIn(folder, 'grader A').get(join(folder, 'elsewhere.yaml'), sigmoid(2), DEFAULT_CHECK_OPTIONS)).toBeUndefined();
  });

  it('keeps one entry per file: an edited file replaces its entry', () => {
    const folder = tempFolder();
    const cache = parseCacheIn(folder, 'grader A');
    const file = join(folder, 'sigmoid-of-x.yaml');
    for (const x of [1, 2, 3]) cache.keep(file, sigmoid(x), DEFAULT_CHECK_OPTIONS, parseExerciseText(sigmoid(x), file));
    expect(readdirSync(folder)).toHaveLength(1);
    expect(cache.get(file, sigmoid(3), DEFAULT_CHECK_OPTIONS)?.exercise?.params).toEqual({ x: { default: 3, choice: [1, 2, 3] } });
    expect(cache.get(file, sigmoid(1), DEFAULT_CHECK_OPTIONS)).toBeUndefined();
  });

  it('treats an entry it cannot read as a miss, and a folder it cannot write as no cache', async () => {
    const folder = tempFolder();
    const cache = parseCacheIn(folder, 'grader A');
    const file = join(folder, 'sigmoid-of-x.yaml');
    cache.keep(file, sigmoid(2), DEFAULT_CHECK_OPTIONS, parseExerciseText(sigmoid(2), file));
    const [entry] = readdirSync(folder);
    for (const damage of [Buffer.from('not what V8 wrote'), Buffer.alloc(0), readFileSync(join(folder, entry!)).subarray(0, 40)]) {
      writeFileSync(join(folder, entry!), damage);
      expect(cache.get(file, sigmoid(2), DEFAULT_CHECK_OPTIONS)).toBeUndefined();
    }
    // A file where the folder should be: nothing can be written, and loading still works.
    const blocked = join(tempFolder(), 'cache');
    writeFileSync(blocked, '');
    const loaded = await loadCourse(COURSE, { samples: 0, cache: parseCacheIn(blocked, 'grader A') });
    expect(loaded.exercises).toHaveLength(41);
  });
});
