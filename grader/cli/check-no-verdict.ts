// What `grader check --pack` prints under a policy that gives no verdicts: a line per exercise
// (read, ran, or what keeps it from being read or run), its messages below, and a summary with
// no score. Problems with the student's files go to stderr, as with verdicts.
import type { Catalogue } from '../messages/catalogue.ts';
import type { NoVerdictResult } from '../pack/no-verdict-student.ts';
import type { NoVerdictState } from '../pack/no-verdict.ts';
import { messageRenderer } from '../report/render-message.ts';
import { STATUS_DISPLAY } from '../report/status.ts';
import type { CheckReport } from './check-report.ts';
import { visible } from './terminal-text.ts';

/** Each state's symbol, ANSI colour and label code; read and ran in the colour of nothing wrong, but never the word "correct". */
const STATES: Readonly<Record<NoVerdictState, { readonly symbol: string; readonly colour: string; readonly label: string }>> = {
  read: { symbol: '•', colour: '36', label: 'self-check.status-read' },
  ran: { symbol: '•', colour: '36', label: 'self-check.status-ran' },
  missing: { symbol: STATUS_DISPLAY.missing.symbol, colour: '2', label: 'status.missing' },
  invalid: { symbol: STATUS_DISPLAY.invalid.symbol, colour: '35', label: 'status.invalid' },
  error: { symbol: STATUS_DISPLAY.error.symbol, colour: '31', label: 'status.error' },
  timeout: { symbol: STATUS_DISPLAY.timeout.symbol, colour: '31', label: 'status.timeout' },
  memory: { symbol: STATUS_DISPLAY.memory.symbol, colour: '31', label: 'status.memory' },
};

export function renderNoVerdictCheck(result: NoVerdictResult, catalogue: Catalogue, colour: boolean): CheckReport {
  const paint = colour ? (code: string, text: string) => `\u001b[${code}m${text}\u001b[0m` : (_code: string, text: string) => text;
  const r = messageRenderer(catalogue, 'text');
  const labels = result.exercises.map((e) => r.render({ code: STATES[e.state].label } as never));
  const labelWidth = Math.max(0, ...labels.map((l) => l.length));
  const lines: string[] = [];
  result.exercises.forEach((exercise, i) => {
    const state = STATES[exercise.state];
    lines.push(`${paint(state.colour, `${state.symbol} ${labels[i]!.padEnd(labelWidth)}`)}  ${exercise.id}`);
    for (const m of exercise.feedback) lines.push(`    ${visible(r.render(m))}`);
    if (exercise.console !== undefined) lines.push(`    ${visible(r.render({ code: 'report.console' }))}:`, ...exercise.console.replace(/\n$/, '').split('\n').slice(0, 10).map((line) => `      ${visible(line)}`));
  });
  const ready = result.exercises.filter((e) => e.state === 'read' || e.state === 'ran').length;
  lines.push('', paint('1', visible(r.render({ code: 'self-check.no-verdict-summary', params: { ready, total: result.exercises.length } }))));
  const problems = [
    ...(result.codeLoadFailure ? [{ file: result.codeLoadFailure.file, line: result.codeLoadFailure.line, col: result.codeLoadFailure.col, text: r.render(result.codeLoadFailure.message) }] : []),
    ...result.problems.map((p) => ({ file: p.file, line: p.line, col: p.col, text: r.render(p) })),
  ].map((p) => visible(`${[p.file, p.line, p.col].filter((part) => part !== undefined).join(':')}: ${p.text}`));
  return { out: `${lines.join('\n')}\n`, err: problems.length === 0 ? '' : `${problems.join('\n')}\n` };
}
