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
    const problems = JSON.parse(ctx.out()).problems as { code: string; line: number; message: string }[];
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
