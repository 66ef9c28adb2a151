// What a student's result depends on, hashed: the course (every spec file's text, the
// templates, the reference implementation's and the grader's versions) and the student's
// own files and roster entry. A finished student whose key still matches is not graded again.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { codeIdentity } from './code-identity.ts';
import type { Catalogue } from '../messages/catalogue.ts';
import { REFERENCE_VERSION } from '../../reference/index.ts';
import { ANSWERS_FILES, SOLUTION_FILES } from '../submission/index.ts';
import { SUBMITTED_AT_FILE } from './submitted-at.ts';

/**
 * Stands for the grader's code when it runs from source (tests); a run from dist/ keys on the
 * bundle's bytes instead (code-identity.ts).
 */
export const GRADER_VERSION = '5';

const STUDENT_FILES = [...ANSWERS_FILES, ...SOLUTION_FILES, SUBMITTED_AT_FILE];
/** Files larger than this are refused by the loaders anyway; their size alone keys them. */
const MAX_HASHED_BYTES = 1024 * 1024;

/**
 * The course's part of every key. Spec files are named relative to `courseDir`, so that the
 * course and its output can move (or be checked out elsewhere) without grading everyone again.
 */
export function courseFingerprint(
  sources: ReadonlyMap<string, string>,
  courseDir: string,
  templates: ReadonlyMap<string, string>,
  extra: string,
): string {
  const hash = createHash('sha256').update(`${codeIdentity(GRADER_VERSION)} reference ${REFERENCE_VERSION}\0${extra}\0`);
  const specs = new Map([...sources].map(([file, text]) => [relative(courseDir, file).split(sep).join('/'), text]));
  for (const map of [specs, templates]) {
    for (const name of [...map.keys()].sort()) hash.update(`${name}\0${map.get(name)}\0`);
  }
  return hash.digest('hex');
}

/**
 * The reports' catalogue as the course's key takes it, beside the templates: a run in another
 * language (`--lang`), or with a sentence reworded, renders every report again.
 */
export function catalogueSource(catalogue: Catalogue): [name: string, text: string] {
  const sentences = [...catalogue.templates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [`messages/${catalogue.lang}`, JSON.stringify([catalogue.direction, catalogue.locale, sentences])];
}

/** The roster's part of a run's record: its rows, whatever order or line ends the file had. */
export function rosterFingerprint(roster: ReadonlyMap<string, unknown>): string {
  const rows = [...roster.keys()].sort().map((id) => [id, roster.get(id)]);
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** The student's key (synchronous: a batch computes one per student before deciding anything). */
export function studentKey(course: string, folder: string | undefined, roster: unknown): string {
  const hash = createHash('sha256').update(`${course}\0${JSON.stringify(roster ?? null)}\0`);
  if (folder !== undefined) {
    for (const name of STUDENT_FILES) {
      const path = join(folder, name);
      const info = lstatSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      hash.update(`${name}\0${info.isFile() ? 'file' : 'other'}\0${info.size}\0`);
      if (info.isFile() && info.size <= MAX_HASHED_BYTES) hash.update(readFileSync(path));
    }
  }
  return hash.digest('hex');
}
