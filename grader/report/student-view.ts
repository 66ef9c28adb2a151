// What the student templates see: the result model with everything a template would
// otherwise compute already computed (labels, formatted numbers, visible cases only).
// Strings are left raw: the HTML templates escape them with `{{ }}`, the Markdown templates
// with the `md`, `mdCode` and `mdFence` helpers.
import type { CaseResult, CodeLoadFailure, ExerciseResult, LateResult, StudentResult } from '../result/types.ts';
import { describeArgs, hiddenCaseCounts, visibleCases } from './cases.ts';
import { formatNumber, formatPercent, formatPoints, formatValue } from './format.ts';
import { describeLate } from './late.ts';
import { CASE_STATUS_DISPLAY, ELEMENT_DISPLAY, STATUS_DISPLAY } from './status.ts';
import type { StatusDisplay } from './status.ts';

export interface StudentView {
  readonly student: { readonly id: string; readonly name: string; readonly email?: string; readonly section?: string };
  readonly course: string;
  readonly assignment?: { readonly id: string; readonly title: string };
  readonly score: string;
  readonly max: string;
  readonly percent: string;
  readonly late?: readonly LateView[];
  /** The code file did not load; every code exercise it covers has its status. */
  readonly codeLoadFailure?: CodeLoadFailureView;
  readonly problems: readonly { readonly code: string; readonly file: string; readonly message: string }[];
  readonly exercises: readonly ExerciseView[];
}

export interface CodeLoadFailureView {
  readonly code: string;
  readonly file: string;
  readonly message: string;
  readonly status: StatusView;
  readonly console?: string;
}

export interface LateView extends LateResult {
  readonly onTime: boolean;
  readonly text: string;
}

export interface StatusView {
  readonly key: string;
  readonly label: string;
  readonly symbol: string;
  readonly tone: string;
}

export interface ExerciseView {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  readonly kind: string;
  readonly status: StatusView;
  readonly score: string;
  readonly max: string;
  readonly prompt: string;
  readonly promptFa?: string;
  readonly variant: readonly { readonly name: string; readonly value: string }[];
  readonly answer?: string;
  /** Whether the answer spans lines (code), so that it is shown as a block. */
  readonly answerIsBlock: boolean;
  readonly expected?: string;
  readonly tolerance?: string;
  readonly feedback: readonly string[];
  readonly misconception?: { readonly id: string; readonly title: string; readonly feedback: string };
  readonly roundedTooEarly: boolean;
  readonly elements?: readonly ElementView[];
  readonly elementsShowExpected: boolean;
  readonly cases?: readonly CaseView[];
  readonly casesShowExpected: boolean;
  readonly hidden?: { readonly failed: number; readonly passed: number; readonly total: number };
  readonly console?: string;
  readonly hints: readonly string[];
}

export interface ElementView {
  readonly index: number;
  /** 1-based, as people count entries. */
  readonly position: number;
  readonly received: string;
  readonly expected?: string;
  readonly status: StatusView;
}

export interface CaseView {
  readonly number: number;
  readonly args: string;
  readonly expected?: string;
  readonly received?: string;
  readonly difference?: string;
  readonly message?: string;
  readonly status: StatusView;
}

export function studentView(result: StudentResult): StudentView {
  return {
    student: {
      id: result.student.id,
      name: result.student.name ?? result.student.id,
      ...(result.student.email === undefined ? {} : { email: result.student.email }),
      ...(result.student.section === undefined ? {} : { section: result.student.section }),
    },
    course: result.course,
    ...(result.assignment === undefined ? {} : { assignment: result.assignment }),
    score: formatPoints(result.score),
    max: formatPoints(result.max),
    percent: formatPercent(result.score, result.max),
    ...(result.late === undefined || result.late.length === 0 ? {} : { late: result.late.map(lateView) }),
    ...(result.codeLoadFailure === undefined ? {} : { codeLoadFailure: codeLoadFailureView(result.codeLoadFailure) }),
    problems: result.problems.map(({ code, file, message }) => ({ code, file, message })),
    exercises: result.exercises.map(exerciseView),
  };
}

function codeLoadFailureView(failure: CodeLoadFailure): CodeLoadFailureView {
  const { code, file, message, status } = failure;
  return { code, file, message, status: statusView(status, STATUS_DISPLAY[status]), ...(failure.console ? { console: failure.console } : {}) };
}

function lateView(late: LateResult): LateView {
  return { ...late, onTime: late.daysLate === 0, text: describeLate(late) };
}

function statusView(key: string, display: StatusDisplay): StatusView {
  return { key, label: display.label, symbol: display.symbol, tone: display.tone };
}

function exerciseView(exercise: ExerciseResult): ExerciseView {
  const cases = visibleCases(exercise).map(caseView);
  const hidden = hiddenCaseCounts(exercise);
  const elements = exercise.elements?.map((element) => ({
    index: element.index,
    position: element.index + 1,
    received: element.received === null ? '–' : formatNumber(element.received),
    ...(element.expected === undefined ? {} : { expected: formatNumber(element.expected) }),
    status: statusView(element.correct ? 'pass' : 'fail', ELEMENT_DISPLAY[`${element.correct}`]),
  }));
  const answer = exercise.answer;
  return {
    id: exercise.id,
    title: exercise.title,
    topic: exercise.topic,
    kind: exercise.kind,
    status: statusView(exercise.status, STATUS_DISPLAY[exercise.status]),
    score: formatPoints(exercise.score),
    max: formatPoints(exercise.max),
    prompt: exercise.prompt,
    ...(exercise.prompt_fa === undefined ? {} : { promptFa: exercise.prompt_fa }),
    variant: Object.entries(exercise.variant).map(([name, value]) => ({ name, value: formatValue(value) })),
    ...(answer === undefined ? {} : { answer }),
    answerIsBlock: answer !== undefined && /[\r\n]/.test(answer),
    ...(exercise.expected === undefined ? {} : { expected: formatValue(exercise.expected) }),
    ...(exercise.tolerance === undefined ? {} : { tolerance: exercise.tolerance }),
    feedback: exercise.feedback,
    ...(exercise.misconception === undefined ? {} : { misconception: { ...exercise.misconception } }),
    roundedTooEarly: exercise.roundedTooEarly === true,
    ...(elements === undefined || elements.length === 0 ? {} : { elements }),
    elementsShowExpected: elements?.some((e) => e.expected !== undefined) ?? false,
    ...(cases.length === 0 ? {} : { cases }),
    casesShowExpected: cases.some((c) => c.expected !== undefined),
    ...(hidden === undefined ? {} : { hidden }),
    ...(exercise.console === undefined || exercise.console === '' ? {} : { console: exercise.console }),
    hints: exercise.hints,
  };
}

function caseView(c: CaseResult, index: number): CaseView {
  return {
    number: index + 1,
    args: describeArgs(c.args),
    ...(c.expected === undefined ? {} : { expected: formatValue(c.expected) }),
    ...(c.received === undefined ? {} : { received: c.received }),
    ...(c.difference === undefined ? {} : { difference: formatNumber(c.difference) }),
    ...(c.message === undefined ? {} : { message: c.message }),
    status: statusView(c.status, CASE_STATUS_DISPLAY[c.status]),
  };
}
