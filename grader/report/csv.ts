// CSV as RFC 4180 writes it (CRLF line ends, quotes doubled), written by csv-stringify, with
// spreadsheet formula injection neutralised: a text cell that begins with = + - @, a tab or a
// carriage return (or their full-width forms) would be run as a formula by Excel, LibreOffice
// or Sheets, so csv-stringify's `escape_formulas` gives it a leading apostrophe (OWASP's
// advice). Numbers are written by us with at most two decimals and are never escaped.
import { stringify, type Options } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // Quote a cell holding \n or \r too, not only one holding the whole CRLF (which a custom
  // record delimiter would otherwise be the only thing quoted for).
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { number: (x) => formatCsvNumber(x) },
};

/** One record, its CRLF included. */
export function csvLine(cells: readonly CsvCell[]): string {
  return stringify([cells.map((cell) => cell ?? null)], OPTIONS);
}

/** One cell as it stands in a record: neutralised, and quoted where it must be. */
export function csvField(cell: CsvCell): string {
  // A second cell keeps a lone empty field from being written as an empty record.
  return csvLine([cell, '']).slice(0, -',\r\n'.length);
}

/** Points with at most two decimals, a dot as the decimal mark, no exponent. */
export function formatCsvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const rounded = Math.round(x * 100) / 100;
  return Object.is(rounded, -0) ? '0' : rounded.toFixed(2).replace(/\.?0+$/, '');
}
