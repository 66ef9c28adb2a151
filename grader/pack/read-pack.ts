// Reading a student pack for `check --pack`: pack.json (or a per-student <id>/pack.json) and,
// in a class pack, students/<id>.json. Each file is JSON whose fields the grading reads are
// checked by hand (pack-shape.ts), so a check does no schema or YAML work. Whatever is wrong
// (no such file, not JSON, a pack of another format version, a damaged field) is one problem
// naming the file (and the line and column, for JSON that does not parse); nothing throws.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Problem } from '../problem.ts';
import { PACK_FORMAT } from './format.ts';
import type { Pack, StudentVariants } from './schema.ts';
import { packFault, studentFault, type ShapeFault } from './pack-shape.ts';

/** Larger files are refused unread: the whole course bank packs into well under 1 MB. */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;

export type PackRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

const problem = (code: string, file: string, message: string, at?: { line: number; col: number }): PackRead<never> => ({
  ok: false,
  problem: { code, severity: 'error', file, message, ...at },
});

/** The pack file a `--pack` path names: the path itself, or the pack.json in that folder. */
export function packFileOf(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false });
  return info?.isDirectory() === true ? join(path, 'pack.json') : path;
}

/** Where in the text a JSON.parse error points: Node 20 says "at position N", later ones also the line and column. */
function jsonErrorAt(text: string, error: Error): { line: number; col: number } | undefined {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) {
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(error.message);
    return lineCol ? { line: Number(lineCol[1]), col: Number(lineCol[2]) } : undefined;
  }
  const before = text.slice(0, Number(position)).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function readJson(file: string, what: string): PackRead<unknown> {
  const info = statSync(file, { throwIfNoEntry: false });
  if (info === undefined) return problem('pack-missing', file, `there is no ${what} here (a student pack is written by grader pack)`);
  if (!info.isFile()) return problem('pack-missing', file, `is not a file, and a ${what} is one`);
  if (info.size > MAX_PACK_BYTES) return problem('pack-too-large', file, `is ${info.size} bytes, larger than any pack (${MAX_PACK_BYTES})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error: unknown) {
    return problem('pack-unreadable', file, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error: unknown) {
    const e = error instanceof Error ? error : new Error(String(error));
    return problem('pack-not-json', file, `is not valid JSON (${e.message}): the ${what} is damaged; get it again`, jsonErrorAt(text, e));
  }
}

/** The format version first, so that a newer pack is said to be newer rather than damaged; then the fields a reader needs. */
function checked<T>(data: unknown, file: string, faultOf: (data: unknown) => ShapeFault | undefined, what: string): PackRead<T> {
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== PACK_FORMAT) {
    const which = typeof format === 'number' ? `of format ${format}` : 'without a format version';
    return problem('pack-format', file, `is a ${what} ${which}; this grader reads format ${PACK_FORMAT} (use the grader the pack was made for, or ask for a pack made by this one)`);
  }
  const fault = faultOf(data);
  if (fault) return problem('pack-damaged', file, `is damaged: at ${fault.at}, expected ${fault.expected}; get it again`);
  return { ok: true, value: data as T };
}

export function readPackFile(file: string): PackRead<Pack> {
  const json = readJson(file, 'pack file (pack.json)');
  if (!json.ok) return json;
  const read = checked<Pack>(json.value, file, packFault, 'pack');
  if (!read.ok) return read;
  const pack = read.value;
  if ((pack.student === undefined) !== (pack.variants === undefined)) return problem('pack-damaged', file, 'is damaged: a per-student pack has both `student` and `variants`; get it again');
  if (Number.isNaN(Date.parse(pack.assignment.dueUtc))) return problem('pack-damaged', file, `is damaged: at /assignment/dueUtc, not a time; get it again`);
  const lacking = pack.policy.verdicts ? pack.exercises.find((e) => e.answer.reference === undefined && !(e.answer.kind === 'choice' && e.answer.correct)) : undefined;
  if (lacking) return problem('pack-damaged', file, `is damaged: exercise '${lacking.id}' has no reference, which a pack with verdicts holds; get it again`);
  const unnumbered = pack.variants && pack.exercises.find((e) => pack.variants![e.id] === undefined);
  if (unnumbered) return problem('pack-damaged', file, `is damaged: it has no numbers for exercise '${unnumbered.id}'; get it again`);
  return read;
}

/** The students of a class pack: the names of students/<id>.json beside its pack.json. */
export function classPackStudents(packFile: string): string[] {
  try {
    return readdirSync(join(dirname(packFile), 'students')).flatMap((name) => (name.endsWith('.json') && !name.startsWith('.') ? [basename(name, '.json')] : []));
  } catch {
    return [];
  }
}

export function studentFileOf(packFile: string, id: string): string {
  return join(dirname(packFile), 'students', `${id}.json`);
}

/** A student's numbers in a class pack, checked against the pack: one entry for each of its exercises. */
export function readStudentFile(file: string, pack: Pack, id: string): PackRead<StudentVariants> {
  const json = readJson(file, "student's file of a class pack");
  if (!json.ok) return json;
  const read = checked<StudentVariants>(json.value, file, studentFault, "student's file");
  if (!read.ok) return read;
  if (read.value.student !== id) return problem('pack-damaged', file, `is damaged: it holds the numbers of ${JSON.stringify(read.value.student)}, not ${id}; get it again`);
  const missing = pack.exercises.find((e) => read.value.variants[e.id] === undefined);
  if (missing) return problem('pack-damaged', file, `is damaged: it has no numbers for exercise '${missing.id}'; get it again`);
  return read;
}
