// Reading a file from a student's folder: only a regular file (not a symbolic link, a
// folder or a pipe, which could point outside the folder or block), and never more than
// `max` bytes of it, whatever size it claims: a 50 MB file is refused after a stat.
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { Problem } from '../problem.ts';
import { toError } from '../problem.ts';

export type CappedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: Problem }
  | { readonly ok: false; readonly absent: true };

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export async function readCapped(path: string, file: string, max: number, tooLarge: (size: number) => Problem): Promise<CappedRead> {
  const fail = (code: string, message: string): CappedRead => ({ ok: false, problem: { code, severity: 'error', message, file } });
  try {
    const link = await lstat(path);
    if (!link.isFile()) return fail('not-a-regular-file', `${file} is not a regular file (a link, a folder or a device); submit the file itself`);
    if (link.size > max) return { ok: false, problem: tooLarge(link.size) };
    const handle = await open(path, FLAGS);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return fail('not-a-regular-file', `${file} is not a regular file`);
      if (stats.size > max) return { ok: false, problem: tooLarge(stats.size) };
      // One byte more than allowed tells a file that grew since the stat from one that did not.
      const buffer = new Uint8Array(max + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > max) return { ok: false, problem: tooLarge(length) };
      }
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      await handle.close();
    }
  } catch (thrown: unknown) {
    const error = toError(thrown) as NodeJS.ErrnoException;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { ok: false, absent: true };
    if (error.code === 'ELOOP') return fail('not-a-regular-file', `${file} is a symbolic link; submit the file itself`);
    return fail('unreadable-file', `${file} cannot be read: ${error.message}`);
  }
}
