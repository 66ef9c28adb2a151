// Renders problems for a terminal: `file:line:col: severity code: message`, the source
// line, and a caret line under the fault. Pure: returns the text, the command prints it.
import type { Problem } from '../problem.ts';
import { visible, visibleLine } from './terminal-text.ts';

export interface FormatOptions {
  readonly colour: boolean;
  /** How a file is named in the output (relative to the working folder). */
  readonly displayFile: (file: string) => string;
  /** The text of a file, for its source lines; undefined when it could not be read. */
  readonly sourceOf: (file: string) => string | undefined;
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', bold: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** Lines longer than this are shown as a window around the fault. */
const MAX_SHOWN = 120;

function paint(text: string, style: keyof typeof ANSI, colour: boolean): string {
  return colour ? `${ANSI[style]}${text}${ANSI.reset}` : text;
}

/** The source line and the caret line under columns [col, col + length). */
export function caretLines(lineText: string, col: number, length: number): [string, string] {
  let text = lineText;
  let start = Math.max(0, col - 1);
  let span = Math.max(1, Math.min(length, Math.max(1, text.length - start)));
  if (text.length > MAX_SHOWN) {
    const from = Math.max(0, Math.min(start - 40, text.length - MAX_SHOWN));
    const prefix = from > 0 ? '…' : '';
    const suffix = from + MAX_SHOWN < text.length ? '…' : '';
    text = `${prefix}${text.slice(from, from + MAX_SHOWN)}${suffix}`;
    start = start - from + prefix.length;
    span = Math.min(span, MAX_SHOWN - (start - prefix.length));
  }
  // Tabs stay tabs under the fault so the caret lines up however wide the terminal draws them.
  const pad = text.slice(0, start).replace(/[^\t]/g, ' ');
  return [text, `${pad}${'^'.repeat(Math.max(1, span))}`];
}

export function formatProblem(problem: Problem, options: FormatOptions): string {
  const { colour } = options;
  const file = visibleLine(options.displayFile(problem.file));
  const place = problem.line === undefined ? file : `${file}:${problem.line}:${problem.col ?? 1}`;
  const style = problem.severity === 'error' ? 'red' : 'yellow';
  const head = `${paint(place, 'bold', colour)}: ${paint(`${problem.severity} ${problem.code}`, style, colour)}: ${visible(problem.message)}`;
  const text = problem.line === undefined ? undefined : options.sourceOf(problem.file);
  const lineText = text?.split(/\r?\n/)[problem.line! - 1];
  if (lineText === undefined) return `${head}\n`;
  const [source, carets] = caretLines(lineText, problem.col ?? 1, problem.length ?? 1);
  // Escaped after the carets are placed: a line with control characters is rare, and readable beats aligned.
  return `${head}\n  ${visible(source)}\n  ${paint(carets, style, colour)}\n`;
}

export function compareProblems(displayFile: (file: string) => string) {
  return (a: Problem, b: Problem): number => {
    const fa = displayFile(a.file);
    const fb = displayFile(b.file);
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Errors first, then warnings, each in file and position order, then a count line. */
export function formatProblems(problems: readonly Problem[], files: number, options: FormatOptions): string {
  const sorted = [...problems].sort(compareProblems(options.displayFile));
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const blocks = [...errors, ...warnings].map((problem) => formatProblem(problem, options));
  const summary = problems.length === 0
    ? `${count(files, 'file')} checked: no problems`
    : `${count(files, 'file')} checked: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`;
  const painted = paint(summary, errors.length > 0 ? 'red' : warnings.length > 0 ? 'yellow' : 'bold', options.colour);
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${painted}\n`;
}
