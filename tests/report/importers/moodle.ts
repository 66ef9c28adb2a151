// How Moodle's grade import reads a CSV file, as a model to check our Moodle gradebook
// against. The rules, read from moodle/moodle grade/import/csv (classes/load_data.php) and
// lib/csvlib.class.php (csv_import_reader), written down here in our own words:
//
// 1. The text loses its byte-order mark, its line ends become "\n", and the whole is trimmed.
// 2. The first line names the columns (each trimmed); every line must have as many fields as
//    the first, or the file is refused ("csvweirdcolumns").
// 3. A line with one field or none is skipped.
// 4. The column chosen under "Identify user by" is matched to one user field (id, idnumber,
//    email or username): on every line its trimmed value must be that field of an existing
//    user. A blank value, or one no user has, aborts the whole import.
// 5. Each other column is mapped to a grade item, or ignored. A mapped value that is blank or
//    "-" is no grade; anything else must be a number ("badgrade" aborts the import otherwise),
//    and no grade may be over the site's gradepointmax (100 unless raised), or the import aborts.
import { parse } from 'csv-parse/sync';

export type MoodleUserField = 'idnumber' | 'email' | 'username';

export interface MoodleSite {
  readonly users: readonly { readonly idnumber?: string; readonly email?: string; readonly username?: string }[];
  readonly gradepointmax?: number;
}

export interface MoodleMapping {
  /** The header of the column identifying users, and the user field it is matched to. */
  readonly userColumn: string;
  readonly userField: MoodleUserField;
  /** The headers of the columns mapped to grade items; the others are ignored. */
  readonly grades: readonly string[];
}

export type MoodleImport =
  | { readonly ok: false; readonly error: string; readonly line?: number }
  | { readonly ok: true; readonly rows: readonly { readonly user: string; readonly grades: Readonly<Record<string, number | null>> }[] };

export function moodleImport(text: string, mapping: MoodleMapping, site: MoodleSite): MoodleImport {
  const content = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  const lines = parse(content, { relax_column_count: true }) as string[][];
  const [header, ...rest] = lines;
  if (header === undefined) return { ok: false, error: 'csvemptyfile' };
  const names = header.map((cell) => cell.trim());
  if (lines.some((line) => line.length !== names.length)) return { ok: false, error: 'csvweirdcolumns' };
  const userAt = names.indexOf(mapping.userColumn);
  const missing = [mapping.userColumn, ...mapping.grades].find((column) => !names.includes(column));
  if (missing !== undefined) return { ok: false, error: `no column ${missing} to map` };
  const max = site.gradepointmax ?? 100;
  const rows: { user: string; grades: Record<string, number | null> }[] = [];
  for (const [i, line] of rest.entries()) {
    if (line.length <= 1) continue;
    const value = line[userAt]!.trim();
    if (value === '' || !site.users.some((user) => user[mapping.userField] === value)) return { ok: false, error: 'usermappingerrorusernotfound', line: i + 2 };
    const grades: Record<string, number | null> = {};
    for (const column of mapping.grades) {
      const cell = line[names.indexOf(column)]!.trim();
      if (cell === '' || cell === '-') {
        grades[column] = null;
        continue;
      }
      if (!/^-?\d+(?:[.,]\d+)?$/.test(cell)) return { ok: false, error: 'badgrade', line: i + 2 };
      const grade = Number(cell.replace(',', '.'));
      if (grade > max) return { ok: false, error: 'gradevaluetoobig', line: i + 2 };
      grades[column] = grade;
    }
    rows.push({ user: value, grades });
  }
  return { ok: true, rows };
}
