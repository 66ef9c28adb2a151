// The class roster: a CSV with a header naming at least `id`, and optionally `name`,
// `email`, `section` and `submitted_at`. Column order is free; unknown columns are ignored.
import { parseCsv } from './csv.ts';

export interface RosterEntry {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly section?: string;
  readonly submittedAt?: string;
}

export interface RosterProblem {
  readonly code: 'roster-syntax' | 'roster-header' | 'roster-row' | 'roster-duplicate';
  readonly line: number;
  readonly message: string;
}

export interface Roster {
  readonly entries: ReadonlyMap<string, RosterEntry>;
  /** The line of each entry's row, for problems found later (an id that is not a valid id). */
  readonly lines: ReadonlyMap<string, number>;
  readonly problems: readonly RosterProblem[];
}

const COLUMNS = ['id', 'name', 'email', 'section', 'submitted_at'] as const;

export function parseRoster(text: string): Roster {
  const entries = new Map<string, RosterEntry>();
  const lines = new Map<string, number>();
  const problems: RosterProblem[] = [];
  const parsed = parseCsv(text);
  if (!parsed.ok) return { entries, lines, problems: [{ code: 'roster-syntax', line: parsed.line, message: parsed.message }] };
  const [header, ...rows] = parsed.rows;
  const names = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  const index = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<(typeof COLUMNS)[number], number>;
  if (index.id === -1) {
    return { entries, lines, problems: [{ code: 'roster-header', line: header?.line ?? 1, message: `the first row must name the columns, with at least "id" (found: ${names.join(', ') || 'nothing'})` }] };
  }
  for (const row of rows) {
    const cell = (column: (typeof COLUMNS)[number]): string | undefined => {
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
    const entry: RosterEntry = {
      id,
      ...optional('name', cell('name')),
      ...optional('email', cell('email')),
      ...optional('section', cell('section')),
      ...optional('submittedAt', cell('submitted_at')),
    };
    entries.set(id, entry);
    lines.set(id, row.line);
  }
  return { entries, lines, problems };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
