// A student's feedback as HTML and as Markdown. Both return the text (or the Problem of a
// broken template); writing it is the caller's business. Both reports come from the same
// view: a caller that renders both builds it once (studentView) and renders the view.
import type { StudentResult } from '../result/types.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { studentView, type StudentView } from './student-view.ts';

export function renderStudentHtml(result: StudentResult, templates: ReportTemplates): RenderOutcome {
  return renderHtmlView(studentView(result, templates.catalogue), templates);
}

export function renderStudentMarkdown(result: StudentResult, templates: ReportTemplates): RenderOutcome {
  return renderMarkdownView(studentView(result, templates.catalogue), templates);
}

export function renderHtmlView(view: StudentView, templates: ReportTemplates): RenderOutcome {
  return templates.render('student.html', view);
}

export function renderMarkdownView(view: StudentView, templates: ReportTemplates): RenderOutcome {
  const outcome = templates.render('student.md', view);
  // Exactly one final newline, whatever the template's whitespace.
  return outcome.ok ? { ok: true, text: `${outcome.text.trimEnd()}\n` } : outcome;
}
