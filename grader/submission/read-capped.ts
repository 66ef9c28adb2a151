// Reading a file from a student's folder: only a regular file (not a symbolic link, a
// folder or a pipe, which could point outside the folder or block), and never more than
// `max` bytes of it, whatever size it claims: a 50 MB file is refused after a stat.
// Synchronous, since a batch reads a few small files for each of thousands of students.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { message } from '../messages/message.ts';
import { fileProblem, toError, type StudentFileProblem } from '../problem.ts';

export type CappedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: StudentFileProblem }
  | { readonly ok: false; readonly absent: true };

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readCappedSync(path: string, file: string, max: number, tooLarge: (size: number) => StudentFileProblem): CappedRead {
  const notRegular: CappedRead = { ok: false, problem: fileProblem(message('not-a-regular-file', { file }), file) };
  try {
    const link = lstatSync(path);
    if (!link.isFile()) return notRegular;
    if (link.size > max) return { ok: false, problem: tooLarge(link.size) };
    const fd = openSync(path, FLAGS);
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return notRegular;
      if (stats.size > max) return { ok: false, problem: tooLarge(stats.size) };
      // One byte more than the file's size tells a file that grew since the stat from one
      // that did not; reading goes on (up to `max` + 1) so that a grown file is still refused.
      let buffer = new Uint8Array(Math.min(max, stats.size) + 1);
      let length = 0;
      for (;;) {
        if (length === buffer.length && buffer.length <= max) {
          const larger = new Uint8Array(Math.min(max + 1, buffer.length * 2));
          larger.set(buffer);
          buffer = larger;
        }
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > max) return { ok: false, problem: tooLarge(length) };
      }
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  } catch (thrown: unknown) {
    const error = toError(thrown) as NodeJS.ErrnoException;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { ok: false, absent: true };
    if (error.code === 'ELOOP') return notRegular;
    return { ok: false, problem: fileProblem(message('unreadable-file', { file, error: error.message }), file) };
  }
}

export async function readCapped(path: string, file: string, max: number, tooLarge: (size: number) => StudentFileProblem): Promise<CappedRead> {
  return readCappedSync(path, file, max, tooLarge);
}
