// What the student templates see: the result model arranged for a reader, in the report's
// language. The top answers "what do I fix first?" (the exercises that lost points, most
// first, each with its one-line diagnosis), problems with the files are said once, and each
// fact of an exercise has one place. Messages stay messages (`{{msg}}` renders them), course
// text stays per language (`{{text}}`); numbers are already written in the language's digits.
import type { Catalogue } from '../messages/catalogue.ts';
import { message, type Message } from '../messages/message.ts';
import { mathNumber, mathValue, prosePercent, prosePoints } from '../messages/numbers.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { CaseResult, ExerciseResult, StudentResult } from '../result/types.ts';
import { describeArgs, hiddenCaseCounts, visibleCases } from './cases.ts';
import { lateNotice } from './late.ts';
import { CASE_STATUS_DISPLAY, ELEMENT_DISPLAY, STATUS_DISPLAY, type StatusDisplay } from './status.ts';

export interface StudentView {
  /** The report's language and direction, for `<html lang dir>`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly student: { readonly id: string; readonly name: string; readonly email?: string; readonly section?: string };
  /** "Student id …" and "section …", as messages. */
  readonly who: readonly Message[];
  readonly course: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  readonly score: string;
  readonly max: string;
  readonly percent: string;
  readonly total: Message;
  readonly late: readonly { readonly onTime: boolean; readonly notice: Message }[];
  /** No answers file and no code file: one block says what to hand in, instead of every exercise "missing". */
  readonly nothingHandedIn: boolean;
  /** The exercises that lost points, most points lost first. */
  readonly workOn: readonly WorkItem[];
  /** Problems with the student's files, each said once (a code file that did not load first). */
  readonly problems: readonly ProblemView[];
  /** What the code printed at its top level before it failed to load. */
  readonly loadConsole?: string;
  readonly exercises: readonly ExerciseView[];
}

export interface WorkItem {
  readonly id: string;
  readonly title: LocalizedText;
  readonly lost: Message;
  readonly status: StatusView;
  /** The one line that says what went wrong: the named mistake, else the first feedback or failing test. */
  readonly why?: Message;
}

export interface ProblemView {
  readonly file: string;
  /** `file:line:col`, or the file alone. */
  readonly at: Message;
  readonly message: Message;
}

export interface StatusView {
  readonly key: string;
  readonly label: Message;
  readonly symbol: string;
  readonly tone: string;
}

export interface ExerciseView {
  readonly id: string;
  readonly title: LocalizedText;
  readonly topic: string;
  readonly kind: string;
  readonly status: StatusView;
  readonly points: Message;
  /** The prompt in the report's language (English when the course has none in it), and that text's language and direction. */
  readonly prompt: string;
  readonly promptLang: string;
  readonly promptDir: 'ltr' | 'rtl';
  readonly variant: readonly { readonly name: string; readonly value: string }[];
  readonly answer?: string;
  /** A choice's picked options, by their labels. */
  readonly answerLabels?: readonly LocalizedText[];
  /** Whether the answer spans lines (code), so that it is shown as a block. */
  readonly answerIsBlock: boolean;
  readonly expected?: string;
  readonly expectedLabels?: readonly LocalizedText[];
  /** When answers are accepted (only where a value was compared: not when code did not run). */
  readonly tolerance?: Message;
  readonly feedback: readonly Message[];
  readonly misconception?: { readonly title: Message; readonly feedback: Message; readonly either?: readonly { readonly title: Message; readonly feedback: Message }[] };
  readonly elements?: readonly ElementView[];
  readonly elementsShowExpected: boolean;
  readonly cases?: readonly CaseView[];
  readonly casesShowExpected: boolean;
  readonly hidden?: { readonly passed: boolean; readonly message: Message };
  readonly console?: string;
  readonly consoleCut?: Message;
  readonly hints: readonly LocalizedText[];
}

export interface ElementView {
  /** 1-based, as people count entries. */
  readonly position: number;
  readonly received: string;
  /** The full value, for a title attribute, when the shown one is rounded. */
  readonly receivedFull?: string;
  readonly expected?: string;
  readonly expectedFull?: string;
  readonly status: StatusView;
}

export interface CaseView {
  readonly number: number;
  readonly args: string;
  readonly expected?: string;
  readonly received?: string;
  readonly message?: Message;
  readonly status: StatusView;
}

/** Why an exercise is missing when its file is not there at all (not an answer left out, nor a function under another name). */
const NO_FILE: ReadonlySet<string> = new Set(['no-answers-file', 'code-file-missing', 'code-missing']);

