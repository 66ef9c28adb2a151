// `grader validate` run in-process with fake streams: exit codes, output formats.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../grader/cli/context.ts';
import { runCli } from '../../grader/cli/main.ts';

function fakeContext(cwd: string): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdout: { write: (text) => void (out += text), isTTY: false },
    stderr: { write: (text) => void (err += text), isTTY: false },
    exitCode: 0,
    out: () => out,
    err: () => err,
  };
}

const bank = join(import.meta.dirname, '../../exercises');

function copyOfBank(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grader-validate-'));
  cpSync(bank, join(dir, 'exercises'), { recursive: true });
  return dir;
}

describe('grader validate', () => {
  it('exits 0 on the bank, from the course folder found in the working folder', async () => {
    const dir = copyOfBank();
    const ctx = fakeContext(dir);
    expect(await runCli(['validate'], ctx)).toBe(0);
    expect(ctx.out()).toMatch(/^\d+ files checked: no problems\n$/);
  });

  it('exits 1 with file:line:col diagnostics on a malformed spec', async () => {
    const dir = copyOfBank();
    const file = join(dir, 'exercises/softmax/softmax-three-logits.yaml');
    writeFileSync(file, `# yaml-language-server: $schema=../exercise.schema.json
id: softmax-three-logits
title: Softmax
topic: softmax
points: 4
prompt: z = {{z}}
params:
  z: { default: [2, 1, 0.1], vector: { length: 3, min: 0.1, max: 4 } }
answer:
  kind: vector
  reference: softmx(z)
`);
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'exercises'], ctx)).toBe(1);
    expect(ctx.out()).toContain('exercises/softmax/softmax-three-logits.yaml:11:14: error unknown-reference:');
    expect(ctx.out()).toContain('  reference: softmx(z)\n               ^^^^^^\n');
  });

  it('accepts due dates in an IANA time zone, and points at a zone that does not exist or a time the clocks skip', async () => {
    const dir = copyOfBank();
    const file = join(dir, 'exercises/course.yaml');
    const course = readFileSync(file, 'utf8');
    writeFileSync(file, course.replace('due: 2026-10-12T23:59:00+03:30', 'due: 2026-10-12T23:59 Asia/Tehran'));
    const good = fakeContext(dir);
    expect(await runCli(['validate', 'exercises'], good)).toBe(0);
    writeFileSync(
      file,
      course
        .replace('time_zone: Asia/Tehran', 'time_zone: Mars/Olympus_Mons')
        .replace('due: 2026-10-12T23:59:00+03:30', 'due: 2026-03-29T02:30 Europe/Berlin')
        .replace('due: 2026-10-19T23:59:00+03:30', 'due: 2026-10-19T23:59 Asia/Tehrn'),
    );
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'exercises', '--json'], ctx)).toBe(1);
    // Errors only: without a usable course the bank's variants are sampled without its salt, and
    // some warnings (colliding misconceptions) depend on which variants are drawn.
    const problems = (JSON.parse(ctx.out()).problems as { code: string; line: number; message: string; severity: string }[]).filter((p) => p.severity === 'error');
    expect(problems.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'bad-time-zone', line: 6 },
      { code: 'bad-date', line: 10 },
      { code: 'bad-date', line: 32 },
    ]);
    expect(problems[0]!.message).toContain('"Mars/Olympus_Mons" is not an IANA time zone');
    expect(problems[1]!.message).toContain('does not exist in Europe/Berlin: the clocks skip that time');
    expect(problems[2]!.message).toContain('"Asia/Tehrn" is not an IANA time zone');
  });

  it('prints the problems as data with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-validate-'));
    mkdirSync(join(dir, 'sigmoid'));
    writeFileSync(join(dir, 'sigmoid/s.yaml'), 'id: s\ntitle: S\ntopic: sigmoid\npoints: 1\nprompt: σ(2)?\nanswer: { kind: scalar, reference: sigmoid(2), tolerence: {} }\n');
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', '--json', 'sigmoid'], ctx)).toBe(1);
    const report = JSON.parse(ctx.out());
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.problems).toEqual([expect.objectContaining({ file: 'sigmoid/s.yaml', code: 'unknown-key', line: 6, col: 48, severity: 'error' })]);
  });

  it('checks a single exercise file under the settings of its course', async () => {
    const dir = copyOfBank();
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'exercises/probability/die-face.yaml'], ctx)).toBe(0);
    expect(ctx.out()).toBe('1 file checked: no problems\n');
  });

  it.each([
    [['validate', 'no-such-folder'], /no such file or folder/],
    [['validate', 'package.json'], /not a YAML file/],
    [['validate', '--frobnicate'], /unknown option/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const ctx = fakeContext(join(import.meta.dirname, '../..'));
    expect(await runCli(argv, ctx)).toBe(2);
    expect(ctx.err()).toMatch(message);
  });

  it('exits 2 on a folder without any spec file', async () => {
    const ctx = fakeContext(mkdtempSync(join(tmpdir(), 'grader-empty-')));
    expect(await runCli(['validate', '.'], ctx)).toBe(2);
    expect(ctx.err()).toMatch(/no exercise files/);
  });
});

