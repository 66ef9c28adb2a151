// CSV as RFC 4180 writes it (CRLF line ends, quotes doubled), with spreadsheet formula
// injection neutralised: a text cell that begins with = + - @, a tab or a carriage return
// would be run as a formula by Excel, LibreOffice or Sheets, so it gets a leading apostrophe
// (OWASP's advice). Numbers are written by us and never negative, so they are left alone.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert in spreadsheets. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? formatCsvNumber(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Points with at most two decimals, a dot as the decimal mark, no exponent. */
export function formatCsvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const rounded = Math.round(x * 100) / 100;
  return Object.is(rounded, -0) ? '0' : rounded.toFixed(2).replace(/\.?0+$/, '');
}
