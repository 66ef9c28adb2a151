// What check --pack checks of a pack before grading from it (pack-shape.ts): a pack as grader
// pack writes it passes; each kind of damage is found at its place. And the published schema
// files are the ones the code generates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../grader/pack/build-pack.ts';
import { packFault, studentFault } from '../../grader/pack/pack-shape.ts';
import { PACK_SCHEMA_FILES } from '../../grader/pack/schema-files.ts';
import { loadCourse } from '../../grader/spec/index.ts';

const repo = join(import.meta.dirname, '../..');
const loaded = await loadCourse(join(repo, 'exercises/course.yaml'));

describe('the shape check of a pack', () => {
  const packs = ['week-1', 'week-2', 'week-3'].map((assignment) => {
    const built = buildPack({ course: loaded.course!, exercises: loaded.exercises, assignment });
    if (!built.ok) throw new Error(built.problem.message);
    return JSON.parse(JSON.stringify(built.value)) as Record<string, unknown> & { exercises: Record<string, unknown>[] };
  });

  it('passes every pack grader pack writes of the example course', () => {
    for (const pack of packs) expect(packFault(pack)).toBeUndefined();
    expect(studentFault({ format: 1, student: 'sara.ahmadi', variants: { 'die-face': { sides: 6, face: 3 }, 'softmax-three-logits': { z: [1, 2] } } })).toBeUndefined();
  });

  const damage = (edit: (pack: ReturnType<typeof copy>) => void) => {
    const pack = copy();
    edit(pack);
    return packFault(pack);
  };
  const copy = () => JSON.parse(JSON.stringify(packs[2])) as Record<string, unknown> & { exercises: Record<string, unknown>[] };

  it.each([
    ['no exercises', (p: ReturnType<typeof copy>) => void delete (p as Record<string, unknown>).exercises, '/exercises', 'a value here'],
    ['an answer of no kind', (p: ReturnType<typeof copy>) => void ((p.exercises[0]!.answer as Record<string, unknown>).kind = 'essay'), '/exercises/0/answer/kind', 'one of scalar, vector, choice, function'],
    ['a prompt that is not text', (p: ReturnType<typeof copy>) => void (p.exercises[1]!.prompt = 42), '/exercises/1/prompt', 'text'],
    ['visible cases that are not a list', (p: ReturnType<typeof copy>) => void ((p.exercises[2]!.answer as { cases: unknown }).cases = { visible: 'x' }), '/exercises/2/answer/cases/visible', 'a list'],
    ['an argument that is not a value', (p: ReturnType<typeof copy>) => void ((p.exercises[2]!.answer as { cases: { visible: unknown[] } }).cases.visible[0] = { x: 'three' }), '/exercises/2/answer/cases/visible/0/x', 'a number, a vector or a matrix'],
    ['a policy of another word', (p: ReturnType<typeof copy>) => void (p.policy = { verdicts: true, expected: 'later' }), '/policy/expected', 'one of never, after-due, always'],
    ['a course name without English', (p: ReturnType<typeof copy>) => void (p.course = { fa: 'درس' }), '/course/en', 'a value here'],
  ])('finds %s', (_what, edit, at, expected) => {
    expect(damage(edit)).toEqual({ at, expected });
  });

  it('finds a student file with numbers that are not numbers', () => {
    expect(studentFault({ format: 1, student: 's', variants: { 'die-face': { sides: '6' } } })).toEqual({ at: '/variants/die-face/sides', expected: 'a number, a vector or a matrix' });
  });
});

describe('the published pack schemas', () => {
  it.each(Object.keys(PACK_SCHEMA_FILES))('%s is the one the code generates (run `npm run schema` after changing it)', (path) => {
    expect(readFileSync(join(repo, path), 'utf8')).toBe(PACK_SCHEMA_FILES[path]);
  });
});
