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
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ensureFolderSync } from './folder.ts';

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
  // Dot-prefixed and unique per process, thread and call, so that parallel writers never share one.
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${uniqueSuffix()}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    ensureFolderSync(folder);
    fd = openSync(temporary, 'wx');
  }
  try {
    try {
      const bytes = typeof data === 'string' ? utf8(data) : data;
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

/** 12 hex digits: this thread (4) and a count of its writes (8), from a random start. */
let writes = randomBytes(4).readUInt32LE(0);
function uniqueSuffix(): string {
  writes = (writes + 1) >>> 0;
  return (threadId & 0xffff).toString(16).padStart(4, '0') + writes.toString(16).padStart(8, '0');
}

/**
 * One buffer per thread, reused for the files of a student: encoding into it is one pass,
 * where Buffer.from measures the UTF-8 length first. Larger texts (a class's summary) are
 * encoded on their own, so the buffer never holds on to much.
 */
const encoder = new TextEncoder();
const SCRATCH_CHARS = 256 * 1024;
let scratch = new Uint8Array(64 * 1024);
function utf8(text: string): Uint8Array {
  if (text.length > SCRATCH_CHARS) return Buffer.from(text, 'utf8');
  if (scratch.length < 3 * text.length) scratch = new Uint8Array(3 * text.length);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
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
