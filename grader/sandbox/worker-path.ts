// Where the bundled worker is. Node 20 cannot start a worker from TypeScript, so both the
// bundled CLI (dist/grader.js) and the sources under vitest (grader/sandbox/*.ts) use
// dist/sandbox-worker.js, found from the package root above this file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'ml-exercise-grader';
export const WORKER_FILE = join('dist', 'sandbox-worker.js');

/** The nearest folder above `from` whose package.json is this package's. */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? String((parsed as { name?: unknown }).name) : undefined;
  } catch {
    return undefined;
  }
}

export function defaultWorkerPath(): string {
  const root = findPackageRoot();
  return root ? join(root, WORKER_FILE) : join(process.cwd(), WORKER_FILE);
}
