import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, writeFileAtomic } from '../../grader/io/atomic.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'grader-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates missing folders, writes the bytes and leaves no temporary file', async () => {
    const path = join(folder, 'out', 'reports', 's001.html');
    await writeFileAtomic(path, '<p>first</p>');
    await writeFileAtomic(path, new TextEncoder().encode('<p>second</p>'));
    expect(await readFile(path, 'utf8')).toBe('<p>second</p>');
    expect(await readdir(join(folder, 'out', 'reports'))).toEqual(['s001.html']);
  });

  it('leaves a complete file when writers race for the same path', async () => {
    const path = join(folder, 'gradebook.csv');
    const contents = Array.from({ length: 20 }, (_, i) => `writer ${i} `.repeat(5000));
    await Promise.all(contents.map((text) => writeFileAtomic(path, text)));
    expect(contents).toContain(await readFile(path, 'utf8'));
    expect(await readdir(folder)).toEqual(['gradebook.csv']);
  });

  it('fails without leaving its temporary file when the target cannot be replaced', async () => {
    await mkdir(join(folder, 'summary.html'));
    await expect(writeFileAtomic(join(folder, 'summary.html'), 'x')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['summary.html']);
  });
});

describe('removeStaleTemporaryFiles', () => {
  it('removes what a killed run left and keeps files of running processes and everything else', async () => {
    // Above Linux's PID_MAX_LIMIT (2^22): no process can have this id.
    const dead = `.s001.html.${2 ** 22 + 7}.0123456789ab.tmp`;
    const mine = `.s002.html.${process.pid}.0123456789ab.tmp`;
    for (const name of [dead, mine, 's001.html', '.hidden-notes.tmp']) await writeFile(join(folder, name), 'x');
    await removeStaleTemporaryFiles(folder);
    expect((await readdir(folder)).sort()).toEqual([mine, '.hidden-notes.tmp', 's001.html'].sort());
  });

  it('is quiet about a folder that does not exist', async () => {
    await expect(removeStaleTemporaryFiles(join(folder, 'nowhere'))).resolves.toBeUndefined();
  });
});
