// What `grader check` prints: a code file that did not load first (once: the exercises it
// covers say "see above"), then one status line per exercise (icon, status, id, score), its
// feedback indented below, then a summary. The lines come from the same view and messages as
// the reports (report/plain-text.ts), in the student's language. Rendering returns text; the
// command writes it. Expected values appear only where the result model has them, and hidden
// cases only as counts: the model never carries what the course hides.
import type { Catalogue } from '../messages/catalogue.ts';
import { prosePoints } from '../messages/numbers.ts';
import { exerciseLines, headLines } from '../report/plain-text.ts';
import { messageRenderer } from '../report/render-message.ts';
import { STATUS_DISPLAY } from '../report/status.ts';
import { studentView, type ProblemView, type StudentView } from '../report/student-view.ts';
import type { Status, StudentResult } from '../result/types.ts';
import { visible } from './terminal-text.ts';

/** ANSI SGR codes: green, yellow, red, dim, magenta. */
const COLOURS: Readonly<Record<Status, string>> = {
  correct: '32',
  partial: '33',
  incorrect: '31',
  missing: '2',
  invalid: '35',
  error: '31',
  timeout: '31',
  memory: '31',
};

const MAX_CONSOLE_LINES = 10;

type Paint = (code: string, text: string) => string;

export interface CheckReport {
  /** The exercises and the summary, for stdout. */
  readonly out: string;
  /** Problems with the student's files, for stderr. */
  readonly err: string;
}

/** At most MAX_CONSOLE_LINES lines of what the code printed, in a detail line list. */
function capConsole(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let consoleLines = 0;
  for (const line of lines) {
    const printed = line.startsWith('  ');
    if (printed && ++consoleLines > MAX_CONSOLE_LINES) continue;
    if (!printed) consoleLines = 0;
    kept.push(line);
  }
  return kept;
}

export function renderCheck(result: StudentResult, catalogue: Catalogue, colour: boolean): CheckReport {
  const paint: Paint = colour ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const r = messageRenderer(catalogue, 'text');
  const view = studentView(result, catalogue);
  const labels = view.exercises.map((e) => r.render(e.status.label));
  const statusWidth = Math.max(0, ...labels.map((label) => label.length));
  const idWidth = Math.max(0, ...view.exercises.map((e) => e.id.length));
  const points = (x: number) => prosePoints(x, catalogue.locale);
  const { load, head } = loadFailureApart(result, view);
  const lines: string[] = [];
  if (load !== undefined) {
    const failure = result.codeLoadFailure!;
    lines.push(`${paint(COLOURS[failure.status], STATUS_DISPLAY[failure.status].symbol)} ${visible(r.render(load.at))}`);
    const printed = load.console === undefined ? [] : [r.render({ code: 'report.code-printed' }), ...load.console.split('\n').map((line) => `  ${line}`)];
    lines.push(...capConsole([r.render(load.message), ...printed]).map((line) => `    ${visible(line)}`), '');
  }
  view.exercises.forEach((exercise, i) => {
    const graded = result.exercises[i]!;
    const status = `${exercise.status.symbol} ${labels[i]!.padEnd(statusWidth)}`;
    lines.push(`${paint(COLOURS[graded.status], status)}  ${exercise.id.padEnd(idWidth)}  ${points(graded.score)}/${points(graded.max)}`);
    const detail = capConsole(exerciseLines(exercise, r));
    // Escaped first, painted after: the paint's own escape codes must survive.
    lines.push(...detail.map((line, k) => `    ${k === 0 && exercise.misconception ? paint('1', visible(line)) : visible(line)}`));
  });
  const correct = result.exercises.filter((e) => e.status === 'correct').length;
  lines.push('', paint('1', visible(r.render({ code: 'check.summary', params: { score: result.score, max: result.max, correct, total: result.exercises.length } }))));
  const err = headLines(head, r).map(visible);
  return { out: `${lines.join('\n')}\n`, err: err.length === 0 ? '' : `${err.join('\n')}\n` };
}

/** The code file that did not load, said on its own above the exercises; the view's other problems stay for stderr. */
function loadFailureApart(result: StudentResult, view: StudentView): { load?: ProblemView & { readonly console?: string }; head: StudentView } {
  if (result.codeLoadFailure === undefined || view.problems.length === 0) return { head: view };
  // problemViews puts the load failure first.
  const [first, ...others] = view.problems;
  const { loadConsole, ...rest } = view;
  return { load: { ...first!, ...(loadConsole === undefined ? {} : { console: loadConsole }) }, head: { ...rest, problems: others } };
}
