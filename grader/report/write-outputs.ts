// Rendering joined to writing: the files of one student, and the class files at the end, in
// the layout of grader/io/layout.ts, each written atomically (and synchronously: see
// writeFileAtomicSync). Batch grading calls these too.
import { writeFileAtomicSync, type WriteOptions } from '../io/atomic.ts';
import { outputPaths, toJsonText } from '../io/layout.ts';
import type { Problem } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import type { StudentResult } from '../result/types.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { gradebookNotes, renderGradebookCsv } from './gradebook.ts';
import type { GradebookFormat, GradebookOptions } from './gradebook.ts';
import { renderHtmlView, renderMarkdownView } from './render-student.ts';
import { renderSummaryHtml } from './render-summary.ts';
import { studentView, type StudentView } from './student-view.ts';
import type { ClassSummary } from './summary.ts';

/** Which files were written, for the command's summary line. */
export interface Written {
  html: number;
  markdown: number;
}

/** The student's HTML and Markdown reports; a template that fails is a Problem, the other report is still written. */
export function writeStudentReports(out: string, result: StudentResult, templates: ReportTemplates, written: Written, options: WriteOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const id = result.student.id;
  let view: StudentView | undefined;
  const viewOnce = (): StudentView => (view ??= studentView(result, templates.catalogue));
  const outputs: readonly ['html' | 'md', () => RenderOutcome][] = [
    ['html', () => renderHtmlView(viewOnce(), templates)],
    ['md', () => renderMarkdownView(viewOnce(), templates)],
  ];
  for (const [extension, render] of outputs) {
    if (!templates.has(extension === 'html' ? 'student.html' : 'student.md')) continue;
    const outcome = timed('render', render);
    if (!outcome.ok) {
      problems.push(outcome.problem);
      continue;
    }
    timed('write', () => writeFileAtomicSync(outputPaths.studentReport(out, id, extension), outcome.text, options));
    if (extension === 'html') written.html += 1;
    else written.markdown += 1;
  }
  return problems;
}

export function writeStudentResult(out: string, result: StudentResult, options: WriteOptions = {}): void {
  timed('write', () => writeFileAtomicSync(outputPaths.result(out, result.student.id), toJsonText(result), options));
}

/**
 * class-results.json, summary.html and the gradebook in each format asked for; what the
 * gradebook's LMS would not take as meant comes back as warnings naming the gradebook.
 */
export function writeClassOutputs(
  out: string,
  summary: ClassSummary,
  templates: ReportTemplates,
  formats: readonly GradebookFormat[],
  options: WriteOptions = {},
  gradebook: GradebookOptions = {},
): { problems: Problem[]; files: string[] } {
  const problems: Problem[] = [];
  const files: string[] = [];
  const write = (path: string, text: string): void => {
    timed('write', () => writeFileAtomicSync(path, text, options));
    files.push(path);
  };
  write(outputPaths.classResults(out), timed('write', () => toJsonText(summary)));
  if (templates.has('summary.html')) {
    const outcome = timed('render', () => renderSummaryHtml(summary, templates));
    if (outcome.ok) write(outputPaths.summary(out), outcome.text);
    else problems.push(outcome.problem);
  }
  for (const format of formats) {
    const path = outputPaths.gradebook(out, format, summary.partial !== undefined);
    write(path, timed('render', () => renderGradebookCsv(summary, format, gradebook)));
    for (const note of gradebookNotes(summary, format, gradebook)) problems.push({ ...note, severity: 'warning', file: path });
  }
  return { problems, files };
}
