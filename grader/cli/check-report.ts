// What `grader check` prints: a code file that did not load first (once), then one status
// line per exercise (icon, status, id, score), its feedback indented below, then a summary. Rendering returns text; the command writes
// it. Expected values appear only where the result model has them, and hidden cases only
// as counts: the model never carries what the course hides.
import { visible } from './terminal-text.ts';
import type { CaseResult, CodeLoadFailure, ExerciseResult, Status, StudentResult, SubmissionProblem } from '../result/types.ts';

const ICONS: Readonly<Record<Status, string>> = {
  correct: '✓',
  partial: '◐',
  incorrect: '✗',
  missing: '○',
  invalid: '?',
  error: '!',
  timeout: '⏱',
  memory: '▣',
};

/** ANSI SGR codes: green, yellow, red, dim, magenta, bold. */
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

const STATUS_WIDTH = Math.max(...Object.keys(ICONS).map((s) => s.length));
const MAX_CONSOLE_LINES = 10;

type Paint = (code: string, text: string) => string;

const score = (x: number): string => String(Math.round(x * 100) / 100);

function caseLine(c: CaseResult): string | undefined {
  // Hidden and random cases are only counted (below): their arguments are not the student's to see.
  if (c.visibility !== 'visible' || c.status === 'pass') return undefined;
  const args = c.args ? Object.entries(c.args).map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(', ') : '';
  const parts = [`case (${args}): ${c.status}`];
  if (c.received !== undefined) parts.push(`returned ${c.received}`);
  if (c.expected !== undefined) parts.push(`expected ${JSON.stringify(c.expected)}`);
  if (c.message !== undefined) parts.push(c.message);
  return parts.join('; ');
}

function exerciseLines(e: ExerciseResult, idWidth: number, paint: Paint): string[] {
  const status = `${ICONS[e.status]} ${e.status.padEnd(STATUS_WIDTH)}`;
  const lines = [`${paint(COLOURS[e.status], status)}  ${e.id.padEnd(idWidth)}  ${score(e.score)}/${score(e.max)}`];
  const detail: string[] = [];
  if (e.misconception) detail.push(`Mistake: ${e.misconception.title}`);
  detail.push(...e.feedback);
  for (const c of e.cases ?? []) {
    const line = caseLine(c);
    if (line) detail.push(line);
  }
  if (e.hidden && e.hidden.failed > 0) detail.push(`${e.hidden.failed} of ${e.hidden.total} hidden cases failed.`);
  if (e.console) detail.push(...printed(e.console));
  if (e.status !== 'correct') detail.push(...e.hints.map((hint) => `Hint: ${hint}`));
  // Escaped first, painted after: the paint's own escape codes must survive.
  return [...lines, ...detail.map((line, i) => `    ${i === 0 && e.misconception ? paint('1', visible(line)) : visible(line)}`)];
}

function printed(text: string): string[] {
  return ['Your code printed:', ...text.split('\n').slice(0, MAX_CONSOLE_LINES).map((line) => `  ${line}`)];
}

/** Said once, above the exercises it covers. */
function codeLoadLines(failure: CodeLoadFailure, paint: Paint): string[] {
  const detail = [failure.message, ...(failure.console ? printed(failure.console) : [])];
  return [paint(COLOURS[failure.status], `${ICONS[failure.status]} ${failure.file} did not load`), ...detail.map((line) => `    ${visible(line)}`), ''];
}

function problemLine(p: SubmissionProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`;
  return visible(`${where}: ${p.code}: ${p.message}`);
}

export interface CheckReport {
  /** The exercises and the summary, for stdout. */
  readonly out: string;
  /** Problems with the student's files, for stderr. */
  readonly err: string;
}

export function renderCheck(result: StudentResult, colour: boolean): CheckReport {
  const paint: Paint = colour ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const idWidth = Math.max(0, ...result.exercises.map((e) => e.id.length));
  const lines = [...(result.codeLoadFailure ? codeLoadLines(result.codeLoadFailure, paint) : []), ...result.exercises.flatMap((e) => exerciseLines(e, idWidth, paint))];
  const correct = result.exercises.filter((e) => e.status === 'correct').length;
  const summary = `Score ${score(result.score)}/${score(result.max)}: ${correct} of ${result.exercises.length} exercises correct.`;
  lines.push('', paint('1', summary));
  const err = result.problems.map(problemLine);
  return { out: `${lines.join('\n')}\n`, err: err.length === 0 ? '' : `${err.join('\n')}\n` };
}
