// The hostile answers files of the issue, written to a temporary folder: each is refused
// with a clear problem, and reading them never hangs, throws or reads a huge file whole.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswers, loadStudentFolder } from '../../grader/submission/index.ts';
import { en } from '../messages/english.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'grader-answers-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(root, 'student-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Ten levels of ten aliases each: 10^10 values if expanded. */
function aliasBomb(): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

/** Deterministic junk: every byte value, NUL included. */
const binaryJunk = Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 2654435761) >>> 24);

describe('loadAnswers on hostile files', () => {
  it.each<[string, () => Record<string, string | Uint8Array>, string]>([
    ['a 50 MB file', () => ({ 'answers.yaml': Buffer.alloc(50 * 1024 * 1024, 'die-three: 0.167\n') }), 'answers-too-large'],
    ['binary junk', () => ({ 'answers.yaml': binaryJunk }), 'answers-binary'],
    ['a 10,000-deep nested sequence', () => ({ 'answers.yaml': `die-three: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }), 'answers-too-deep'],
    ['a non-UTF-8 file', () => ({ 'answers.yaml': Buffer.from('die-three: 0,167 \xe9t\xe9\n', 'latin1') }), 'answers-not-utf8'],
    ['JSON that is a list', () => ({ 'answers.json': '[0.167, 0.5]' }), 'answers-not-a-mapping'],
  ])('%s is unreadable with a clear problem', async (_name, files, code) => {
    const answers = await loadAnswers(folder(files()));
    expect(answers).toMatchObject({ readable: false, problems: [{ code, severity: 'error' }] });
    const said = en(answers?.problems[0]);
    expect(said).not.toContain(`[${code}]`);
    expect(said.length).toBeLessThan(300);
  });

  it('an alias bomb costs only the answers it inflates', async () => {
    const answers = await loadAnswers(folder({ 'answers.yaml': `${aliasBomb()}die-three: 0.167\n` }));
    expect(answers?.readable).toBe(true);
    expect(answers?.entries.get('l9')?.problem).toMatchObject({ code: expect.stringMatching(/^answer-too-(many-values|deep)$/), params: { id: 'l9' } });
    expect(answers?.entries.get('die-three')?.value).toBe('0.167');
  });

  it('a __proto__ key is just another answer', async () => {
    const answers = await loadAnswers(folder({ 'answers.json': '{"__proto__": {"polluted": true}, "die-three": "1/6"}' }));
    expect([...(answers?.entries.keys() ?? [])]).toEqual(['__proto__', 'die-three']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prefers answers.yaml, then answers.yml, then answers.json', async () => {
    expect((await loadAnswers(folder({ 'answers.json': '{"a": 1}', 'answers.yml': 'a: 2' })))?.file).toBe('answers.yml');
    expect(await loadAnswers(folder({}))).toBeUndefined();
  });
});

describe('loadStudentFolder', () => {
  it('reads the answers and the code file, named relative to the folder', async () => {
    const dir = folder({ 'answers.yaml': 'die-three: 0.167\n', 'solution.ts': 'export const f = (x: number) => x;\n' });
    const loaded = await loadStudentFolder(dir);
    expect(loaded.answers?.entries.get('die-three')?.value).toBe('0.167');
    expect(loaded.solution).toEqual({ file: 'solution.ts', text: 'export const f = (x: number) => x;\n' });
    expect(loaded.problems).toEqual([]);
  });
  it('warns when two answers files sit side by side', async () => {
    const loaded = await loadStudentFolder(folder({ 'answers.yaml': 'a: 1\n', 'answers.json': '{"a": 2}' }));
    expect(loaded.answers?.file).toBe('answers.yaml');
    expect(loaded.problems).toEqual([{ code: 'several-answers-files', params: { used: 'answers.yaml', ignored: 'answers.json' }, severity: 'warning', file: 'answers.json' }]);
  });
  it('accepts a single answers file under another name, and finds the code beside it', async () => {
    const dir = folder({ 'my-answers.yaml': 'die-three: 1/6\n', 'solution.js': 'export const f = (x) => x;\n' });
    const loaded = await loadStudentFolder(join(dir, 'my-answers.yaml'), true);
    expect(loaded.answers?.file).toBe('my-answers.yaml');
    expect(loaded.solution?.file).toBe('solution.js');
  });
  it('refuses a symbolic link that could point outside the folder', async () => {
    const dir = folder({});
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, 'instructor: key\n');
    symlinkSync(outside, join(dir, 'answers.yaml'));
    symlinkSync(outside, join(dir, 'solution.ts'));
    const loaded = await loadStudentFolder(dir);
    expect(loaded.answers).toMatchObject({ readable: false, problems: [{ code: 'not-a-regular-file' }] });
    expect(loaded.solution).toBeUndefined();
    expect(loaded.solutionProblem).toMatchObject({ code: 'not-a-regular-file', file: 'solution.ts' });
  });
  it('refuses a folder named like an answers file', async () => {
    const dir = folder({});
    mkdirSync(join(dir, 'answers.yaml'));
    expect((await loadStudentFolder(dir)).answers).toMatchObject({ readable: false, problems: [{ code: 'not-a-regular-file' }] });
  });
  it.each<[string, string | Uint8Array, string]>([
    ['too large', 'x'.repeat(300 * 1024), 'solution-too-large'],
    ['binary', binaryJunk, 'solution-binary'],
    ['not UTF-8', Buffer.from('const caf\xe9 = 1;\n', 'latin1'), 'solution-not-utf8'],
  ])('reports a code file that is %s', async (_name, content, code) => {
    const loaded = await loadStudentFolder(folder({ 'solution.ts': content }));
    expect(loaded.solution).toBeUndefined();
    expect(loaded.solutionProblem).toMatchObject({ code, file: 'solution.ts' });
    expect(loaded.problems).toContainEqual(loaded.solutionProblem);
  });
});