describe('grader validate on hostile and mistyped exercise files (issue 12, item 13)', () => {
  const head = 'title: T\ntopic: sigmoid\npoints: 1\nprompt: σ(2)?\nanswer: { kind: scalar, reference: sigmoid(2) }\n';

  it('says which type a key expects when it gets a number of the wrong type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-validate-'));
    mkdirSync(join(dir, 'sigmoid'));
    writeFileSync(join(dir, 'sigmoid/s.yaml'), `id: 42\n${head}`);
    writeFileSync(join(dir, 'sigmoid/t.yaml'), `id: t\n${head.replace('reference: sigmoid(2) }', 'reference: sigmoid(2), tolerance: { sigfigs: 2.5 } }')}`);
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', '--json', 'sigmoid'], ctx)).toBe(1);
    const problems = (JSON.parse(ctx.out()) as { problems: { file: string; code: string; line: number; col: number; message: string }[] }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'sigmoid/s.yaml', code: 'wrong-type', line: 1, col: 5, message: 'id: expected text, got the number 42 (e.g. softmax-three-logits)' }),
      expect.objectContaining({ file: 'sigmoid/t.yaml', code: 'wrong-type', line: 6, col: 70, message: 'answer.tolerance.sigfigs: expected a whole number, got the number 2.5' }),
    ]);
    expect(ctx.out()).not.toMatch(/finite/);
  });

  it('still calls an infinite number not finite where a number is expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-validate-'));
    mkdirSync(join(dir, 'sigmoid'));
    writeFileSync(join(dir, 'sigmoid/s.yaml'), `id: s\n${head.replace('points: 1', 'points: .inf')}`);
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', 'sigmoid'], ctx)).toBe(1);
    expect(ctx.out()).toContain('sigmoid/s.yaml:4:9: error not-finite: points: Infinity is not allowed; use a finite number');
  });

  it.each([
    ['flow lists', () => `hints: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 7, 40],
    ['flow mappings', () => `hints: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, 7, 136],
    ['block lists', () => `hints:\n${Array.from({ length: 600 }, (_, i) => `${' '.repeat(i + 1)}-`).join('\n')}\n`, 39, 33],
    // So deep that the YAML parser's own stack gives out first: its error is turned into ours.
    ['block mappings', () => `hints:\n${Array.from({ length: 900 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`, undefined, undefined],
  ])('reports %s nested thousands deep by file:line:col, not as a stack overflow, and checks the other files', async (_name, nested, line, col) => {
    const dir = copyOfBank();
    const file = join(dir, 'exercises/sigmoid/deep.yaml');
    writeFileSync(file, `id: deep\n${head}${nested()}`);
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', '--json', 'exercises'], ctx)).toBe(1);
    const report = JSON.parse(ctx.out()) as { files: number; problems: { file: string; code: string; line: number; col: number; message: string }[] };
    expect(report.problems).toEqual([expect.objectContaining({ file: 'exercises/sigmoid/deep.yaml', code: 'spec-too-deep', severity: 'error' })]);
    const [problem] = report.problems;
    expect(problem).toMatchObject({ line: line ?? expect.any(Number), col: col ?? expect.any(Number) });
    expect(problem!.line).toBeGreaterThanOrEqual(7);
    expect(problem!.message).toMatch(/nested more than 32 levels deep/);
    expect(ctx.out()).not.toMatch(/call stack/i);
    // The course's 41 exercise files and course.yaml were checked besides.
    expect(report.files).toBeGreaterThanOrEqual(43);
  });
});