export function studentView(result: StudentResult, catalogue: Catalogue): StudentView {
  const points = (x: number) => prosePoints(x, catalogue.locale);
  const exercises = result.exercises.map((exercise) => exerciseView(exercise, catalogue));
  const nothingHandedIn =
    result.problems.some((p) => p.code === 'no-submission') ||
    (result.exercises.length > 0 && result.exercises.every((e) => e.status === 'missing' && NO_FILE.has(e.feedback[0]?.code ?? '')));
  return {
    lang: catalogue.lang,
    dir: catalogue.direction,
    student: {
      id: result.student.id,
      name: result.student.name ?? result.student.id,
      ...(result.student.email === undefined ? {} : { email: result.student.email }),
      ...(result.student.section === undefined ? {} : { section: result.student.section }),
    },
    who: [
      message('report.student-id', { id: result.student.id }),
      ...(result.student.section === undefined ? [] : [message('report.section', { section: result.student.section })]),
    ],
    course: result.course,
    ...(result.assignment === undefined ? {} : { assignment: result.assignment }),
    score: points(result.score),
    max: points(result.max),
    percent: result.max > 0 ? prosePercent(Math.round((result.score / result.max) * 100), catalogue.locale) : '–',
    total: message('report.total', { score: result.score, max: result.max, percent: result.max > 0 ? Math.round((result.score / result.max) * 100) : 0 }),
    late: (result.late ?? []).map((late) => ({ onTime: late.daysLate === 0, notice: lateNotice(late) })),
    nothingHandedIn,
    workOn: nothingHandedIn ? [] : workOn(result.exercises, exercises),
    problems: problemViews(result),
    ...(result.codeLoadFailure?.console ? { loadConsole: result.codeLoadFailure.console } : {}),
    exercises,
  };
}

function workOn(results: readonly ExerciseResult[], views: readonly ExerciseView[]): WorkItem[] {
  return results
    .map((exercise, index) => ({ exercise, view: views[index]!, lost: exercise.max - exercise.score, index }))
    .filter(({ lost }) => lost > 0)
    .sort((a, b) => b.lost - a.lost || a.index - b.index)
    .map(({ exercise, view, lost }) => {
      const why = oneLine(exercise);
      return { id: exercise.id, title: exercise.title, lost: message('report.points-lost', { lost }), status: view.status, ...(why ? { why } : {}) };
    });
}

/** What went wrong, in one line: the named mistake, else the first feedback, else the first failing test's reason. */
function oneLine(exercise: ExerciseResult): Message | undefined {
  if (exercise.misconception) return message('report.likely-mistake', { title: exercise.misconception.title });
  return exercise.feedback[0] ?? visibleCases(exercise).find((c) => c.status !== 'pass')?.message;
}

function problemViews(result: StudentResult): ProblemView[] {
  const at = (file: string, line?: number, col?: number): Message => (line === undefined ? message('report.in-file', { file }) : message('report.at', { file, line, col: col ?? 1 }));
  const load = result.codeLoadFailure;
  return [
    ...(load ? [{ file: load.file, at: at(load.file, load.line, load.col), message: load.message }] : []),
    // No submission at all is said by the block that says what to hand in.
    ...result.problems.filter((p) => p.code !== 'no-submission').map((p) => {
      const { file, line, col, ...said } = p;
      return { file, at: at(file, line, col), message: said as Message };
    }),
  ];
}

function statusView(key: string, display: StatusDisplay, label: Message): StatusView {
  return { key, label, symbol: display.symbol, tone: display.tone };
}

/** A number in a table: four significant figures, with the full value when that rounds it. */
function tableNumber(x: number): { shown: string; full?: string } {
  const shown = mathNumber(x);
  const full = String(x);
  return shown === full ? { shown } : { shown, full };
}

