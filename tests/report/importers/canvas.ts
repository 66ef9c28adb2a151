// How Canvas' gradebook importer reads a CSV file, as a model to check our Canvas gradebook
// against. The rules, read from instructure/canvas-lms app/models/gradebook_importer.rb (and
// Assignment.title_and_id), written down here in our own words:
//
// 1. Delimiter: the first three lines are split on ";" and on ","; ";" is used only when it
//    gives every one of them the same number of fields, and more fields than "," does.
// 2. The header row must have more than three cells, the first containing "Student" and the
//    second "ID". The student columns are then Student, ID and Section; with "SIS Login ID"
//    third, four; with "SIS User ID" third and "SIS Login ID" fourth, five (one more for an
//    "Integration ID" after them, one more for a "Root Account" after that). The last student
//    column must contain "Section", else the import fails ("Invalid header row").
// 3. Of the other headers, any containing Current Score, Current Points, Current Grade, Final
//    Score, Final Points, Final Grade, Override Score, Override Grade or Override Status is one
//    of Canvas' own total columns and is dropped.
// 4. Every header left is an assignment: "Title (digits)" is the assignment with that id; else,
//    or when there is none, the assignment whose title is exactly the header; else a new one.
// 5. A row whose first cell contains "Points Possible" gives the assignments' points; a row all
//    of whose cells are blank, "Muted" or "Manual Posting…" is skipped; any other is a student.
// 6. A student is found by the ID cell (Canvas' user id), else by the SIS User ID, else by the
//    SIS Login ID, else by name (or sortable name); else the row is an unknown student.
// 7. A score cell that is a number with a decimal comma ("1,5") is read with a point.
import { parse } from 'csv-parse/sync';

export interface CanvasCourse {
  readonly assignments: readonly { readonly id: number; readonly title: string }[];
  readonly students: readonly { readonly id: number; readonly name: string; readonly sisUserId?: string; readonly sisLoginId?: string }[];
}

export interface CanvasColumnRead {
  readonly header: string;
  /** The existing assignment it goes to, or undefined for a new one. */
  readonly assignment?: number;
}

export type CanvasImport =
  | { readonly ok: false; readonly error: string }
  | {
      readonly ok: true;
      readonly delimiter: ',' | ';';
      readonly dropped: readonly string[];
      readonly columns: readonly CanvasColumnRead[];
      readonly pointsPossible?: readonly string[];
      readonly students: readonly { readonly name: string; readonly found?: number; readonly scores: readonly string[] }[];
    };

const TOTALS = /Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status/;
const TITLE_AND_ID = /^(.*)\s\((\d+)\)$/;

function delimiter(text: string): ',' | ';' {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 3);
  const fields = (separator: string): number => {
    try {
      const counts = lines.map((line) => (parse(line, { delimiter: separator }) as string[][])[0]?.length ?? 0);
      return new Set(counts).size === 1 ? counts[0]! : 0;
    } catch {
      return 0;
    }
  };
  return fields(';') > fields(',') ? ';' : ',';
}

interface StudentColumns {
  readonly count: number;
  readonly sisUserId?: number;
  readonly sisLoginId?: number;
}

function studentColumns(header: readonly string[]): StudentColumns | undefined {
  if (!(header.length > 3 && header[0]!.includes('Student') && header[1]!.includes('ID'))) return undefined;
  let columns: StudentColumns = { count: 3 };
  if (/SIS\s+Login\s+ID/.test(header[2]!)) columns = { count: 4, sisLoginId: 2 };
  else if (/SIS\s+User\s+ID/.test(header[2]!) && /SIS\s+Login\s+ID/.test(header[3] ?? '')) {
    const integration = /Integration\s+ID/.test(header[4] ?? '') ? 1 : 0;
    const rootAccount = /Root\s+Account/.test(header[4 + integration] ?? '') ? 1 : 0;
    columns = { count: 5 + integration + rootAccount, sisUserId: 2, sisLoginId: 3 };
  }
  return header[columns.count - 1]?.includes('Section') ? columns : undefined;
}

export function canvasImport(text: string, course: CanvasCourse): CanvasImport {
  const separator = delimiter(text);
  const rows = (parse(text, { delimiter: separator, relax_column_count: true }) as string[][]).filter((row) => !row.every((cell) => /^[;, ]*$/.test(cell)));
  const [header, ...rest] = rows;
  const identity = header === undefined ? undefined : studentColumns(header);
  if (header === undefined || identity === undefined) return { ok: false, error: 'Invalid header row' };
  const kept = header.map((cell, index) => ({ cell, index })).slice(identity.count);
  const dropped = kept.filter(({ cell }) => TOTALS.test(cell)).map(({ cell }) => cell);
  const assignmentColumns = kept.filter(({ cell }) => !TOTALS.test(cell));
  const columns = assignmentColumns.map(({ cell }): CanvasColumnRead => {
    const id = TITLE_AND_ID.exec(cell)?.[2];
    const byId = id === undefined ? undefined : course.assignments.find((a) => a.id === Number(id));
    const found = byId ?? course.assignments.find((a) => a.title === cell);
    return { header: cell, ...(found ? { assignment: found.id } : {}) };
  });
  let pointsPossible: string[] | undefined;
  const students: { name: string; found?: number; scores: string[] }[] = [];
  for (const row of rest) {
    const scores = assignmentColumns.map(({ index }) => (row[index] ?? '').trim().replace(/^(-?\d+),(\d+%?)$/, '$1.$2'));
    if (row[0]?.includes('Points Possible')) {
      pointsPossible = scores;
      continue;
    }
    if (row.every((cell) => /^\s*(Muted|Manual Posting.*)?\s*$/i.test(cell))) continue;
    const name = row[0] ?? '';
    const cell = (at: number | undefined): string => (at === undefined ? '' : (row[at] ?? ''));
    const found =
      course.students.find((s) => row[1] !== '' && s.id === Number(row[1])) ??
      course.students.find((s) => cell(identity.sisUserId) !== '' && s.sisUserId === cell(identity.sisUserId)) ??
      course.students.find((s) => cell(identity.sisLoginId) !== '' && s.sisLoginId === cell(identity.sisLoginId)) ??
      course.students.find((s) => s.name === name);
    students.push({ name, ...(found ? { found: found.id } : {}), scores });
  }
  return { ok: true, delimiter: separator, dropped, columns, ...(pointsPossible ? { pointsPossible } : {}), students };
}
