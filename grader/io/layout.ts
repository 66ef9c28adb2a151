// Where a grading run puts its files. `grader grade` writes all of them, `grader report`
// everything but `results/`; both go through these functions so that the two agree:
//
//   <out>/results/<student-id>.json   one StudentResult each (JSON, 2-space indent, trailing newline)
//   <out>/class-results.json          the class summary (ClassSummary), same JSON style
//   <out>/reports/<student-id>.html   the student's feedback page (self-contained)
//   <out>/reports/<student-id>.md     the same feedback as Markdown (LMS comment, email)
//   <out>/summary.html                the class summary with its charts
//   <out>/gradebook.csv               the plain gradebook; gradebook-canvas.csv, gradebook-moodle.csv
//                                     (gradebook-partial.csv … after `grader merge --partial`)
//   <out>/.grader/keys/<student-id>   what the student's files were graded against (hash), written
//                                     last: a rerun reuses a student whose key still matches
//
// Student ids are checked with checkStudentId before they get here.
import { join } from 'node:path';

export const RESULTS_FOLDER = 'results';
export const REPORTS_FOLDER = 'reports';

export const outputPaths = {
  result: (out: string, studentId: string): string => join(out, RESULTS_FOLDER, `${studentId}.json`),
  classResults: (out: string): string => join(out, 'class-results.json'),
  studentReport: (out: string, studentId: string, extension: 'html' | 'md'): string =>
    join(out, REPORTS_FOLDER, `${studentId}.${extension}`),
  summary: (out: string): string => join(out, 'summary.html'),
  studentKey: (out: string, studentId: string): string => join(out, '.grader', 'keys', studentId),
  /**
   * `format` is a gradebook format name (plain, canvas, moodle). A partial merge's gradebook is
   * named so, that nobody imports it for the whole class.
   */
  gradebook: (out: string, format: string, partial = false): string =>
    join(out, `gradebook${format === 'plain' ? '' : `-${format}`}${partial ? '-partial' : ''}.csv`),
} as const;

/** The link from summary.html to a student's report, relative so the folder can be moved or zipped. */
export function reportLink(studentId: string): string {
  return `${REPORTS_FOLDER}/${encodeURIComponent(studentId)}.html`;
}

/** Results are JSON with 2-space indentation and a final newline, so that reruns compare byte for byte. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
