// Output folders, made one level at a time. Node's own `mkdir(…, { recursive: true })` never
// returns for some paths (a folder under /proc, where mkdir answers ENOENT for a parent that
// exists), and a path through a file gives a raw error; here each gives a reason to print.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is a file';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

/** Makes `path` and any missing parents; undefined when it is a folder now, else why it is not. */
export function makeFolderSync(path: string): string | undefined {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    let found;
    try {
      found = statSync(at, { throwIfNoEntry: false });
    } catch (error: unknown) {
      return `${at}: ${reasonOf(error)}`;
    }
    if (found) {
      if (!found.isDirectory()) return `${at} is a file, not a folder`;
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error: unknown) {
      // Another writer may have made it in the meantime.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
      return `cannot create ${folder}: ${reasonOf(error)}`;
    }
  }
  return undefined;
}

/** makeFolderSync, throwing an Error with the reason when the folder cannot be made. */
export function ensureFolderSync(path: string): void {
  const problem = makeFolderSync(path);
  if (problem !== undefined) throw Object.assign(new Error(problem), { path });
}
