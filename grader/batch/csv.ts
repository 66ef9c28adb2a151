// CSV reading (RFC 4180, through csv-parse): quoted fields may hold the delimiter, quotes ("")
// and line breaks; a byte-order mark is dropped; blank lines are skipped. Rows keep the 1-based
// line they start on, for messages. Lenient where Excel and hand edits are: rows of different
// lengths, and a quote inside an unquoted field, are read as they are.
import { parse, type CsvError } from 'csv-parse/sync';

export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvResult = { readonly ok: true; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly line: number; readonly message: string };

export function parseCsv(text: string, delimiter = ','): CsvResult {
  let lastLine = 0;
  try {
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `lines` is where the record ends: a quoted line break inside it started it earlier.
    return { ok: true, rows: records.map(({ record, info }) => ({ line: info.lines - lineBreaks(record), cells: record })) };
  } catch (error: unknown) {
    const failure = error as Partial<CsvError>;
    if (failure.code === 'CSV_QUOTE_NOT_CLOSED') return { ok: false, line: nextRowLine(text, lastLine), message: 'a quoted field is never closed' };
    return { ok: false, line: typeof failure.lines === 'number' ? failure.lines : 1, message: failure.message ?? String(error) };
  }
}

function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return count;
}

/** The first non-blank line after `line`: where the row that never ended starts. */
function nextRowLine(text: string, line: number): number {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = line; i < lines.length; i++) if (lines[i]!.trim() !== '') return i + 1;
  return line + 1;
}
