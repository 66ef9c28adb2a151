// Where the student commands (check, sheet) keep the course's parsed exercise files between
// runs (spec/parse-cache.ts).
import { join, resolve } from 'node:path';
import { bundleIdentity } from '../batch/code-identity.ts';
import { CACHE_NAME } from './commands/cache-help.ts';
import { parseCacheIn, type ParseCache } from '../spec/parse-cache.ts';
import type { CliContext } from './context.ts';

/**
 * Where a student's commands keep the course's parsed files (a student checks again and again
 * against the same course): GRADER_CACHE_DIR, else the user's cache folder. None when
 * GRADER_CACHE_DIR is `off`, or when the grader runs from its TypeScript source, whose code
 * cannot be told from the next edit of it.
 */
export function parseCacheFor(ctx: CliContext): ParseCache | undefined {
  const grader = bundleIdentity();
  const { GRADER_CACHE_DIR: chosen, XDG_CACHE_HOME: xdg, LOCALAPPDATA: windows, HOME: home } = ctx.env;
  if (grader === undefined || chosen === 'off' || chosen === '') return undefined;
  const folder = chosen !== undefined ? resolve(ctx.cwd, chosen) : xdg ? join(xdg, CACHE_NAME) : windows ? join(windows, CACHE_NAME) : home ? join(home, '.cache', CACHE_NAME) : undefined;
  return folder === undefined ? undefined : parseCacheIn(join(folder, 'specs'), `${grader} node ${process.version}`);
}
