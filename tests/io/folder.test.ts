// Output folders are made one level at a time, with a reason when they cannot be: Node's
// recursive mkdir never returns for a folder under /proc, and a path through a file threw a
// raw error that reached the user as an internal error. The CLI checks --out before working.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import { ensureFolderSync, makeFolderSync } from '../../grader/io/folder.ts';
import { fakeContext } from '../cli/fake-context.ts';
import { writeClass, writeCourse } from '../e2e/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeFolderSync', () => {
  it('makes every missing level, and is content with a folder that is there', () => {
    const deep = join(dir, 'a/b/c');
    expect(makeFolderSync(deep)).toBeUndefined();
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(makeFolderSync(deep)).toBeUndefined();
  });

  it('says when the path is a file, or runs through one', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(makeFolderSync(join(dir, 'file'))).toBe(`${join(dir, 'file')} is a file, not a folder`);
    expect(makeFolderSync(join(dir, 'file/inner'))).toBe(`${join(dir, 'file/inner')}: a part of the path is a file`);
    expect(() => ensureFolderSync(join(dir, 'file'))).toThrow('is a file, not a folder');
  });

  it.runIf(process.platform === 'linux')('answers at once for a folder under /proc, where it cannot be made', () => {
    expect(makeFolderSync('/proc/grader-output/results')).toMatch(/^cannot create \/proc\/grader-output: /);
  });

  it.runIf(process.getuid?.() !== 0)('says permission denied for a folder it may not write in', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    expect(makeFolderSync(join(locked, 'out'))).toBe(`cannot create ${join(locked, 'out')}: permission denied`);
  });
});

describe('--out that cannot be a folder', () => {
  let course: string;
  beforeAll(() => {
    course = writeCourse(dir);
    writeClass(dir);
    writeFileSync(join(dir, 'taken'), 'a file where the output would go\n');
  });

  it.each([
    ['grade', (out: string) => ['grade', 'submissions', '--course', course, '--out', out]],
    ['report', (out: string) => ['report', 'submissions', '--out', out]],
    ['merge', (out: string) => ['merge', 'submissions', '--out', out]],
  ])('grader %s says so and exits 2, without a stack trace', async (command, argv) => {
    const ctx = fakeContext(dir);
    const code = await runCli(argv('taken'), ctx);
    expect(code).toBe(2);
    expect(ctx.err()).toContain(`grader ${command}: --out taken: ${join(dir, 'taken')} is a file, not a folder`);
    expect(ctx.err()).not.toContain('    at ');
  });

  it.runIf(process.platform === 'linux')('grader grade answers for --out under /proc instead of hanging', async () => {
    const ctx = fakeContext(dir);
    expect(await runCli(['grade', 'submissions', '--course', course, '--out', '/proc/graded'], ctx)).toBe(2);
    expect(ctx.err()).toMatch(/^grader grade: --out \/proc\/graded: cannot create \/proc\/graded: /);
  });
});
