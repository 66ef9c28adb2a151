// Files that are not what they should be: the loader reports them and goes on.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSpecFiles, loadExercises, MAX_SPEC_BYTES, parseExerciseText } from '../../grader/spec/index.ts';

const good = `id: good
title: Good
topic: sigmoid
points: 1
prompt: σ({{x}})?
params:
  x: { default: 2, choice: [1, 2, 3] }
answer:
  kind: scalar
  reference: sigmoid(x)
`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'grader-load-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('loading exercise files', () => {
  it('reports a file that is not UTF-8 and still checks the others', async () => {
    const dir = folder({ 'good.yaml': good, 'latin1.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]) });
    const loaded = await loadExercises([dir]);
    expect(loaded.problems).toEqual([expect.objectContaining({ code: 'not-utf8', file: join(dir, 'latin1.yaml') })]);
    expect(loaded.exercises.map((e) => e.id)).toEqual(['good']);
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const dir = folder({ 'huge.yaml': `id: huge\n# ${'x'.repeat(MAX_SPEC_BYTES)}\n` });
    const loaded = await loadExercises([dir]);
    expect(loaded.problems).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
  });

  it('reports a path that cannot be read', async () => {
    const loaded = await loadExercises([join(tmpdir(), 'no-such-folder-for-grader', 'x.yaml')]);
    expect(loaded.problems).toEqual([expect.objectContaining({ code: 'unreadable' })]);
  });

  it('skips dot folders, node_modules and non-YAML files, in a stable order', async () => {
    const dir = folder({ 'b/two.yml': good, 'a/one.yaml': good, '.git/x.yaml': good, 'node_modules/p/x.yaml': good, 'a/notes.md': '#' });
    expect((await findSpecFiles(dir)).map((f) => f.slice(dir.length + 1))).toEqual(['a/one.yaml', 'b/two.yml']);
  });

  it('reads a file saved with a byte-order mark', async () => {
    const dir = folder({ 'good.yaml': `\uFEFF${good}` });
    const loaded = await loadExercises([dir]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.exercises[0]?.id).toBe('good');
  });
});

describe('hostile YAML', () => {
  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    const problems = parseExerciseText(`${levels.join('\n')}\n`, 'bomb.yaml').problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', severity: 'error' })]);
  });

  it.each([
    ['deeply nested lists', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'spec-too-deep'],
    ['deeply nested mappings', `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`, 'spec-too-deep'],
  ])('reports %s as a problem, not a crash', (_name, text, code) => {
    const problems = parseExerciseText(text, 'deep.yaml').problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'error' && p.file === 'deep.yaml')).toBe(true);
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining([code]));
  });

  it('treats __proto__ as an unknown key, not as a prototype', () => {
    const problems = parseExerciseText(`${good}__proto__: { polluted: true }\n`, 'good.yaml').problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-key', line: 11, col: 1 })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
