// Reading the roster file: its bytes decoded (roster-encoding.ts), its text parsed
// (roster.ts), and every id checked as a file name. The problems carry the file and line.
import { readFileSync } from 'node:fs';
import { checkStudentId } from '../io/student-id.ts';
import type { Problem } from '../problem.ts';
import { decodeRoster } from './roster-encoding.ts';
import { parseRoster, type RosterEntry } from './roster.ts';

export interface RosterFile {
  /** False when the roster cannot be used at all (its encoding, its syntax, no `id` column): the run stops. */
  readonly usable: boolean;
  readonly entries: ReadonlyMap<string, RosterEntry>;
  readonly problems: readonly Problem[];
}

/** The roster at `path`, or undefined when the file cannot be read at all. */
export function readRosterFile(path: string, encoding?: string): RosterFile | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const decoded = decodeRoster(bytes, encoding);
  const at = (code: string, severity: Problem['severity'], message: string, line?: number): Problem => ({ code, severity, message, file: path, ...(line === undefined ? {} : { line }) });
  if (!decoded.ok) return { usable: false, entries: new Map(), problems: [at(decoded.code, 'error', decoded.message, decoded.line)] };
  const problems: Problem[] = decoded.warning ? [at(decoded.warning.code, 'warning', decoded.warning.message)] : [];
  const roster = parseRoster(decoded.text);
  for (const p of roster.problems) problems.push(at(p.code, 'error', p.message, p.line));
  const entries = new Map<string, RosterEntry>();
  for (const [id, entry] of roster.entries) {
    const invalid = checkStudentId(id);
    if (invalid) problems.push(at('student-id', 'error', `${invalid}: roster row skipped`, roster.lines.get(id)));
    else entries.set(id, entry);
  }
  return { usable: roster.readable, entries, problems };
}
