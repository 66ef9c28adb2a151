// Which grader is running, for the reuse keys: the bytes of its bundle when it runs from
// dist/, so that any change of the code (a fix in grading, a new feedback sentence) grades
// every student again without anyone remembering to bump a version. From the TypeScript
// source (the tests), GRADER_VERSION stands in for it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundles that grade; dist/ also holds tools (the bench, the example class generator). */
const GRADING_BUNDLES = ['grader.js', 'grade-worker.js', 'sandbox-worker.js'];

let bundle: { readonly hash: string | undefined } | undefined;

export function codeIdentity(fallback: string): string {
  return bundleIdentity() ?? `source ${fallback}`;
}

/** The grader's bundle, hashed; undefined when it runs from the TypeScript source. */
export function bundleIdentity(): string | undefined {
  bundle ??= { hash: bundleHash() };
  return bundle.hash;
}

function bundleHash(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  if (basename(dir) === 'chunks') dir = dirname(dir);
  if (basename(dir) !== 'dist') return undefined;
  try {
    const chunks = readdirSync(join(dir, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => join('chunks', name));
    const hash = createHash('sha256');
    for (const name of [...GRADING_BUNDLES, ...chunks.sort()]) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
    return `bundle ${hash.digest('hex')}`;
  } catch {
    return undefined;
  }
}
