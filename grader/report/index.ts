// What reporting offers the rest of the grader: result models in, strings out; writing is
// in write-outputs.ts, through the atomic writer.
export { lateNotice } from './late.ts';
export { momentParts, zoneLabel } from './time-words.ts';
export { compileTemplates, TEMPLATE_NAMES } from './compile-templates.ts';
export type { RenderOutcome, ReportTemplates, TemplateFile, TemplateName } from './compile-templates.ts';
export { defaultTemplatesFolder, loadTemplates } from './templates.ts';
export { renderStudentHtml, renderStudentMarkdown } from './render-student.ts';
export { studentView } from './student-view.ts';
export type { StudentView, ExerciseView } from './student-view.ts';
export { renderSummaryHtml, summaryView } from './render-summary.ts';
export { createSummaryBuilder, summaryInputText } from './summary.ts';
export type { AssignmentOption, AssignmentSummary, ClassSummary, ExerciseSummary, HistogramBin, PartialRecord, RunRecord, StudentRow, SummaryBuilder, SummaryInput, SummaryOptions } from './summary.ts';
export { CANVAS_COLUMNS, GRADEBOOK_FORMATS, gradebookHeader, gradebookNotes, gradebookRow, MOODLE_USER_FIELDS, renderGradebookCsv } from './gradebook.ts';
export type { CanvasColumns, GradebookFormat, GradebookNote, GradebookOptions, MoodleUserField } from './gradebook.ts';
export { csvField, csvLine } from './csv.ts';
export { gradescopeFailure, gradescopeResults } from './gradescope.ts';
export type { GradescopeOptions, GradescopeResults, GradescopeTest, GradescopeVisibility } from './gradescope.ts';
export { listResultFiles, loadStudentResult, loadStudentResultSync, parseStudentResult, recordedLanguages } from './read-results.ts';
export { writeClassOutputs, writeStudentReports, writeStudentResult } from './write-outputs.ts';
export { markdownCodeSpan, markdownFence, markdownInline } from './markdown.ts';
