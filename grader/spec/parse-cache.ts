// What parsing an exercise file gave, kept between runs: a student runs `grader check` after
// every change, and each run would otherwise parse and check the whole course again (41 files:
// about 200 ms of a 0.45 s check). An entry is used only for the same file, text, check options
// and grader (its bundle's bytes and Node's version); anything else, and any entry that cannot
// be read, is a miss, and the file is parsed as if there were no cache. Failing to write is
// not a problem either: the cache is only ever a shortcut.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomicSync } from '../io/atomic.ts';
import type { ParsedExercise } from './parse-exercise.ts';
import type { CheckOptions } from './rules/index.ts';

export interface ParseCache {
  /** What `parseExerciseText(text, file, options)` gave before, if it was kept. */
  get(file: string, text: string, options: CheckOptions): ParsedExercise | undefined;
  keep(file: string, text: string, options: CheckOptions, parsed: ParsedExercise): void;
}

interface Entry {
  /** The grader and the input, hashed: an entry for the same file with another key is stale. */
  readonly key: string;
  readonly parsed: ParsedExercise;
}

/**
 * A cache in `folder`, one entry per spec file (so it grows with the files, not with their
 * edits), for the grader identified by `grader` (code-identity.ts). Entries are written with
 * V8's serializer, which keeps what JSON would not (−0, NaN, ±Infinity in a spec's values).
 */
export function parseCacheIn(folder: string, grader: string): ParseCache {
  const entryPath = (file: string): string => join(folder, `${createHash('sha256').update(resolve(file)).digest('hex')}.bin`);
  const keyOf = (text: string, options: CheckOptions): string =>
    createHash('sha256').update(`${grader}\0`).update(serialize(options)).update('\0').update(text).digest('hex');
  return {
    get(file, text, options) {
      let entry: Entry;
      try {
        entry = deserialize(readFileSync(entryPath(file))) as Entry;
      } catch {
        return undefined;
      }
      return entry !== null && typeof entry === 'object' && entry.key === keyOf(text, options) && entry.parsed?.file === file ? entry.parsed : undefined;
    },
    keep(file, text, options, parsed) {
      try {
        writeFileAtomicSync(entryPath(file), serialize({ key: keyOf(text, options), parsed } satisfies Entry));
      } catch {
        // A read-only or full disk: the next run parses the file again.
      }
    },
  };
}
