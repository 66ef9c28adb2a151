// Rendering joined to writing: the files of one student, and the class files at the end, in
// the layout of grader/io/layout.ts, each written atomically. Batch grading calls these too.
import { writeFileAtomic } from '../io/atomic.ts';
import { outputPaths, toJsonText } from '../io/layout.ts';
import type { Problem } from '../problem.ts';
import { timed, timedAsync } from '../stage-timings.ts';
import type { StudentResult } from '../result/types.ts';
import type { RenderOutcome, ReportTemplates } from './compile-templates.ts';
import { renderGradebookCsv } from './gradebook.ts';
import type { GradebookFormat } from './gradebook.ts';
import { renderStudentHtml, renderStudentMarkdown } from './render-student.ts';
import { renderSummaryHtml } from './render-summary.ts';
import type { ClassSummary } from './summary.ts';

/** Which files were written, for the command's summary line. */
export interface Written {
  html: number;
  markdown: number;
}

/** The student's HTML and Markdown reports; a template that fails is a Problem, the other report is still written. */
export async function writeStudentReports(out: string, result: StudentResult, templates: ReportTemplates, written: Written): Promise<Problem[]> {
  const problems: Problem[] = [];
  const id = result.student.id;
  const outputs: readonly ['html' | 'md', () => RenderOutcome][] = [
    ['html', () => renderStudentHtml(result, templates)],
    ['md', () => renderStudentMarkdown(result, templates)],
  ];
  for (const [extension, render] of outputs) {
    if (!templates.has(extension === 'html' ? 'student.html' : 'student.md')) continue;
    const outcome = timed('render', render);
    if (!outcome.ok) {
      problems.push(outcome.problem);
      continue;
    }
    await timedAsync('write', () => writeFileAtomic(outputPaths.studentReport(out, id, extension), outcome.text));
    if (extension === 'html') written.html += 1;
    else written.markdown += 1;
  }
  return problems;
}

export async function writeStudentResult(out: string, result: StudentResult): Promise<void> {
  await writeFileAtomic(outputPaths.result(out, result.student.id), toJsonText(result));
}

/** class-results.json, summary.html and the gradebook in each format asked for. */
export async function writeClassOutputs(
  out: string,
  summary: ClassSummary,
  templates: ReportTemplates,
  formats: readonly GradebookFormat[],
): Promise<{ problems: Problem[]; files: string[] }> {
  const problems: Problem[] = [];
  const files: string[] = [];
  const write = async (path: string, text: string): Promise<void> => {
    await timedAsync('write', () => writeFileAtomic(path, text));
    files.push(path);
  };
  await write(outputPaths.classResults(out), timed('write', () => toJsonText(summary)));
  if (templates.has('summary.html')) {
    const outcome = timed('render', () => renderSummaryHtml(summary, templates));
    if (outcome.ok) await write(outputPaths.summary(out), outcome.text);
    else problems.push(outcome.problem);
  }
  for (const format of formats) await write(outputPaths.gradebook(out, format), timed('render', () => renderGradebookCsv(summary, format)));
  return { problems, files };
}
