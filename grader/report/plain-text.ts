// A student's report as plain text, for the terminal (`grader check`) and for Gradescope's
// outputs: the same view and the same messages as the HTML and Markdown reports, one fact per
// line. Untrusted text is left as it is: the terminal escapes control characters itself, and
// Gradescope is told the outputs are plain text.
import type { MessageRenderer } from './render-message.ts';
import type { ExerciseView, StudentView } from './student-view.ts';

/** What the student should know before the exercises: late notices, what to hand in, problems with the files. */
export function headLines(view: StudentView, r: MessageRenderer): string[] {
  const lines = view.late.map((late) => r.render(late.notice));
  if (view.nothingHandedIn) lines.push(`${r.render({ code: 'report.nothing-handed-in' })}: ${r.render({ code: 'report.nothing-handed-in-detail' })}`);
  for (const problem of view.problems) lines.push(`${r.render(problem.at)}: ${r.render(problem.message)}`);
  if (view.loadConsole !== undefined) lines.push(`${r.render({ code: 'report.code-printed' })}`, ...indent(view.loadConsole));
  return lines;
}

/** An exercise's facts and feedback, one per line (its status and points are the caller's to show). */
export function exerciseLines(exercise: ExerciseView, r: MessageRenderer, options: { readonly prompt?: boolean; readonly answer?: boolean } = {}): string[] {
  const label = (code: string) => r.render({ code } as never);
  const lines: string[] = [];
  if (options.prompt) lines.push(exercise.prompt);
  if (options.answer) {
    const answer = exercise.answerLabels?.map((l) => r.course(l)).join(', ') ?? exercise.answer;
    if (answer !== undefined) lines.push(exercise.answerIsBlock ? `${label('report.your-answer')}:\n${answer}` : `${label('report.your-answer')}: ${answer}`);
  }
  // The named mistake first: it is what to fix.
  if (exercise.misconception !== undefined) {
    lines.push(`${r.render(exercise.misconception.title)}: ${r.render(exercise.misconception.feedback)}`);
    for (const each of exercise.misconception.either ?? []) lines.push(`- ${r.render(each.title)}: ${r.render(each.feedback)}`);
  }
  lines.push(...exercise.feedback.map((m) => r.render(m)));
  const expected = exercise.expectedLabels?.map((l) => r.course(l)).join(', ') ?? exercise.expected ?? entriesExpected(exercise);
  if (expected !== undefined) lines.push(`${label('report.expected')}: ${expected}`);
  if (exercise.tolerance !== undefined) lines.push(`${label('report.accepted')}: ${r.render(exercise.tolerance)}`);
  for (const c of exercise.cases ?? []) {
    if (c.status.key === 'pass') continue;
    const parts = [`${label('report.test-number')}${c.number} (${c.args})`, r.render(c.status.label)];
    if (c.received !== undefined) parts.push(`${label('report.returned')}: ${c.received}`);
    if (c.expected !== undefined) parts.push(`${label('report.expected')}: ${c.expected}`);
    if (c.message !== undefined) parts.push(r.render(c.message));
    lines.push(parts.join('; '));
  }
  if (exercise.hidden !== undefined) lines.push(r.render(exercise.hidden.message));
  if (exercise.console !== undefined) {
    lines.push(`${label('report.console')}:`, ...indent(exercise.console));
    if (exercise.consoleCut !== undefined) lines.push(r.render(exercise.consoleCut));
  }
  for (const hint of exercise.hints) lines.push(`${label('report.hints')}: ${r.course(hint)}`);
  return lines;
}

/** Plain text has no table of entries: the expected values a report's table gives entry by entry are said here once, as one vector. */
function entriesExpected(exercise: ExerciseView): string | undefined {
  if (!exercise.elementsShowExpected || exercise.status.key === 'correct') return undefined;
  return `[${(exercise.elements ?? []).map((e) => e.expected ?? '–').join(', ')}]`;
}

/** Printed text, indented; its final newline ends the last line, it starts no empty one. */
function indent(text: string): string[] {
  return text.replace(/\r?\n$/, '').split('\n').map((line) => `  ${line}`);
}
