// A student's feedback as HTML and as Markdown. Both return the text (or the Problem of a
// broken template); writing it is the caller's business.
import type { StudentResult } from '../result/types.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { studentView } from './student-view.ts';

export function renderStudentHtml(result: StudentResult, templates: ReportTemplates): RenderOutcome {
  return templates.render('student.html', studentView(result));
}

export function renderStudentMarkdown(result: StudentResult, templates: ReportTemplates): RenderOutcome {
  const outcome = templates.render('student.md', studentView(result));
  // Exactly one final newline, whatever the template's whitespace.
  return outcome.ok ? { ok: true, text: `${outcome.text.trimEnd()}\n` } : outcome;
}