function exerciseView(exercise: ExerciseResult, catalogue: Catalogue): ExerciseView {
  const cases = visibleCases(exercise).map(caseView);
  const ownPrompt = exercise.prompt[catalogue.lang];
  const elements = exercise.elements?.map((element): ElementView => {
    const received = element.received === null ? { shown: '–' } : tableNumber(element.received);
    const expected = element.expected === undefined ? undefined : tableNumber(element.expected);
    return {
      position: element.index + 1,
      received: received.shown,
      ...(received.full === undefined ? {} : { receivedFull: received.full }),
      ...(expected === undefined ? {} : { expected: expected.shown, ...(expected.full === undefined ? {} : { expectedFull: expected.full }) }),
      status: statusView(element.correct ? 'pass' : 'fail', ELEMENT_DISPLAY[`${element.correct}`], message(element.correct ? 'status.entry-right' : 'status.entry-wrong')),
    };
  });
  const answer = exercise.answer;
  const labels = (ids: readonly string[]) => ids.map((id) => exercise.options?.find((o) => o.id === id)?.label ?? { en: id });
  const picked = exercise.picked;
  const ran = exercise.kind !== 'function' || (exercise.cases ?? []).some((c) => c.status === 'pass' || c.status === 'fail');
  return {
    id: exercise.id,
    title: exercise.title,
    topic: exercise.topic,
    kind: exercise.kind,
    status: statusView(exercise.status, STATUS_DISPLAY[exercise.status], message(`status.${exercise.status}`)),
    points: message('report.points', { score: exercise.score, max: exercise.max }),
    prompt: ownPrompt ?? exercise.prompt.en,
    promptLang: ownPrompt === undefined ? 'en' : catalogue.lang,
    promptDir: ownPrompt === undefined ? 'ltr' : catalogue.direction,
    variant: Object.entries(exercise.variant).map(([name, value]) => ({ name, value: mathValue(value) })),
    ...(picked === undefined ? (answer === undefined ? {} : { answer }) : { answerLabels: labels(picked) }),
    answerIsBlock: answer !== undefined && /[\r\n]/.test(answer),
    // Said once: not beside an answer that is right, nor above a table that has it entry by entry.
    ...(exercise.expected === undefined || exercise.status === 'correct' || (elements?.some((e) => e.expected !== undefined) ?? false)
      ? {}
      : exercise.options !== undefined && typeof exercise.expected === 'string'
        ? { expectedLabels: labels(exercise.expected.split(', ')) }
        : { expected: mathValue(exercise.expected) }),
    ...(exercise.tolerance === undefined || exercise.status === 'missing' || !ran ? {} : { tolerance: exercise.tolerance }),
    feedback: exercise.feedback,
    ...(exercise.misconception === undefined ? {} : { misconception: diagnosisView(exercise.misconception) }),
    ...(elements === undefined || elements.length === 0 ? {} : { elements }),
    elementsShowExpected: elements?.some((e) => e.expected !== undefined) ?? false,
    ...(cases.length === 0 ? {} : { cases }),
    casesShowExpected: cases.some((c) => c.expected !== undefined),
    ...hiddenView(exercise),
    ...(exercise.console === undefined || exercise.console === '' ? {} : { console: exercise.console }),
    ...(exercise.consoleCutKb === undefined ? {} : { consoleCut: message('report.console-cut', { kb: exercise.consoleCutKb }) }),
    hints: exercise.hints,
  };
}

function diagnosisView(diagnosis: NonNullable<ExerciseResult['misconception']>): NonNullable<ExerciseView['misconception']> {
  return {
    title: diagnosis.title,
    feedback: diagnosis.feedback,
    ...(diagnosis.either === undefined ? {} : { either: diagnosis.either.map(({ title, feedback }) => ({ title, feedback })) }),
  };
}


/** Hidden tests as a count: how many passed, or that they did not run when the time or memory ran out first. */
function hiddenView(exercise: ExerciseResult): { hidden?: ExerciseView['hidden'] } {
  const counts = hiddenCaseCounts(exercise);
  if (counts === undefined) return {};
  const unseen = (exercise.cases ?? []).filter((c) => c.visibility !== 'visible');
  const notRun = unseen.filter((c) => c.status === 'timeout' || c.status === 'memory').length;
  const total = counts.total;
  if (notRun === total && total > 0) return { hidden: { passed: false, message: message('report.hidden-not-run', { total }) } };
  if (notRun > 0) return { hidden: { passed: false, message: message('report.hidden-partly-run', { passed: counts.passed, ran: total - notRun, total }) } };
  return { hidden: { passed: counts.failed === 0, message: message('report.hidden-passed', { passed: counts.passed, total }) } };
}

function caseView(c: CaseResult, index: number): CaseView {
  return {
    number: index + 1,
    args: describeArgs(c.args),
    ...(c.expected === undefined ? {} : { expected: mathValue(c.expected) }),
    ...(c.received === undefined ? {} : { received: c.received }),
    ...(c.message === undefined ? {} : { message: c.message }),
    status: statusView(c.status, CASE_STATUS_DISPLAY[c.status], message(`case-status.${c.status}`)),
  };
}
