// The class roster: a CSV with a header naming at least `id`, and optionally `name`,
// `email`, `section` and `submitted_at`. Column order is free; unknown columns are ignored.
// Columns are separated by commas, or by semicolons (Excel where the decimal mark is a comma)
// or tabs: the first of these that gives a header with `id` is the one, and Excel's `sep=;`
// first line names it outright. Ids that differ only by case are one student's: on Windows and
// macOS their files would be the same.
import { parseCsv, type CsvResult } from './csv.ts';

export interface RosterEntry {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly section?: string;
  readonly submittedAt?: string;
}

export interface RosterProblem {
  readonly code: 'roster-syntax' | 'roster-header' | 'roster-row' | 'roster-duplicate' | 'roster-duplicate-case';
  readonly line: number;
  readonly message: string;
}

export interface Roster {
  /** False when the roster as a whole cannot be used (a syntax error, no `id` column): `problems` says why. */
  readonly readable: boolean;
  readonly entries: ReadonlyMap<string, RosterEntry>;
  /** The line of each entry's row, for problems found later (an id that is not a valid id). */
  readonly lines: ReadonlyMap<string, number>;
  readonly problems: readonly RosterProblem[];
  /** The column separator the roster was read with. */
  readonly delimiter: string;
}

const COLUMNS = ['id', 'name', 'email', 'section', 'submitted_at'] as const;
type Column = (typeof COLUMNS)[number];
const DELIMITERS = [',', ';', '\t'] as const;
/** Excel's first line naming the separator, `sep=;`. */
const SEP_LINE = /^\uFEFF?sep=(.)[ \t]*(?=\r?\n|\r|$)/i;

const headerNames = (parsed: CsvResult): string[] => (parsed.ok ? (parsed.rows[0]?.cells.map((cell) => cell.trim().toLowerCase()) ?? []) : []);

/** The roster read with the delimiter its first line names, else the first that gives an `id` column. */
function readCsv(text: string): { parsed: CsvResult; delimiter: string } {
  const sep = SEP_LINE.exec(text);
  // The `sep=` line is emptied, not cut (its line break stays), so that rows keep their line numbers.
  if (sep) return { parsed: parseCsv(text.slice(sep[0].length), sep[1]!), delimiter: sep[1]! };
  for (const delimiter of DELIMITERS) {
    const parsed = parseCsv(text, delimiter);
    if (headerNames(parsed).includes('id')) return { parsed, delimiter };
  }
  return { parsed: parseCsv(text, ','), delimiter: ',' };
}

export function parseRoster(text: string): Roster {
  const entries = new Map<string, RosterEntry>();
  const lines = new Map<string, number>();
  const problems: RosterProblem[] = [];
  const { parsed, delimiter } = readCsv(text);
  const unusable = (problem: RosterProblem): Roster => ({ readable: false, entries, lines, problems: [problem], delimiter });
  if (!parsed.ok) return unusable({ code: 'roster-syntax', line: parsed.line, message: parsed.message });
  const [header, ...rows] = parsed.rows;
  const names = headerNames(parsed);
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
  if (index.id === -1) return unusable({ code: 'roster-header', line: header?.line ?? 1, message: missingIdMessage(names) });
  const byCase = new Map<string, string>();
  for (const row of rows) {
    const cell = (column: Column): string | undefined => {
      const value = index[column] === -1 ? undefined : row.cells[index[column]]?.trim();
      return value === '' ? undefined : value;
    };
    const id = cell('id');
    if (id === undefined) {
      problems.push({ code: 'roster-row', line: row.line, message: 'the row has no id' });
      continue;
    }
    if (entries.has(id)) {
      problems.push({ code: 'roster-duplicate', line: row.line, message: `the id "${id}" appears twice; the first row is kept` });
      continue;
    }
    const sameButCase = byCase.get(id.toLowerCase());
    if (sameButCase !== undefined) {
      problems.push({ code: 'roster-duplicate-case', line: row.line, message: caseDuplicateMessage(id, sameButCase, lines.get(sameButCase)!) });
      continue;
    }
    const entry: RosterEntry = {
      id,
      ...optional('name', cell('name')),
      ...optional('email', cell('email')),
      ...optional('section', cell('section')),
      ...optional('submittedAt', cell('submitted_at')),
    };
    entries.set(id, entry);
    lines.set(id, row.line);
    byCase.set(id.toLowerCase(), id);
  }
  return { readable: true, entries, lines, problems, delimiter };
}

function missingIdMessage(names: readonly string[]): string {
  return `the first row must name the columns, with at least "id", separated by commas, semicolons or tabs (found: ${names.join(', ') || 'nothing'})`;
}

function caseDuplicateMessage(id: string, first: string, line: number): string {
  return `the id "${id}" is "${first}" of line ${line} but for case, and ids that differ only by case are one student (their files would be the same on Windows and macOS); the first row is kept`;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
