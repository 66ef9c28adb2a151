// Every report, result and gradebook is written through here, so that a run killed at any
// moment leaves either the old file or the new one, never half of one: the bytes go to a
// temporary file in the same folder (a rename is only atomic within one file system), and
// the temporary file is renamed over the target.
//
// That is all a killed process (kill -9, Ctrl-C, an out-of-memory kill) needs: the kernel
// keeps what was written and renamed. A power cut or a kernel crash can still lose writes the
// disk had not received, leaving a renamed file empty; `durable` closes that gap by flushing
// the file (fsync) before the rename and the folder after it. It costs a disk flush per file
// (BENCHMARKS.md has the numbers), so it is an option: `--durable` on the commands that write.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Flush the file and its folder to disk, so that the write survives a power cut (default false). */
  readonly durable?: boolean;
}

/**
 * Writes `data` to `path` atomically, creating missing folders. Synchronous: a batch writes
 * thousands of small files, for which one blocking call each costs far less than the
 * promises and thread-pool round trips of the asynchronous API.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const folder = dirname(path);
  // Dot-prefixed and unique per process and call, so that parallel writers never share one.
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(folder, { recursive: true });
    fd = openSync(temporary, 'wx');
  }
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written, bytes.byteLength - written);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error: unknown) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
    throw error;
  }
  if (options.durable) syncFolder(folder);
}

/** The same, for callers that write one file at a time among other asynchronous work. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  writeFileAtomicSync(path, data, options);
}

/** Makes the rename itself durable; some file systems refuse to open a folder, which is fine. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported here (Windows, some network file systems): the rename is still atomic.
  }
}

const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a killed run left in `folder`, so that a rerun leaves the same
 * files as an uninterrupted one. Files of a process that is still running are left alone.
 */
export async function removeStaleTemporaryFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}
